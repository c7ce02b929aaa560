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
import { compileLearnerCode, errorMessage, LEARNER_GLOBALS } from './learner-code.ts';
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
