/**
 * Runs a Python program with Debian's interpreter, or under Open MPI's `mpirun`, as a student
 * would on a laptop or a cluster node. Node only (the cluster tests).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Debian's Python: mpi4py and NumPy come from Debian packages and live there, while the `python3`
 * first on PATH may be another one (pyenv) without them.
 */
export const PYTHON = '/usr/bin/python3';

/** What a program printed. */
export interface RunOutput {
  stdout: string;
  stderr: string;
  /** Wall time, ms. */
  ms: number;
}

/**
 * Runs `args` in `cwd` and resolves with its output.
 * @throws Error with the program's stderr when it exits with an error, runs out of time, or the
 *   interpreter (or mpirun) is missing
 */
export function run(command: string, args: readonly string[], cwd: string, env: Record<string, string> = {}, timeoutMs = 240_000): Promise<RunOutput> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, env: { ...process.env, ...env }, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(' ')} failed: ${error.message}\n${stderr}`));
      else resolve({ stdout, stderr, ms: performance.now() - start });
    });
  });
}

/** Runs `file` with {@link PYTHON}. */
export function runPython(file: string, cwd: string, env: Record<string, string> = {}): Promise<RunOutput> {
  if (!existsSync(PYTHON)) throw new Error(`${PYTHON} is missing: install Debian's python3 (the CI script does)`);
  return run(PYTHON, [file], cwd, env);
}

/**
 * Runs `file` on `ranks` MPI processes: `mpirun -n <ranks> --oversubscribe python3 file` (more
 * ranks than cores is allowed, as on a laptop); as root, Open MPI must be told that is intended.
 */
export function runMpi(file: string, ranks: number, cwd: string): Promise<RunOutput> {
  return run('mpirun', ['-n', String(ranks), '--oversubscribe', PYTHON, file], cwd, {
    OMPI_ALLOW_RUN_AS_ROOT: '1',
    OMPI_ALLOW_RUN_AS_ROOT_CONFIRM: '1',
    // Loopback only, and no warnings about missing high-speed networks.
    OMPI_MCA_btl: 'self,vader,tcp',
    OMPI_MCA_btl_tcp_if_include: 'lo',
    OMPI_MCA_oob_tcp_if_include: 'lo',
  });
}
