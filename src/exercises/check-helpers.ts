/**
 * Building blocks for the checks beside each exercise (`lessons/NN-slug/exercises/<id>/checks.ts`).
 * Every failing result says what was expected and what came. Pure apart from calling learner code;
 * any thread, and Node.
 */
import { formatForConsole } from './format-value.ts';
import { speedup, efficiency, type TimingSummary } from '../measure/stats.ts';
import { measure } from '../measure/measure.ts';
import type { CheckContext, CheckResult } from './types.ts';
import { formatFixed, formatPercent, formatRatio, plural } from '../labs/kit/format.ts';

/** Renders a value for a check message (strings quoted). */
export function show(value: unknown): string {
  return formatForConsole(value, false);
}

/** A passed check. */
export function pass(name: string, detail?: string): CheckResult {
  return detail === undefined ? { name, ok: true } : { name, ok: true, detail };
}

/** A failed check with what was expected and what came. */
export function fail(name: string, expected: string, got: string, detail?: string): CheckResult {
  return detail === undefined ? { name, ok: false, expected, got } : { name, ok: false, expected, got, detail };
}

/** The result of calling learner code: its value, or a failed check describing the error. */
export type Attempt<T> = { ok: true; value: T } | { ok: false; result: CheckResult };

/**
 * The learner's function `name`, or a failed check saying it is missing.
 */
export function learnerFunction(ctx: CheckContext, name: string): Attempt<(...args: unknown[]) => unknown> {
  const f = ctx.learner[name];
  if (typeof f === 'function') return { ok: true, value: f as (...args: unknown[]) => unknown };
  return { ok: false, result: fail(`function ${name} is defined`, `a function named ${name}`, f === undefined ? 'nothing by that name' : `a ${typeof f}`) };
}

/**
 * Calls learner code (awaiting a promise) and turns a throw into a failed check named `name`
 * whose "got" is the error with its editor line.
 */
export async function attempt<T>(ctx: CheckContext, name: string, expected: string, run: () => T | Promise<T>): Promise<Attempt<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, result: fail(name, expected, `an error: ${ctx.describeError(error)}`) };
  }
}

/** Deep equality for plain data (numbers compared with Object.is except 0/-0, arrays, typed arrays, objects). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b || (Number.isNaN(a) && Number.isNaN(b));
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const arrA = Array.isArray(a) || ArrayBuffer.isView(a);
  const arrB = Array.isArray(b) || ArrayBuffer.isView(b);
  if (arrA !== arrB) return false;
  if (arrA) {
    const x = a as ArrayLike<unknown>;
    const y = b as ArrayLike<unknown>;
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!deepEqual(x[i], y[i])) return false;
    return true;
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** A check that `got` deep-equals `expected`. */
export function expectEqual(name: string, expected: unknown, got: unknown, detail?: string): CheckResult {
  return deepEqual(expected, got) ? pass(name, detail) : fail(name, show(expected), show(got), detail);
}

/** A check that a number is within `tolerance` of `expected`. */
export function expectClose(name: string, expected: number, got: unknown, tolerance: number, detail?: string): CheckResult {
  if (typeof got !== 'number' || !Number.isFinite(got)) return fail(name, `a number near ${expected}`, show(got), detail);
  return Math.abs(got - expected) <= tolerance ? pass(name, detail) : fail(name, `${expected} ± ${tolerance}`, String(got), detail);
}

/**
 * Times `run` on this machine with the project's measurement loop (src/measure/measure.ts): one
 * warm-up run discarded, then `repeats` timed runs on the check's clock `ctx.now` (wall ms),
 * summarized as median, min, max and a noise flag.
 *
 * @throws RangeError when repeats is not an integer >= 1; whatever `run` throws
 */
export async function timeRuns(ctx: CheckContext, run: () => unknown, repeats = 3): Promise<TimingSummary> {
  const m = await measure({
    run: async () => {
      await run();
    },
    repeats,
    warmups: 1,
    now: () => ctx.now(),
  });
  return m.time;
}

/**
 * The speedup a correct parallel version should show with `workers` workers on `cores` reported
 * cores: at least half of the ideal min(workers, cores), plus 0.2; and only "no big slowdown"
 * (0.5) when one core is all there is.
 */
export function expectedSpeedup(workers: number, cores: number): number {
  const p = Math.max(1, Math.min(workers, cores));
  return p <= 1 ? 0.5 : 0.5 * p + 0.2;
}

/**
 * An advisory check reporting the measured speedup T(serial) / T(parallel) of medians, the
 * efficiency, and whether it meets {@link expectedSpeedup}. Advisory: it never decides whether
 * the exercise is solved, because timings on a shared machine are noisy.
 */
export function speedCheck(name: string, serial: TimingSummary, parallel: TimingSummary, workers: number, cores: number): CheckResult {
  const s = speedup(serial.median, parallel.median);
  const e = efficiency(s, workers);
  const want = expectedSpeedup(workers, cores);
  const noisy = serial.noisy || parallel.noisy ? ' The timings were noisy (slowest run over 25 % slower than the fastest): run the check again to confirm.' : '';
  const oneCore = Math.min(workers, cores) <= 1 ? ' With one core there is nothing to run in parallel on, so no speedup is expected.' : '';
  const detail = `Serial ${formatFixed(serial.median, 0)} ms, parallel ${formatFixed(parallel.median, 0)} ms (medians of ${serial.samples.length} runs after a warm-up): speedup ${formatRatio(s)}× with ${plural(workers, 'worker')} on ${plural(cores, 'reported core')}, efficiency ${formatPercent(e)}.${oneCore}${noisy}`;
  return { name, ok: s >= want, advisory: true, expected: `a speedup of at least ${formatFixed(want, 1)}×`, got: `${formatRatio(s)}×`, detail };
}

/** True when every non-advisory check passed (and there was at least one). */
export function allRequiredPassed(results: readonly CheckResult[]): boolean {
  const required = results.filter((r) => !r.advisory);
  return required.length > 0 && required.every((r) => r.ok);
}
