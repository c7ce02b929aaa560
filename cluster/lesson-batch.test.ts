/**
 * Lesson 12's batch scripts run on a real Slurm, and the browser's sbatch agrees with the real one
 * (issue 14): every `bash` fence of lessons/12-running-on-a-cluster whose text starts with `#!` is a
 * batch script; it must be the cluster lab's example of the same file name (so the lab shows what
 * is tested), and it is submitted with `sbatch` to a single-node Slurm this test brings up on
 * localhost (./slurm.ts) with 8 CPUs configured, from a folder holding the lesson's Python programs.
 * A script titled "… (refused)" must be refused by real sbatch, as the browser refuses it; the
 * others must complete, and their output files say what the lesson and the lab say, with the
 * integral's digits of this project's TypeScript kernel. Then the browser's parser (src/slurm) and
 * real `sbatch --test-only` judge a list of good and malformed directives, and must agree on each;
 * and the SLURM_* variables of real jobs are compared with the browser's (src/slurm/environment.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractCodeFences, splitFrontmatter } from '../scripts/lesson-catalog.ts';
import { CLUSTER_EXAMPLES } from '../src/labs/cluster/examples.ts';
import { allocate, type ClusterNode } from '../src/slurm/allocation.ts';
import { jobEnvironment } from '../src/slurm/environment.ts';
import { parseBatchScript } from '../src/slurm/parse-script.ts';
import { combineInRankOrder, integrate2dRows } from '../src/kernels/integrate2d.ts';
import { decompose } from '../src/kernels/decomposition.ts';
import { formatScientific } from '../src/lib/python-format.ts';
import { startSlurm, type SlurmCluster } from './slurm.ts';

const LESSON = join(import.meta.dirname, '..', 'lessons', '12-running-on-a-cluster', 'index.mdx');
/** CPUs the test node is configured with (more than CI has: the lesson's jobs ask for 5). */
const NODE_CPUS = 8;

const fences = extractCodeFences(splitFrontmatter(readFileSync(LESSON, 'utf8')).body);
const scripts = fences.filter((f) => f.lang === 'bash' && f.value.startsWith('#!')).map((f) => ({ title: f.title ?? `line ${f.line}`, file: (f.title ?? '').split(' ')[0]!, text: `${f.value}\n`, refused: /\(refused\)/.test(f.title ?? '') }));
const programs = fences.filter((f) => f.lang === 'python' && f.title?.endsWith('.py'));

/** The integral as the browser computes it: `p` row blocks added in rank order, printed as %e. */
function browserIntegral(n: number, p: number): string {
  return formatScientific(combineInRankOrder(decompose(n, p).map((b) => integrate2dRows(n, b.begin, b.end))));
}

/** The environment of Slurm's commands: none of an enclosing job's SLURM_* variables. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SLURM_')));
}

/** Runs a Slurm command; resolves with its exit code and output (never rejects on a non-zero exit). */
function slurm(command: string, args: string[], cwd: string): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env: cleanEnv(), timeout: 30_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, out: `${stdout}${stderr}`.trim() });
    });
  });
}

/** Polls `scontrol show job` until every task of the job (or array) has ended. @returns each task's record */
async function waitForAll(jobId: string, timeoutMs: number, cwd: string): Promise<string[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const { out } = await slurm('/usr/bin/scontrol', ['show', 'job', jobId, '-o'], cwd);
    const records = out.split('\n').filter((l) => l.startsWith('JobId='));
    const states = records.map((r) => /JobState=(\S+)/.exec(r)?.[1] ?? '');
    if (records.length > 0 && states.every((s) => !['PENDING', 'RUNNING', 'CONFIGURING', 'COMPLETING'].includes(s))) return records;
    if (Date.now() > until) throw new Error(`job ${jobId} did not end in ${timeoutMs} ms:\n${out}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

let cluster: SlurmCluster | undefined;
let work = '';
const NODE: ClusterNode = { name: 'browser', cores: NODE_CPUS, partition: 'browser' };

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'lesson-batch-'));
  for (const p of programs) writeFileSync(join(work, p.title!), `${p.value}\n`);
  cluster = await startSlurm(30_000, { cpus: NODE_CPUS });
}, 360_000);

afterAll(async () => {
  await cluster?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
}, 60_000);

/** Submits `text` as `file` from its own folder (with the lesson's programs); returns the folder and job id. */
async function submitScript(file: string, text: string): Promise<{ dir: string; id: string }> {
  const dir = join(work, file.replace(/\W/g, '_'));
  mkdirSync(dir, { recursive: true });
  for (const p of programs) writeFileSync(join(dir, p.title!), `${p.value}\n`);
  writeFileSync(join(dir, file), text);
  return { dir, id: await cluster!.submit(file, dir) };
}

/** What each good script's output must hold. */
const EXPECT: Record<string, (dir: string, id: string) => void> = {
  'underuse.sh': (dir, id) => {
    const out = readFileSync(join(dir, `slurm-${id}.out`), 'utf8');
    expect(out).toMatch(/^4 processes on 5 allocated cores, n = 4000$/m);
    expect(/Integral value is (\S+)/.exec(out)?.[1]).toBe(browserIntegral(4000, 4));
  },
  'sized.sh': (dir, id) => {
    const out = readFileSync(join(dir, `slurm-${id}.out`), 'utf8');
    expect(out).toContain(`SLURM_JOB_ID=${id}\nSLURM_NTASKS=1\nSLURM_CPUS_PER_TASK=5\nSLURM_CPUS_ON_NODE=5\nSLURM_ARRAY_TASK_ID=(not set)\n`);
    expect(out).toMatch(/^os\.cpu_count\(\) = \d+$/m);
    expect(out).toMatch(/^5 processes on 5 allocated cores, n = 4000$/m);
    expect(/Integral value is (\S+)/.exec(out)?.[1]).toBe(browserIntegral(4000, 5));
  },
  'array.sh': (dir, id) => {
    for (const task of [1, 2, 3, 4]) {
      const file = join(dir, `grid-${id}_${task}.out`);
      expect(existsSync(file), file).toBe(true);
      const out = readFileSync(file, 'utf8');
      expect(out).toContain(`task ${task} of array job ${id}\n`);
      expect(out).toMatch(new RegExp(`^2 processes on 2 allocated cores, n = ${task}000$`, 'm'));
      expect(/Integral value is (\S+)/.exec(out)?.[1]).toBe(browserIntegral(task * 1000, 2));
    }
  },
};

describe('lesson 12’s batch scripts on a real single-node Slurm', () => {
  it('are the cluster lab’s examples, word for word', () => {
    expect(scripts.map((s) => s.file).sort()).toEqual(CLUSTER_EXAMPLES.map((e) => e.file).sort());
    for (const s of scripts) expect(s.text, s.file).toBe(CLUSTER_EXAMPLES.find((e) => e.file === s.file)!.script);
    expect(programs.map((p) => p.title).sort()).toEqual(['integrate_job.py', 'where_am_i.py']);
  });

  for (const s of scripts) {
    if (s.refused) {
      it(`${s.title}: real sbatch refuses it, as the browser does`, async () => {
        const browser = parseBatchScript(s.text);
        expect(browser.ok).toBe(false);
        const first = browser.messages.find((m) => m.severity === 'error')!;
        await expect(submitScript(s.file, s.text)).rejects.toThrow(/ambiguous/);
        // sbatch stops at the first problem; the browser names it first, at its line.
        expect(first.line).toBe(3);
        expect(first.text).toMatch(/ambiguous/);
      });
      continue;
    }
    it(`${s.title}: accepted by the browser and by sbatch, completes, prints what the lesson says`, async () => {
      const browser = parseBatchScript(s.text);
      expect(browser.messages.filter((m) => m.severity === 'error')).toEqual([]);
      expect(allocate(browser.request, NODE).ok).toBe(true);
      const started = performance.now();
      const { dir, id } = await submitScript(s.file, s.text);
      const records = await waitForAll(id, 120_000, dir);
      for (const r of records) expect(/JobState=(\S+)/.exec(r)?.[1], `${r}\n${cluster!.logs()}`).toBe('COMPLETED');
      expect(records).toHaveLength(browser.request.array?.indices.length ?? 1);
      EXPECT[s.file]!(dir, id);
      console.log(`${s.file}: Slurm job ${id}, ${records.length} task(s) COMPLETED in ${((performance.now() - started) / 1000).toFixed(1)} s from sbatch`);
    });
  }
});

/** Directive lines and whether the browser must accept them; real sbatch --test-only must agree. */
const CASES: [string, boolean][] = [
  ['#SBATCH --ntasks=1\n#SBATCH --cpus-per-task=5\n#SBATCH --time=00:05:00', true],
  ['#SBATCH -n 4 -c 2', true],
  ['#SBATCH -n2', true],
  ['#SBATCH -A hpc2n2025-123   # project\n#SBATCH -n 4  # tasks', true],
  ['#SBATCH --job=abc', true], // a unique prefix of --job-name
  ['#SBATCH --time=90', true],
  ['#SBATCH --time=1-02:00', true],
  ['#SBATCH --time=00:61:00', true],
  ['#SBATCH -t 5:30', true],
  ['#SBATCH --time=UNLIMITED', true],
  ['#SBATCH --array=0-15:4%2', true],
  ['#SBATCH --array=1,3,5-7', true],
  ['#SBATCH --array=1-4%2\n#SBATCH --output=grid-%A_%a.out', true],
  ['#SBATCH --nodes=1', true],
  ['#SBATCH --nodes=1-2', true],
  ['#SBATCH --cpus-per-task=8', true],
  ['#SBATCH --mail-type=END', true],
  ['#SBATCH -J "a name with spaces"', true],
  ['#SBATCH --ntask=4', false],
  ['#SBATCH --ntsks=4', false],
  ['#SBATCH --ntasks=0', false],
  ['#SBATCH --ntasks=abc', false],
  ['#SBATCH --ntasks=4.5', false],
  ['#SBATCH -n=2', false],
  ['#SBATCH -n FIXME', false],
  ['#SBATCH --cpus-per-task=0', false],
  ['#SBATCH --cpus-per-task=9', false],
  ['#SBATCH -n 3 -c 3', false],
  ['#SBATCH --nodes=2', false],
  ['#SBATCH --time=abc', false],
  ['#SBATCH --time=5:00:00:00', false],
  ['#SBATCH --array=3-1', false],
  ['#SBATCH --array=0-2000', false],
  ['#SBATCH --array=1,x', false],
  ['#SBATCH --cpu-per-task=2', false],
  ['#SBATCH -z 3', false],
];

describe('the browser’s sbatch and real sbatch --test-only', () => {
  it('accept and refuse the same directives', async () => {
    const dir = join(work, 'test-only');
    mkdirSync(dir, { recursive: true });
    const disagreements: string[] = [];
    for (const [i, [lines, accepted]] of CASES.entries()) {
      const text = `#!/bin/bash\n${lines}\necho hello\n`;
      const parsed = parseBatchScript(text);
      const browser = parsed.ok && allocate(parsed.request, NODE).ok;
      const file = join(dir, `case-${i}.sh`);
      writeFileSync(file, text);
      const real = await slurm('/usr/bin/sbatch', ['--test-only', file], dir);
      const realOk = real.code === 0;
      if (browser !== accepted) disagreements.push(`the browser ${browser ? 'accepts' : 'refuses'} ${JSON.stringify(lines)}: ${parsed.messages.map((m) => m.text).join(' / ')}`);
      if (realOk !== accepted) disagreements.push(`real sbatch ${realOk ? 'accepts' : 'refuses'} ${JSON.stringify(lines)}: ${real.out}`);
    }
    expect(disagreements).toEqual([]);
  });

  it('refuses a script without #! in both', async () => {
    const dir = join(work, 'test-only');
    const file = join(dir, 'no-shebang.sh');
    writeFileSync(file, 'echo hello\n');
    expect((await slurm('/usr/bin/sbatch', ['--test-only', file], dir)).code).not.toBe(0);
    expect(parseBatchScript('echo hello\n').ok).toBe(false);
  });
});

describe('the SLURM_* variables a job sees', () => {
  /** Keys whose values depend on the run (ids, the node, the folder), compared by presence only. */
  const BY_PRESENCE = new Set(['SLURM_JOB_ID', 'SLURM_JOBID', 'SLURM_JOB_NAME', 'SLURM_JOB_NODELIST', 'SLURM_NODELIST', 'SLURM_JOB_PARTITION', 'SLURM_SUBMIT_DIR', 'SLURMD_NODENAME', 'SLURM_ARRAY_JOB_ID']);

  for (const directives of ['#SBATCH -n 5', '#SBATCH -c 3', '#SBATCH --ntasks=1\n#SBATCH --cpus-per-task=2\n#SBATCH --array=2-6:2']) {
    it(`are the browser's for ${JSON.stringify(directives)}`, async () => {
      const text = `#!/bin/bash\n${directives}\nenv | grep -E '^SLURMD?_' | sort\n`;
      const { dir, id } = await submitScript(`env-${directives.length}.sh`, text);
      await waitForAll(id, 60_000, dir);
      const parsed = parseBatchScript(text);
      const a = allocate(parsed.request, NODE);
      if (!a.ok) throw new Error(a.error);
      const array = parsed.request.array;
      const tasks = array ? array.indices : [null];
      for (const [k, task] of tasks.entries()) {
        const file = join(dir, task === null ? `slurm-${id}.out` : `slurm-${id}_${task}.out`);
        const real = Object.fromEntries(readFileSync(file, 'utf8').trim().split('\n').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
        const identity = { jobId: Number(id) + k, name: 'x', submitDir: dir, ...(array && task !== null ? { array: { arrayJobId: Number(id), taskId: task, spec: array } } : {}) };
        const browser = jobEnvironment(parsed.request, a.value, NODE, identity);
        for (const [key, value] of Object.entries(browser)) {
          expect(real[key], `${key} in the real job (${file})`).toBeDefined();
          if (!BY_PRESENCE.has(key)) expect(real[key], key).toBe(value);
        }
        // What the browser leaves unset, real Slurm leaves unset too.
        for (const key of ['SLURM_CPUS_PER_TASK', 'SLURM_NTASKS', 'SLURM_ARRAY_TASK_ID']) expect(key in real, `${key} set in the real job`).toBe(key in browser);
      }
    });
  }
});
