/**
 * Checks of "Give each thread of each rank its rows" (lesson 14, hybrid ranks x threads,
 * src/mpi/patterns/hybrid.ts): the learner's `threadRows` against the lesson's blocks for several
 * layouts and grid sizes (every row exactly once, rank 0's team first), then the 2 x 2 integral
 * from the learner's blocks, added as the lab adds it (threads in order, ranks along mpi4py's tree).
 */
import { attempt, expectEqual, fail, learnerFunction, pass, show } from '../../../../src/exercises/check-helpers.ts';
import { integrate2dRows } from '../../../../src/kernels/integrate2d.ts';
import { hybridBlock, hybridIntegral, sumInOrder, treeSum, type Layout } from '../../../../src/mpi/patterns/hybrid.ts';
import type { CheckResult, ExerciseChecks } from '../../../../src/exercises/types.ts';

const CASES: [n: number, layout: Layout][] = [
  [10, { ranks: 2, threads: 2 }],
  [97, { ranks: 3, threads: 2 }],
  [3000, { ranks: 4, threads: 2 }],
  [61, { ranks: 1, threads: 4 }],
  [61, { ranks: 7, threads: 1 }],
];

export const checks: ExerciseChecks = async (ctx) => {
  const f = learnerFunction(ctx, 'threadRows');
  if (!f.ok) return [f.result];
  const results: CheckResult[] = [];
  for (const [n, layout] of CASES) {
    const name = `${n} rows, ${layout.ranks} rank${layout.ranks === 1 ? '' : 's'} × ${layout.threads} thread${layout.threads === 1 ? '' : 's'}`;
    const expected: unknown[] = [];
    const got: unknown[] = [];
    let failed: CheckResult | undefined;
    for (let r = 0; r < layout.ranks && !failed; r++) {
      for (let t = 0; t < layout.threads && !failed; t++) {
        expected.push(hybridBlock(n, layout, r, t));
        const a = await attempt(ctx, name, show(hybridBlock(n, layout, r, t)), () => f.value(n, layout.ranks, layout.threads, r, t));
        if (!a.ok) failed = a.result;
        else got.push(a.value);
      }
    }
    if (failed) return [...results, failed];
    const owners = new Int32Array(n);
    for (const b of got as { begin?: number; end?: number }[]) for (let row = b?.begin ?? 0; row < (b?.end ?? 0); row++) if (row >= 0 && row < n) owners[row]!++;
    const twice = owners.findIndex((c) => c > 1);
    const missed = owners.findIndex((c) => c === 0);
    if (twice >= 0 || missed >= 0) {
      results.push(fail(`${name}: every row exactly once`, 'each row in exactly one thread\'s block', twice >= 0 ? `row ${twice} is summed by ${owners[twice]} threads` : `row ${missed} is summed by no thread`, `your blocks: ${show(got)}`));
      continue;
    }
    results.push(expectEqual(name, expected, got.map((b) => ({ begin: (b as { begin: number }).begin, end: (b as { end: number }).end }))));
  }
  if (results.some((r) => !r.ok)) return results;

  const n = 300;
  const layout = { ranks: 2, threads: 2 };
  const rankSums = [0, 1].map((r) => sumInOrder([0, 1].map((t) => {
    const b = f.value(n, 2, 2, r, t) as { begin: number; end: number };
    return integrate2dRows(n, b.begin, b.end);
  })));
  const total = treeSum(rankSums);
  const want = hybridIntegral(n, layout);
  results.push(total === want ? pass(`the 2 × 2 integral for n = ${n} from your blocks: ${total.toExponential(6)}, as the lab computes it`) : fail('the 2 × 2 integral', want.toExponential(6), total.toExponential(6)));
  return results;
};
