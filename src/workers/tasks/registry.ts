/**
 * The named tasks a pool `map` can run. Functions cannot be posted to a worker, so a map names its
 * task and the task worker looks the name up here (the same reason Python's multiprocessing pickles
 * a function by its module and name, and why the course's task must be importable).
 *
 * Each task takes plain, structured-clonable arguments and returns a plain value. Tasks may be
 * async (the greetings wait, like the course's `sleep 1`). Pure apart from timers: runs in workers,
 * on the main thread and in Node tests.
 */
import { samplePi, type PiSample } from '../../kernels/monte-carlo-pi.ts';

/** Longest wait a waiting task accepts (ms), so a typo cannot park a worker for an hour. */
export const MAX_WAIT_MS = 60_000;

function wait(ms: number): Promise<void> {
  if (!Number.isFinite(ms) || ms < 0 || ms > MAX_WAIT_MS) {
    return Promise.reject(new RangeError(`wait time must be 0 to ${MAX_WAIT_MS} ms, got ${ms}`));
  }
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function requireNumber(name: string, x: unknown): number {
  if (typeof x !== 'number' || Number.isNaN(x)) throw new TypeError(`${name} expects a number, got ${JSON.stringify(x)}`);
  return x;
}

/**
 * The registry: task name to function. Arguments arrive as an array (`starmap` style); `map`
 * passes a one-element array.
 */
export const TASKS = {
  /** x squared: the course's `square`, the smallest possible task (dominated by messaging). */
  square: (x: unknown): number => {
    const v = requireNumber('square', x);
    return v * v;
  },
  /**
   * Square root that refuses negative numbers, as Python's `math.sqrt(-1)` raises
   * "math domain error": the lesson's example of a task that fails.
   */
  sqrt: (x: unknown): number => {
    const v = requireNumber('sqrt', x);
    if (v < 0) throw new RangeError(`math domain error: sqrt(${v})`);
    return Math.sqrt(v);
  },
  /** x squared after waiting 100·|x| ms (capped at 3 s): later items finish later, out of order. */
  slowSquare: async (x: unknown): Promise<number> => {
    const v = requireNumber('slowSquare', x);
    await wait(Math.min(3000, 100 * Math.abs(v)));
    return v * v;
  },
  /** x to the power y: the two-argument task of the `starmap` examples. */
  power: (x: unknown, y: unknown): number => requireNumber('power', x) ** requireNumber('power', y),
  /**
   * The course's `sample(n)`: n darts, returns `{ n, inside }`; seed and stream make it
   * reproducible (see samplePi). CPU-bound: n·2 generator calls.
   */
  samplePi: (n: unknown, seed: unknown = 1, stream: unknown = 0): PiSample =>
    samplePi(requireNumber('samplePi', n), requireNumber('samplePi seed', seed), requireNumber('samplePi stream', stream)),
  /**
   * The ADACS course's `greet.sh`: returns "<greeting> to you my friend!" after `ms` ms
   * (default 1000, the script's `sleep 1`). Waits without using the CPU.
   */
  greet: async (greeting: unknown, ms: unknown = 1000): Promise<string> => {
    await wait(requireNumber('greet wait', ms));
    return `${String(greeting)} to you my friend!`;
  },
} satisfies Record<string, (...args: never[]) => unknown>;

/** The name of a registered task. */
export type TaskName = keyof typeof TASKS;

/** True when `name` is a registered task. */
export function isTaskName(name: string): name is TaskName {
  return Object.hasOwn(TASKS, name);
}

/** What one chunk returns: results and, per item, when it started and ended (absolute ms). */
export interface ChunkOutcome<R = unknown> {
  results: R[];
  /** `[startedAt, endedAt]` per item, ms since the epoch (performance.timeOrigin + now). */
  times: [number, number][];
}

/**
 * Runs task `name` on each argument list of a chunk in order and times each call.
 * Any thread (the task worker calls it).
 *
 * @param firstIndex input index of the chunk's first item, used in error messages
 * @throws Error when the name is unknown, or a task throws: the message names the task, the item
 *   index and its arguments, so the lab can show where it failed
 */
export async function runChunk(name: string, argsList: readonly unknown[][], firstIndex = 0): Promise<ChunkOutcome> {
  if (!isTaskName(name)) throw new Error(`Unknown task "${name}"; known tasks: ${Object.keys(TASKS).join(', ')}`);
  const fn = TASKS[name] as (...args: unknown[]) => unknown;
  const results: unknown[] = [];
  const times: [number, number][] = [];
  for (let i = 0; i < argsList.length; i++) {
    const args = argsList[i]!;
    const startedAt = performance.timeOrigin + performance.now();
    try {
      results.push(await fn(...args));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const shown = JSON.stringify(args).slice(1, -1);
      throw new Error(`Task ${name}(${shown.length > 60 ? `${shown.slice(0, 57)}…` : shown}) for item ${firstIndex + i} failed: ${message}`, { cause: error });
    }
    times.push([startedAt, performance.timeOrigin + performance.now()]);
  }
  return { results, times };
}
