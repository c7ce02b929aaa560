/**
 * Checks of "Fix the histogram race, twice" (lesson 07, after the ADACS workshop's shared-memory
 * histogram): both learner functions run on 2 to 4 workers started together behind a barrier and
 * must give every bin its exact count, in two trials; countAtomic must use Atomics; countPrivate
 * must leave the shared bins untouched while it reads the values (a private histogram) and merge
 * atomically. The two fixes are timed (advisory).
 */
import { fail, learnerFunction, pass } from '../../../../src/exercises/check-helpers.ts';
import { Xoshiro128 } from '../../../../src/kernels/xoshiro128.ts';
import type { CheckContext, CheckResult, ExerciseChecks } from '../../../../src/exercises/types.ts';

const BINS = 8;
const PER_WORKER = 1_500_000;
const TRIALS = 2;

function shards(workers: number): { data: Uint8Array[]; expected: Int32Array } {
  const rng = new Xoshiro128(2024);
  const expected = new Int32Array(BINS);
  const data = Array.from({ length: workers }, () => {
    const values = new Uint8Array(PER_WORKER);
    for (let i = 0; i < PER_WORKER; i++) {
      const b = Math.floor(rng.nextDouble() * BINS);
      values[i] = b;
      expected[b]!++;
    }
    return values;
  });
  return { data, expected };
}

async function trials(ctx: CheckContext, name: string, fn: unknown, workers: number): Promise<{ result: CheckResult; ms: number[] }> {
  const { data, expected } = shards(workers);
  const ms: number[] = [];
  for (let t = 0; t < TRIALS; t++) {
    const shared = new SharedArrayBuffer(BINS * 4);
    const t0 = ctx.now();
    try {
      await ctx.runtime.runWorkers(fn as never, data.map((values) => [shared, values]));
    } catch (error) {
      return { result: fail(name, 'every worker finishes', `an error: ${ctx.describeError(error)}`), ms };
    }
    ms.push(ctx.now() - t0);
    const got = new Int32Array(shared);
    const total = got.reduce((a, b) => a + b, 0);
    const want = expected.reduce((a, b) => a + b, 0);
    if (got.some((c, b) => c !== expected[b])) {
      const lost = want - total;
      return {
        result: fail(
          `${name}: exact counts in every bin`,
          `${want} values counted, bins [${expected.join(', ')}]`,
          `${total} counted, bins [${got.join(', ')}]`,
          lost > 0 ? `${lost} updates were lost in trial ${t + 1} of ${TRIALS}: two workers read the same bin before either wrote it back (a race condition).` : undefined,
        ),
        ms,
      };
    }
  }
  return { result: pass(`${name}: exact counts in every bin`, `${workers} workers × ${PER_WORKER.toLocaleString('en')} values, ${TRIALS} trials, nothing lost`), ms };
}

/**
 * Calls `fn(shared, values)` on this thread with values behind a Proxy that, at every read,
 * notes whether the shared bins have already changed. A private histogram reads all values first.
 */
function writesSharedWhileCounting(fn: (...args: unknown[]) => unknown): { early: boolean; correct: boolean } {
  const values = Array.from({ length: 1000 }, (_, i) => (i * 5) % BINS);
  const shared = new SharedArrayBuffer(BINS * 4);
  const counts = new Int32Array(shared);
  let early = false;
  const watched = new Proxy(values, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key) && counts.some((c) => c !== 0)) early = true;
      return Reflect.get(target, key, receiver);
    },
  });
  fn(shared, watched);
  const correct = Array.from(counts).every((c, b) => c === values.filter((v) => v === b).length);
  return { early, correct };
}

export const checks: ExerciseChecks = async (ctx) => {
  const atomic = learnerFunction(ctx, 'countAtomic');
  const priv = learnerFunction(ctx, 'countPrivate');
  const results: CheckResult[] = [];
  if (!atomic.ok) results.push(atomic.result);
  if (!priv.ok) results.push(priv.result);
  if (!atomic.ok || !priv.ok) return results;
  const workers = Math.max(2, Math.min(ctx.cores, 4));

  const atomicSource = Function.prototype.toString.call(atomic.value);
  results.push(
    /Atomics\s*\.\s*(add|sub|compareExchange|exchange)\s*\(/.test(atomicSource)
      ? pass('countAtomic updates the bins with Atomics')
      : fail('countAtomic updates the bins with Atomics', 'Atomics.add (or another Atomics read-modify-write)', 'plain reads and writes of the shared bins', 'Plain `counts[b] = counts[b] + 1` can lose updates whenever two workers overlap, even if a test run happens to come out right.'),
  );
  const a = await trials(ctx, 'countAtomic', atomic.value, workers);
  results.push(a.result);

  let watched: { early: boolean; correct: boolean } | null = null;
  try {
    watched = writesSharedWhileCounting(priv.value);
  } catch (error) {
    results.push(fail('countPrivate counts privately', 'it runs on 1000 values', `an error: ${ctx.describeError(error)}`));
  }
  if (watched) {
    results.push(
      !watched.early && watched.correct
        ? pass('countPrivate counts privately, then merges', 'The shared bins stayed untouched until every value had been read.')
        : fail(
            'countPrivate counts privately, then merges',
            'shared bins untouched until all values are read, then the right totals',
            watched.early ? 'the shared bins changed while values were still being read' : 'wrong totals after the merge',
            'Count into a private array first; add to the shared bins only after the loop.',
          ),
    );
  }
  const privateSource = Function.prototype.toString.call(priv.value);
  if (!/Atomics\s*\.\s*(add|compareExchange)\s*\(/.test(privateSource)) {
    results.push(fail('countPrivate merges with Atomics.add', 'Atomics.add(counts, b, local[b]) once per bin', 'a plain write to the shared bins', 'Other workers merge at the same moment: the merge itself is a race unless it is atomic.'));
  }
  const p = await trials(ctx, 'countPrivate', priv.value, workers);
  results.push(p.result);

  if (a.result.ok && p.result.ok && a.ms.length > 0 && p.ms.length > 0) {
    const best = (xs: number[]) => Math.min(...xs);
    const ratio = best(a.ms) / best(p.ms);
    results.push({
      name: 'the private histogram is faster than Atomics in the loop',
      ok: ratio > 1,
      advisory: true,
      expected: 'private faster (no contention on the shared bins)',
      got: `${ratio.toFixed(1)}× faster`,
      detail: `Best of ${TRIALS} trials on ${workers} workers, including sending the values: Atomics.add per value ${best(a.ms).toFixed(0)} ms, private histograms ${best(p.ms).toFixed(0)} ms.`,
    });
  }
  return results;
};
