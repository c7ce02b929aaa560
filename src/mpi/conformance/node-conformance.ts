/**
 * Node helpers of the conformance suite (see cases.ts): reading the cases and fixtures, running
 * the Python programs under the real `mpirun` with mpi4py, and running the JavaScript programs on
 * this project's communicator. Used by conformance.test.ts and scripts/mpi-fixtures.ts.
 *
 * Node only (tests and scripts; never bundled). Node modules are imported dynamically, with
 * local types, as elsewhere in the tests.
 */
import { runInProcess } from '../run-in-process.ts';
import { runInThreads } from '../testing/run-threads.ts';
import type { MpiSnapshot, MpiTransport } from '../run-core.ts';
import type { ConformanceCase, ConformanceFixture } from './cases.ts';

interface Fs {
  readFileSync(path: URL | string, encoding: 'utf8'): string;
  writeFileSync(path: URL | string, data: string): void;
  mkdtempSync(prefix: string): string;
  rmSync(path: string, options: { recursive: true; force: true }): void;
  existsSync(path: string): boolean;
}
interface ChildProcess {
  execFile(
    file: string,
    args: readonly string[],
    options: { env: Record<string, string | undefined>; timeout: number; maxBuffer: number; cwd?: string },
    callback: (error: (Error & { code?: number | string; killed?: boolean }) | null, stdout: string, stderr: string) => void,
  ): void;
}

const load = async <T>(name: string): Promise<T> => (await import(/* @vite-ignore */ `node:${name}`)) as T;

const HERE = new URL('./', import.meta.url);

/** The mpirun used: `MPIRUN` from the environment, else `mpirun` on the PATH. */
export const MPIRUN = process.env.MPIRUN ?? 'mpirun';

/** The Python with mpi4py: `MPI4PY_PYTHON`, else Debian's `/usr/bin/python3` (a pyenv python3 first on the PATH may lack mpi4py). */
export const MPI4PY_PYTHON = process.env.MPI4PY_PYTHON ?? '/usr/bin/python3';

/** Path of a file of the suite (cases/…, fixtures/…, run_cases.py), as a file-system path. */
export function suitePath(relative: string): string {
  return decodeURIComponent(new URL(relative, HERE).pathname);
}

/** The JavaScript rank program of a case. */
export async function caseSource(c: ConformanceCase): Promise<string> {
  const fs = await load<Fs>('fs');
  return fs.readFileSync(suitePath(`cases/${c.name}.js`), 'utf8');
}

/** A case's fixture. @throws Error when it is missing (run scripts/mpi-fixtures.ts) */
export async function readFixture(c: ConformanceCase): Promise<ConformanceFixture> {
  const fs = await load<Fs>('fs');
  return JSON.parse(fs.readFileSync(suitePath(`fixtures/${c.name}.json`), 'utf8')) as ConformanceFixture;
}

/** Each rank's printed lines, in order: `[rank][line]`. */
export function linesByRank(snap: MpiSnapshot): string[][] {
  const out: string[][] = Array.from({ length: snap.size }, () => []);
  for (const l of snap.output) out[l.rank]!.push(l.text);
  return out;
}

/**
 * Runs a case's JavaScript program on `size` ranks of this project's communicator: in-process
 * ranks (fast), or worker threads for a case that polls (see {@link ConformanceCase.polls}).
 *
 * @returns each rank's lines
 * @throws Error when the run does not end with every rank finished (its status and first error)
 */
export async function runCase(c: ConformanceCase, size: number, transport: MpiTransport = 'auto'): Promise<string[][]> {
  const program = await caseSource(c);
  const snap = c.polls ? await runInThreads({ program, size, transport }) : await runInProcess({ program, size, transport, deadlockGraceMs: 100 });
  if (snap.status !== 'ok') {
    const why = snap.error ? `rank ${snap.error.rank}: ${snap.error.message}${snap.error.line ? ` (line ${snap.error.line})` : ''}` : snap.status;
    throw new Error(`${c.name} on ${size} ranks did not finish: ${why}`);
  }
  return linesByRank(snap);
}

function exec(file: string, args: readonly string[], timeoutMs: number): Promise<{ stdout: string; stderr: string }> {
  return load<ChildProcess>('child_process').then(
    (cp) =>
      new Promise((resolve, reject) => {
        const env = { ...process.env, OMPI_ALLOW_RUN_AS_ROOT: '1', OMPI_ALLOW_RUN_AS_ROOT_CONFIRM: '1' };
        cp.execFile(file, args, { env, timeout: timeoutMs, maxBuffer: 1 << 24 }, (error, stdout, stderr) => {
          if (!error) return resolve({ stdout, stderr });
          const why = error.code === 'ENOENT' ? `${file} not found (install Debian's openmpi-bin and python3-mpi4py, or set MPIRUN and MPI4PY_PYTHON)` : error.killed ? `killed after ${timeoutMs} ms` : `exit code ${String(error.code)}`;
          reject(new Error(`${[file, ...args].join(' ')}: ${why}\n${stderr.slice(-2000)}`));
        });
      }),
  );
}

/**
 * The versions of mpirun, mpi4py and Python that run the programs.
 *
 * @throws Error when mpirun or mpi4py is missing (install Debian's openmpi-bin and python3-mpi4py)
 */
export async function mpi4pyVersions(): Promise<{ mpirun: string; mpi4py: string; python: string }> {
  const mpirun = (await exec(MPIRUN, ['--version'], 20_000)).stdout.split('\n')[0]!.trim();
  const py = await exec(MPI4PY_PYTHON, ['-c', 'import sys, mpi4py; print(mpi4py.__version__); print(sys.version.split()[0])'], 20_000);
  const [mpi4py = '', python = ''] = py.stdout.trim().split('\n');
  return { mpirun, mpi4py, python };
}

/** The mpirun command line of {@link runMpi4py}, for the fixtures' record. */
export function mpirunArgs(size: number, outDir: string, cases: readonly ConformanceCase[]): string[] {
  return [
    '--oversubscribe', // more ranks than cores
    '--mca', 'mpi_yield_when_idle', '1', // waiting ranks give up their core: 7 ranks share 2 cores
    '-np', String(size),
    MPI4PY_PYTHON, '-m', 'mpi4py', // an uncaught exception aborts the job instead of hanging it
    suitePath('run_cases.py'), outDir,
    ...cases.map((c) => suitePath(`cases/${c.name}.py`)),
  ];
}

/**
 * Runs the cases' Python programs one after another in one `mpirun -np size` job (run_cases.py)
 * and reads each rank's output file.
 *
 * @returns per case name, each rank's lines
 * @throws Error when mpirun or mpi4py is missing, a program fails, or the job takes over `timeoutMs`
 */
export async function runMpi4py(cases: readonly ConformanceCase[], size: number, timeoutMs = 60_000): Promise<Map<string, string[][]>> {
  const fs = await load<Fs>('fs');
  const os = await load<{ tmpdir(): string }>('os');
  const dir = fs.mkdtempSync(`${os.tmpdir()}/mpi-conformance-`);
  try {
    await exec(MPIRUN, mpirunArgs(size, dir, cases), timeoutMs);
    const result = new Map<string, string[][]>(cases.map((c) => [c.name, Array.from({ length: size }, () => [])]));
    for (let rank = 0; rank < size; rank++) {
      let current: string[] | undefined;
      const text = fs.readFileSync(`${dir}/rank-${rank}.txt`, 'utf8');
      for (const line of (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n')) {
        const marker = /^@@case .*\/([^/]+)\.py$/.exec(line);
        if (marker) current = result.get(marker[1]!)?.[rank];
        else if (current) current.push(line);
        else throw new Error(`rank ${rank} printed before the first case: ${line}`);
      }
    }
    return result;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
