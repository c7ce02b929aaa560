/**
 * Every Python program a lesson shows runs, as a student would copy it (issue 14): each fenced
 * `python` block titled `<name>.py` is taken from the lessons' MDX (the source the site is built
 * from), written to one folder under its title (so a program may import an earlier one by the
 * file name the lesson gives), run with Debian's Python, or with `mpirun -n 4` when it imports
 * mpi4py, and its output checked: the integrals against this project's TypeScript kernels, digit
 * for digit. A python block that is not a program says so in its title ("… (excerpt)"), and a
 * program that needs hardware the test machine lacks says which in `needs="…"`: it is compiled,
 * not run. A new program without an expectation below fails the test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractCodeFences, splitFrontmatter } from '../scripts/lesson-catalog.ts';
import { combineInRankOrder, integrate2dRows } from '../src/kernels/integrate2d.ts';
import { decompose } from '../src/kernels/decomposition.ts';
import { formatScientific } from '../src/lib/python-format.ts';
import { PYTHON, run, runMpi, runPython } from './run-python.ts';

const LESSONS = join(import.meta.dirname, '..', 'lessons');

/** One program of a lesson. */
interface Program {
  lesson: string;
  file: string;
  source: string;
  /** `needs="…"` of the fence: hardware this machine may lack. */
  needs: string | undefined;
}

function lessonPrograms(): { programs: Program[]; unnamed: string[] } {
  const programs: Program[] = [];
  const unnamed: string[] = [];
  for (const dir of readdirSync(LESSONS).filter((d) => /^\d{2}-/.test(d)).sort()) {
    let source: string;
    try {
      source = readFileSync(join(LESSONS, dir, 'index.mdx'), 'utf8');
    } catch {
      continue;
    }
    for (const f of extractCodeFences(splitFrontmatter(source).body)) {
      if (f.lang !== 'python') continue;
      if (f.title?.endsWith('.py')) programs.push({ lesson: dir, file: f.title, source: f.value, needs: /needs="([^"]*)"/.exec(f.meta)?.[1] });
      else if (!/excerpt/i.test(f.title ?? '') && f.title !== 'Snakefile') unnamed.push(`${dir}:${f.line} (${f.title ?? 'no title'})`);
    }
  }
  return { programs, unnamed };
}

/** The integral of the course as this project computes it: `p` row blocks added in rank order. */
function browserIntegral(n: number, p: number): string {
  return formatScientific(combineInRankOrder(decompose(n, p).map((b) => integrate2dRows(n, b.begin, b.end))));
}

/** Numbers printed in a line like "… 4.492851e-12 …". */
const SCI = /-?\d\.\d{6}e[+-]\d{2}/g;

type Check = (stdout: string, file: string, dir: string) => void | Promise<void>;

/** What each program must print (keys: lesson folder/file). */
const EXPECT: Record<string, { env?: Record<string, string>; check: Check }> = {
  '16-measure-first/completion_order.py': {
    check: (out) => expect(out.trim().split('\n').map((l) => l.replace(/\s+/g, ' '))).toEqual(['map: [0, 1, 4, 9]', 'imap: [0, 1, 4, 9]', 'imap_unordered: [9, 4, 1, 0]']),
  },
  '16-measure-first/fork_spawn.py': { check: (out) => expect(out.trim().split('\n')).toEqual(['fork  worker sees: changed in main', 'spawn worker sees: as imported']) },
  '16-measure-first/big_argument.py': {
    check: (out) => {
      const s = (label: string) => Number(new RegExp(`^${label}: (\\d+\\.\\d\\d) s$`, 'm').exec(out)?.[1]);
      const [perTask, init, shared] = [s('argument with every task'), s('initializer, once per worker'), s('shared memory')];
      expect(perTask).toBeGreaterThan(init); // 16 copies against 2
      expect(perTask).toBeGreaterThan(shared); // 16 copies against none
      expect(out).toMatch(/^same results: True$/m);
    },
  },
  '15-implicit-threading/dot.py': {
    env: { OMP_NUM_THREADS: '1' },
    check: (out) => expect(out).toMatch(/^n = 1500, OMP_NUM_THREADS=1: \d+\.\d\d s$/m),
  },
  '15-implicit-threading/pool_dot.py': {
    // The pool's processes inherit OMP_NUM_THREADS=1 (set before NumPy loads its BLAS).
    check: (out) => expect(out).toMatch(/^\d+ processes x 1 thread\(s\): 8 products in \d+\.\d\d s$/m),
  },
  '13-compiled-code/integrate_timed.py': {
    check: (out) => {
      expect(/Integral value is (\S+), Error is/.exec(out)?.[1]).toBe(browserIntegral(10_000, 1)); // the course's -7.117752e-17
      expect(out).toMatch(/^Time spent: \d+\.\d\d sec for n = 10000$/m);
    },
  },
  '13-compiled-code/vector_add.py': {
    check: (out) => {
      const list = Number(/^list: ([\d.]+) us per add$/m.exec(out)?.[1]);
      const numpy = Number(/^numpy: ([\d.]+) us per add$/m.exec(out)?.[1]);
      expect(numpy).toBeGreaterThan(0);
      expect(list).toBeGreaterThan(numpy); // numpy's compiled, vectorized add beats the list loop on any machine
      expect(out).toMatch(/^numpy is \d+ times faster$/m);
    },
  },
  '01-why-parallel/how_many.py': {
    env: { SLURM_CPUS_PER_TASK: '3' },
    check: (out) => {
      const lines = out.trim().split('\n');
      expect(Number(lines[0])).toBeGreaterThanOrEqual(1);
      expect(Number(lines[1])).toBeGreaterThanOrEqual(1);
      expect(lines.at(-1)).toBe('3');
    },
  },
  '01-why-parallel/sleep_demo.py': {
    check: (out) => {
      const serial = Number(/serial\s+([\d.]+) s/.exec(out)?.[1]);
      const parallel = Number(/parallel\s+([\d.]+) s/.exec(out)?.[1]);
      expect(serial).toBeGreaterThanOrEqual(4);
      expect(parallel).toBeGreaterThanOrEqual(1);
      expect(parallel).toBeLessThan(serial / 2); // four naps at once, whatever the load
    },
  },
  '02-one-thread/integrate_threads.py': { check: (out) => expect(out.match(SCI)).toEqual([browserIntegral(10_000, 4)]) },
  '02-one-thread/download_all.py': { check: (out) => expect(out).toMatch(/^8 pages in \d+\.\d\d s$/m) },
  '02-one-thread/integrate_processes.py': { check: (out) => expect(out.match(SCI)).toEqual(['4.492851e-12']) },
  '03-integration/integrate_serial.py': {
    check: (out) => {
      expect(out.trim()).toBe(browserIntegral(10_000, 1));
      expect(out.trim()).toBe('-7.117752e-17'); // the course's digits
    },
  },
  '03-integration/integrate_pool.py': {
    check: async (out, _file, dir) => {
      expect(out.trim()).toBe(browserIntegral(10_000, 4));
      // The lesson's rows() is the browser's split, also where the course's int(n / p * (k + 1))
      // drops the last row (n = 1000 with 19, 38 or 61 blocks).
      const sums = await run(PYTHON, ['-c', 'from integrate_pool import midpoint_sum, rows\nfor p in (19, 38, 61):\n    print("%e" % sum(midpoint_sum(1000, *rows(1000, p, k)) for k in range(p)))'], dir);
      expect(sums.stdout.trim().split('\n')).toEqual([19, 38, 61].map((p) => browserIntegral(1000, p)));
    },
  },
  '04-worker-pools/pool_map.py': { check: (out) => expect(out.trim()).toBe('[1, 4, 9, 16, 25, 36, 49, 64, 81, 100]') },
  '04-worker-pools/pi_pool.py': {
    // 10^6 darts: standard error 4·sqrt(π/4·(1 − π/4)/10^6) ≈ 0.0016; allow 4 of them.
    check: (out) => expect(Math.abs(Number(out.trim()) - Math.PI)).toBeLessThan(4 * 0.0016),
  },
  '04-worker-pools/pool_starmap.py': { check: (out) => expect(out.trim()).toBe('[1024, 9, 0.1]') },
  '04-worker-pools/pool_size.py': { env: { SLURM_CPUS_PER_TASK: '3' }, check: (out) => expect(out.trim()).toBe('3 processes: [1, 2, 3]') },
  '06-scaling-laws/tunable_job.py': {
    check: (out) => {
      const rows = out.trim().split('\n').map((l) => /^(\d+) ([\d.]+) s$/.exec(l));
      expect(rows.map((r) => r?.[1])).toEqual(['1', '2', '4']);
      for (const r of rows) expect(Number(r?.[2])).toBeGreaterThan(0);
    },
  },
  '07-shared-memory/integrate_shared.py': { check: (out) => expect(out.match(SCI)).toEqual([browserIntegral(10_000, 4)]) },
  '07-shared-memory/sky_sim_sketch.py': { check: (out) => expect(out.trim()).toBe('(2, 1000000) (2, 1000000)') },
  '08-point-to-point/hello_mpi.py': {
    check: (out) => expect([...out.matchAll(/Hello from rank (\d) of 4/g)].map((m) => m[1]).sort()).toEqual(['0', '1', '2', '3']),
  },
  '08-point-to-point/greetings.py': { check: (out) => expect(out.trim().split('\n')).toEqual([1, 2, 3].map((r) => `greetings from rank ${r}`)) },
  '08-point-to-point/greetings_nonblocking.py': {
    check: (out) => expect(out.trim().split('\n')).toEqual([1, 2, 3].map((r) => `greetings from rank ${r}`)),
  },
  '08-point-to-point/overlap.py': {
    check: (out) => {
      // Rank 0 adds its rows ten at a time, as the lab's program does: the same additions here.
      const n = 2_000;
      const blocks = decompose(n, 4);
      let own = 0;
      for (let row = blocks[0]!.begin; row < blocks[0]!.end; row += 10) own += integrate2dRows(n, row, Math.min(row + 10, blocks[0]!.end));
      const parts = [own, ...blocks.slice(1).map((b) => integrate2dRows(n, b.begin, b.end))];
      expect(/Integral value is (\S+)/.exec(out)?.[1]).toBe(formatScientific(combineInRankOrder(parts)));
      expect(out).toContain('rank 0 computed 50 slices of its own'); // 500 rows, 10 at a time
    },
  },
  '09-collectives/integrate_mpi.py': {
    check: (out) => {
      const value = /Integral value is (\S+), error is (\S+)/.exec(out);
      expect(value?.[1]).toBe(browserIntegral(10_000, 4));
      expect(value?.[1]).toBe('4.492851e-12');
    },
  },
  '09-collectives/darts_mpi.py': {
    check: (out) => {
      const estimate = Number(/estimate: ([\d.]+)/.exec(out)?.[1]);
      // 3·10^7 darts: standard error ≈ 0.0003; allow 4 of them.
      expect(Math.abs(estimate - Math.PI)).toBeLessThan(4 * 0.0003);
      expect([...out.matchAll(/before gather: rank (\d)/g)].map((m) => m[1]).sort()).toEqual(['0', '1', '2', '3']);
    },
  },
  // Lesson 14: the same numbers as the browser's programs (src/mpi/patterns), to the last digit.
  '14-mpi-patterns/halo_mpi.py': {
    check: async (out) => {
      const { serialHeat } = await import('../src/mpi/patterns/heat1d.ts');
      const u = serialHeat(60, 200);
      const hottest = u.reduce((best, t, i) => (t > u[best]! ? i : best), 0);
      const total = u.reduce((a, t) => a + t, 0);
      expect(out).toContain(`after 200 steps: hottest cell ${hottest} at ${u[hottest]!.toFixed(6)} degrees, total ${total.toFixed(6)}`);
      expect([...out.matchAll(/rank (\d): cells \[(\d+), (\d+)\), 400 sendrecv calls/g)].map((m) => m.slice(1).join(' ')).sort()).toEqual(['0 0 15', '1 15 30', '2 30 45', '3 45 60']);
    },
  },
  '14-mpi-patterns/sky_sim_mpi.py': {
    check: async (out, _file, dir) => {
      const { partText } = await import('../src/mpi/patterns/sky-files.ts');
      const browser = [0, 1, 2, 3].map((r) => partText(100_000, 4, r).text).join('');
      expect(readFileSync(join(dir, 'catalog_mpi.csv'), 'utf8') === browser).toBe(true); // byte for byte
      expect(out).toContain('rank 0: collated 4 parts into catalog_mpi.csv: 100001 lines, 3600010 bytes; last line: 0099999,    14.238915,    42.187686');
    },
  },
  '14-mpi-patterns/hybrid_mpi.py': {
    check: async (out) => {
      const { hybridIntegral } = await import('../src/mpi/patterns/hybrid.ts');
      expect(/4 ranks x 2 threads: integral (\S+),/.exec(out)?.[1]).toBe(formatScientific(hybridIntegral(3000, { ranks: 4, threads: 2 })));
    },
  },
  '12-running-on-a-cluster/where_am_i.py': {
    env: { SLURM_JOB_ID: '42', SLURM_CPUS_PER_TASK: '3' },
    check: (out) => {
      const lines = out.trim().split('\n');
      expect(lines.slice(0, 5)).toEqual(['SLURM_JOB_ID=42', 'SLURM_NTASKS=(not set)', 'SLURM_CPUS_PER_TASK=3', 'SLURM_CPUS_ON_NODE=(not set)', 'SLURM_ARRAY_TASK_ID=(not set)']);
      expect(lines[5]).toMatch(/^os\.cpu_count\(\) = \d+$/);
      expect(lines[6]).toMatch(/^affinity mask: \d+ cores$/);
      expect(lines[7]).toMatch(/^Pool\(\) starts \d+ processes$/);
    },
  },
  '12-running-on-a-cluster/integrate_job.py': {
    // No arguments: n = 3000, and the pool sized from SLURM_CPUS_PER_TASK.
    env: { SLURM_CPUS_PER_TASK: '2' },
    check: (out) => {
      expect(out).toMatch(/^2 processes on 2 allocated cores, n = 3000$/m);
      expect(/Integral value is (\S+)/.exec(out)?.[1]).toBe(browserIntegral(3000, 2));
      expect(out).toMatch(/^Time spent: \d+\.\d\d s$/m);
    },
  },
};

const { programs, unnamed } = lessonPrograms();
let folder = '';

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'lesson-python-'));
  for (const p of programs) writeFileSync(join(folder, p.file), `${p.source}\n`);
});

describe('the Python programs of the lessons', () => {
  it('are all named: a python block is a program (title "name.py") or says it is an excerpt', () => {
    expect(programs.length).toBeGreaterThanOrEqual(15);
    expect(unnamed).toEqual([]);
    const names = programs.map((p) => p.file);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]); // one folder: names are unique
  });

  it('each have an expectation here, and every expectation a program', () => {
    const keys = programs.filter((p) => !p.needs).map((p) => `${p.lesson}/${p.file}`);
    expect(keys.filter((k) => !(k in EXPECT))).toEqual([]);
    expect(Object.keys(EXPECT).filter((k) => !keys.includes(k))).toEqual([]);
  });

  for (const p of programs) {
    const key = `${p.lesson}/${p.file}`;
    if (p.needs) {
      it.concurrent(`${key} compiles (it needs ${p.needs} to run)`, async () => {
        await run(PYTHON, ['-m', 'py_compile', p.file], folder);
      });
      continue;
    }
    const expected = EXPECT[key];
    if (!expected) continue; // reported by the test above
    it.concurrent(`${key} runs and prints what the lesson says`, async () => {
      const out = /^\s*(from|import)\s+mpi4py\b/m.test(p.source) ? await runMpi(p.file, 4, folder) : await runPython(p.file, folder, expected.env);
      await expected.check(out.stdout, p.file, folder);
    });
  }
});
