/**
 * Checks of "Fill in the row bounds" (lesson 03): the learner's `rowBounds(n, p, k)` against the
 * block decomposition of the HPC2N/UPPMAX course (src/kernels/decomposition.ts), coverage of every
 * row exactly once, and the course's 4-block integral for n = 10000 computed on real workers with
 * the learner's blocks. That integral is checked to a tolerance: the exact sum is zero and every
 * printed digit is rounding, which depends on the last bits of the engine's Math.sin. The digits
 * `4.492851e-12` (the course's, and Chromium's) are reported, not required.
 */
import { attempt, expectClose, expectEqual, fail, learnerFunction, pass, show } from '../../../../src/exercises/check-helpers.ts';
import { blockRows } from '../../../../src/kernels/decomposition.ts';
import type { CheckResult, ExerciseChecks } from '../../../../src/exercises/types.ts';

/** The course's 4-block figure, printed by Python and by Chromium alike. */
const COURSE_FIGURE = 4.492851e-12;
/**
 * How far another engine's rounding may take the 4-block integral from the course's figure. The
 * rounding noise is of order 1e-11; a block that is missing or counted twice moves it by about 1.
 */
const TOLERANCE = 1e-9;

const CASES: [number, number][] = [
  [10, 3],
  [10000, 4],
  [5000, 7],
  [3, 5],
  [1, 1],
  [12, 12],
  // (n / p) * p rounds below n: the course's int(n / p * (k + 1)) leaves the last row to nobody.
  [61, 7],
  [1000, 19],
];

/**
 * Midpoint sum of sin(x + y) over rows [begin, end) of an n x n grid on [0, pi]^2.
 * Self-contained: it is sent to a worker as text.
 */
function integrateBlock(block: { n: number; begin: number; end: number }): number {
  const h = Math.PI / block.n;
  let sum = 0;
  for (let i = block.begin; i < block.end; i++) {
    const x = h * (i + 0.5);
    for (let j = 0; j < block.n; j++) sum += Math.sin(x + h * (j + 0.5));
  }
  return h * h * sum;
}

export const checks: ExerciseChecks = async (ctx) => {
  const f = learnerFunction(ctx, 'rowBounds');
  if (!f.ok) return [f.result];
  const rowBounds = f.value;
  const results: CheckResult[] = [];
  let allGood = true;

  for (const [n, p] of CASES) {
    const name = `${n} row${n === 1 ? '' : 's'} among ${p} worker${p === 1 ? '' : 's'}`;
    const got: unknown[] = [];
    let failed: CheckResult | null = null;
    for (let k = 0; k < p && !failed; k++) {
      const r = await attempt(ctx, name, show(blockRows(n, p, k)), () => rowBounds(n, p, k));
      if (!r.ok) failed = r.result;
      else got.push(r.value);
    }
    if (failed) {
      results.push(failed);
      allGood = false;
      continue;
    }
    // Coverage: every row exactly once, whatever the exact bounds.
    const owners = new Int32Array(n);
    let shapeProblem = '';
    got.forEach((b, k) => {
      const block = b as { begin?: unknown; end?: unknown } | null;
      if (!block || typeof block !== 'object' || !Number.isInteger(block.begin) || !Number.isInteger(block.end)) {
        shapeProblem ||= `worker ${k} returned ${show(b)}, not { begin, end } with whole numbers`;
        return;
      }
      for (let row = block.begin as number; row < (block.end as number); row++) {
        if (row >= 0 && row < n) owners[row]!++;
        else shapeProblem ||= `worker ${k} was given row ${row}, outside 0..${n - 1}`;
      }
    });
    if (shapeProblem) {
      results.push(fail(name, 'whole-number bounds { begin, end } within 0..n', shapeProblem));
      allGood = false;
      continue;
    }
    const missed = owners.findIndex((c) => c === 0);
    const twice = owners.findIndex((c) => c > 1);
    if (missed >= 0 || twice >= 0) {
      const what = missed >= 0 ? `row ${missed} belongs to no worker` : `row ${twice} belongs to ${owners[twice]} workers`;
      results.push(fail(`${name}: every row exactly once`, 'each row in exactly one block', what, `your blocks: ${show(got)}`));
      allGood = false;
      continue;
    }
    const reference = Array.from({ length: p }, (_, k) => blockRows(n, p, k));
    const same = expectEqual(name, reference, got.map((b) => ({ begin: (b as { begin: number }).begin, end: (b as { end: number }).end })));
    if (!same.ok) {
      same.detail = 'Every row is covered once, but not with the course\'s blocks (trunc(k·n/p) to trunc((k+1)·n/p)), so the partial sums would not match its figures.';
      allGood = false;
    }
    results.push(same);
  }
  if (!allGood) return results;
  results.splice(0, results.length, pass(`blocks match the course's decomposition for ${CASES.length} (n, p) pairs, every row exactly once`));

  // The course's figure: n = 10000 split into 4 blocks, partial sums added in rank order.
  const n = 10000;
  const blocks = [0, 1, 2, 3].map((k) => ({ n, ...(rowBounds(n, 4, k) as { begin: number; end: number }) }));
  const t0 = ctx.now();
  const partials = (await ctx.runtime.parallelMap(integrateBlock as never, blocks, Math.min(4, ctx.cores))) as number[];
  const ms = ctx.now() - t0;
  let total = 0;
  for (const part of partials) total += part;
  const printed = total.toExponential(6);
  const digits =
    printed === '4.492851e-12'
      ? 'the very digits the course printed (and Chromium prints)'
      : "other last digits than the course's 4.492851e-12 (Chromium's too): this engine's Math.sin rounds differently in the last bits, which is all these digits measure";
  results.push(
    expectClose(
      'the 4-block integral is zero to rounding, like the course\'s 4.492851e-12',
      COURSE_FIGURE,
      total,
      TOLERANCE,
      `Your blocks on ${Math.min(4, ctx.cores)} workers gave ${printed} in ${ms.toFixed(0)} ms: ${digits}. The serial sum is -7.117752e-17: same integral, other rounding.`,
    ),
  );
  return results;
};
