/**
 * Runs a batch job's commands in the browser, line by line as bash would: variables expanded
 * with the job's environment as it stands, `export` changing it, `sleep` waiting for real,
 * `srun` starting one copy of a program per task (each on its task's share of the cores), the
 * lesson's Python programs on real workers (programs.ts). The job's exit code is the last
 * command's, as for a bash script without `set -e`. Main thread only (it drives the worker pool).
 */
import { abortError } from '../../lib/abort.ts';
import { readCommand } from '../../slurm/job-commands.ts';
import type { Allocation, ClusterNode } from '../../slurm/allocation.ts';
import type { BodyLine } from '../../slurm/parse-script.ts';
import { runProgram, type ProgramResult, type ProgramUsage } from './programs.ts';

/** The end of a job's commands. */
export interface JobRun {
  exitCode: number;
  /** Each program's measured usage, in the order they ran. */
  usage: ProgramUsage[];
}

/** A wait of `ms` that ends early with an AbortError when `signal` aborts. */
function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortError(signal.reason));
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal.reason));
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Longest `sleep` the browser waits for (seconds). */
export const MAX_SLEEP_SECONDS = 60;

/**
 * Runs `body` as the batch step of a job with `allocation` on `node`.
 * @param env the job's SLURM_* environment (copied: exports change the copy)
 * @param print receives every line the job writes to its output file
 * @throws AbortError when `signal` aborts (scancel)
 */
export async function runJob(body: readonly BodyLine[], env: Readonly<Record<string, string>>, allocation: Allocation, node: ClusterNode, signal: AbortSignal, print: (line: string) => void): Promise<JobRun> {
  const vars: Record<string, string> = { ...env };
  const usage: ProgramUsage[] = [];
  let exitCode = 0;
  for (const b of body) {
    if (signal.aborted) throw abortError(signal.reason);
    const c = readCommand(b, vars);
    switch (c.kind) {
      case 'echo':
        print(c.text);
        exitCode = 0;
        break;
      case 'hostname':
        print(node.name);
        exitCode = 0;
        break;
      case 'export':
        vars[c.name] = c.value;
        exitCode = 0;
        break;
      case 'module':
        exitCode = 0;
        break;
      case 'sleep':
        await wait(Math.min(c.seconds, MAX_SLEEP_SECONDS) * 1000, signal);
        exitCode = 0;
        break;
      case 'skip':
        print(`[browser: line ${c.line} skipped: ${c.text}]`);
        exitCode = 0;
        break;
      case 'python': {
        const copies = c.srun ? allocation.ntasks : 1;
        const cores = c.srun ? allocation.cpusPerTask : allocation.cores;
        const results: ProgramResult[] = await Promise.all(
          Array.from({ length: copies }, (_, rank) =>
            runProgram(c.program, c.args, {
              env: c.srun ? { ...vars, SLURM_PROCID: String(rank), SLURM_STEP_NUM_TASKS: String(copies) } : vars,
              cores,
              nodeCores: node.cores,
              firstCore: rank * cores,
              signal,
              print,
            }),
          ),
        );
        for (const r of results) if (r.usage) usage.push({ ...r.usage, line: c.line, program: c.program });
        exitCode = results.find((r) => r.exitCode !== 0)?.exitCode ?? 0;
        break;
      }
    }
  }
  return { exitCode, usage };
}
