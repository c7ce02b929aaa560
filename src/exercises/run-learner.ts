/**
 * One Run or Check of learner code, independent of where it happens: the browser's learner
 * worker (runner.worker.ts) and the Node unit tests both call {@link runLearner}.
 *
 * Run: executes the top level of the code, then `main()` if the learner defined one.
 * Check: executes the top level, then the exercise's checks with the learner's functions.
 *
 * Any thread except that it must not be the page's main thread in the browser (learner code may
 * loop forever; the page protects itself by running this in a worker it can terminate).
 */
import { compileLearnerCode, errorMessage, IDENTIFIER, LEARNER_GLOBALS } from './learner-code.ts';
import { LearnerTaskError } from './runtime.ts';
import type { CheckContext, ExerciseChecks, LearnerOutcome, LearnerRuntime } from './types.ts';

/** Inputs of {@link runLearner}. */
export interface LearnerJob {
  mode: 'run' | 'check';
  /** The learner's code. */
  source: string;
  /** Functions the checks need (from the exercise's metadata). */
  exports: readonly string[];
  /** The exercise's checks (needed for mode "check"). */
  checks?: ExerciseChecks;
  /** The parallel API; closed by the caller. */
  runtime: LearnerRuntime;
  /** Wall clock in ms. */
  now: () => number;
}

/**
 * `mpirun(fn, size)` for learner code: runs the learner's whole program on `size` ranks of the
 * course's MPI runtime, each rank calling `fn(comm)` (fn must be a named top-level function), and
 * resolves with the ranks' return values. A rank's error or a deadlock rejects, with the line.
 */
export async function mpirun(job: Pick<LearnerJob, 'source' | 'runtime'>, fn: unknown, size: unknown): Promise<unknown[]> {
  if (typeof fn !== 'function' || !fn.name || !IDENTIFIER.test(fn.name)) {
    throw new TypeError('mpirun: pass a named function declared at the top level of your code, e.g. mpirun(rankMain, 4)');
  }
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 1 || size > 16) {
    throw new RangeError(`mpirun: the number of ranks must be an integer from 1 to 16, got ${String(size)}`);
  }
  const result = await job.runtime.runMpi(mpiProgram(job.source, `${fn.name}(comm)`), size);
  if (result.status === 'error') {
    const e = result.error;
    throw new LearnerTaskError(`rank ${e?.rank ?? '?'}: ${e?.message ?? 'failed'}`, e?.line !== undefined && e.line <= lineCount(job.source) ? e.line : undefined);
  }
  if (result.status === 'deadlock') throw new LearnerTaskError(`deadlock: ${(result.deadlock ?? []).join('; ')}`, undefined);
  return result.returns;
}

/**
 * An MPI program (src/mpi/program.ts) made of the learner's whole source followed by a call:
 * every rank defines the learner's functions and then awaits `call` (e.g. "rankMain(comm)").
 * The learner's line k stays line k of the program, so rank error lines are editor lines.
 */
export function mpiProgram(source: string, call: string): string {
  return `${source}\n;return await ${call};`;
}

function lineCount(source: string): number {
  return source.split('\n').length;
}

/**
 * Runs or checks learner code and reports what happened. Never throws: every failure becomes a
 * `failed` outcome with the phase, the message and the editor line when the stack shows one.
 */
export async function runLearner(job: LearnerJob): Promise<LearnerOutcome> {
  const t0 = job.now();
  const elapsed = () => job.now() - t0;
  let compiled: ReturnType<typeof compileLearnerCode>;
  try {
    compiled = compileLearnerCode(job.source, [...new Set([...job.exports, 'main'])]);
  } catch (error) {
    return { kind: 'failed', phase: 'compile', message: errorMessage(error), durationMs: elapsed() };
  }
  const lineOf = (error: unknown): number | undefined =>
    error instanceof LearnerTaskError ? error.editorLine : compiled.lineOf(error);
  const describeError = (error: unknown): string => {
    const line = lineOf(error);
    const message = error instanceof LearnerTaskError ? error.message : errorMessage(error);
    return line === undefined ? message : `${message} (line ${line})`;
  };
  const api: Record<(typeof LEARNER_GLOBALS)[number], unknown> = {
    parallelMap: job.runtime.parallelMap.bind(job.runtime),
    runWorkers: job.runtime.runWorkers.bind(job.runtime),
    runRanks: job.runtime.runRanks.bind(job.runtime),
    mpirun: (fn: unknown, size: unknown) => mpirun(job, fn, size),
    cores: job.runtime.cores,
  };
  let learner: Record<string, unknown>;
  try {
    learner = compiled.instantiate(api);
    if (job.mode === 'run') {
      const main = learner.main;
      if (typeof main === 'function') await main();
      return { kind: 'ran', durationMs: elapsed() };
    }
  } catch (error) {
    return { kind: 'failed', phase: 'run', message: errorMessage(error).replace(/^LearnerTaskError: /, ''), line: lineOf(error), durationMs: elapsed() };
  }
  if (!job.checks) return { kind: 'failed', phase: 'check', message: 'this exercise has no checks', durationMs: elapsed() };
  const ctx: CheckContext = { learner, source: job.source, runtime: job.runtime, cores: job.runtime.cores, now: job.now, describeError };
  try {
    const results = await job.checks(ctx);
    return { kind: 'checked', results, durationMs: elapsed() };
  } catch (error) {
    return { kind: 'failed', phase: 'check', message: describeError(error), line: lineOf(error), durationMs: elapsed() };
  }
}
