/**
 * Types shared by the exercise runner, the checks beside each exercise and the UI.
 * Pure declarations: usable on the main thread, in workers and in Node tests.
 */

/** The outcome of one check of an exercise. */
export interface CheckResult {
  /** What was checked, in a few words ("rows of 10 split 3 ways"). */
  name: string;
  /** True when the check passed. */
  ok: boolean;
  /** What the check expected, when it failed (or for advisory checks, what it hoped for). */
  expected?: string;
  /** What the learner's code produced. */
  got?: string;
  /** One more sentence: a measurement, a hint about the cause. */
  detail?: string;
  /**
   * Advisory checks (speed) report a measurement but never decide whether the exercise is solved:
   * timings on a shared machine are too noisy to reject a correct answer.
   */
  advisory?: boolean;
}

/**
 * A function the learner gives to {@link LearnerRuntime} is sent to another worker as its source
 * text, like a function pickled for a Python Pool: it sees its arguments only, not the variables
 * around it.
 */
export type PortableFunction = (...args: never[]) => unknown;

/** The communicator a rank function receives from {@link LearnerRuntime.runRanks}. */
export interface RankComm {
  /** This rank, 0 <= rank < size. */
  rank: number;
  /** Number of ranks. */
  size: number;
  /** Sends a structured-cloneable value to rank `dest` (does not wait). */
  send(dest: number, value: unknown): void;
  /** Resolves with the next value sent by rank `source` (messages from one rank arrive in order). */
  recv(source: number): Promise<unknown>;
}

/**
 * The small parallel API learner code can call. Implemented on fresh sub-workers in the browser
 * (runtime.ts over task.worker.ts) and on worker_threads in Node tests.
 */
export interface LearnerRuntime {
  /** Logical cores the environment reports (navigator.hardwareConcurrency), at least 1. */
  readonly cores: number;
  /**
   * Applies `fn` to every item on `workers` workers (default: cores), handing out the next item to
   * whichever worker is free; resolves with the results in item order.
   */
  parallelMap(fn: PortableFunction, items: readonly unknown[], workers?: number): Promise<unknown[]>;
  /**
   * Starts one worker per entry of `argsList`; worker k runs `fn(...argsList[k])`. All start
   * together (a start barrier), SharedArrayBuffers in the arguments are shared, not copied.
   */
  runWorkers(fn: PortableFunction, argsList: readonly (readonly unknown[])[]): Promise<unknown[]>;
  /**
   * Starts `size` ranks; rank r runs `fn(comm, ...args)` with a {@link RankComm} whose send/recv
   * are postMessage over MessageChannels between the workers. Resolves with every rank's return
   * value, in rank order.
   */
  runRanks(fn: PortableFunction, size: number, args?: readonly unknown[]): Promise<unknown[]>;
  /**
   * Runs an MPI-style program (source text: the body of an async function with `comm`, `MPI`,
   * `kernels`, `print` in scope, see src/mpi/program.ts) on `size` ranks with the course's
   * communicator (src/mpi). Rank output goes to the console as "[rank r] text".
   */
  runMpi(program: string, size: number): Promise<MpiRunResult>;
  /** How much work went to workers so far (checks use it to see that code really ran in parallel). */
  stats(): { tasks: number; workersStarted: number; mpiRuns: number };
  /** Ends every worker this runtime started. */
  close(): void;
}

/** The end of an MPI run (see src/mpi/run-core.ts). */
export interface MpiRunResult {
  status: 'ok' | 'error' | 'deadlock';
  /** Each rank's return value, in rank order. */
  returns: unknown[];
  /** The failing rank, its error and the line in the program, when status is "error". */
  error?: { rank: number; message: string; line?: number | undefined };
  /** One line per blocked rank, when status is "deadlock". */
  deadlock?: string[];
  /** Wall time of the run, ms. */
  elapsedMs: number;
}

/** What a check function receives. */
export interface CheckContext {
  /** The functions the learner defined that the exercise names in `exports` (missing ones undefined). */
  learner: Record<string, unknown>;
  /** The learner's source text. */
  source: string;
  /** The parallel API (the same one the learner's code uses). */
  runtime: LearnerRuntime;
  /** Logical cores reported by the environment (at least 1). */
  cores: number;
  /** Wall clock in ms (performance.now). */
  now(): number;
  /** Turns an error thrown by learner code into a message with its line in the editor. */
  describeError(error: unknown): string;
}

/** The checks of one exercise: `checks.ts` beside it exports one of these as `checks`. */
export type ExerciseChecks = (ctx: CheckContext) => Promise<CheckResult[]>;

/** Log levels captured from the learner's console. */
export type LogLevel = 'log' | 'info' | 'warn' | 'error';

/** One captured console line. */
export interface LogLine {
  level: LogLevel;
  text: string;
}

/** Where learner code failed. */
export interface LearnerFailure {
  /** compile: syntax; run: top level or main(); check: a check itself failed to run. */
  phase: 'compile' | 'run' | 'check';
  /** The error's name and message. */
  message: string;
  /** 1-based line in the editor, when known. */
  line?: number;
}

/** What one Run or Check produced (before any time limit applied by the page). */
export type LearnerOutcome =
  | { kind: 'ran'; durationMs: number }
  | { kind: 'checked'; results: CheckResult[]; durationMs: number }
  | ({ kind: 'failed'; durationMs: number } & LearnerFailure);
