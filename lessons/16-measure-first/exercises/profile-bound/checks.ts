/**
 * Checks of "Time the stages, find the hot one, bound the speedup" (lesson 16): timeStages against
 * stages that keep the core busy for known times (20, 5 and 40 ms, in that order, each timed here
 * too), hotStage and amdahlBound against tables with one right answer each (ties, nothing serial,
 * everything serial), and the bound against src/measure/amdahl.ts.
 */
import { attempt, expectClose, expectEqual, fail, learnerFunction, pass, show } from '../../../../src/exercises/check-helpers.ts';
import { amdahlSpeedup } from '../../../../src/measure/amdahl.ts';
import type { CheckResult, ExerciseChecks } from '../../../../src/exercises/types.ts';

type Times = { name: string; ms: number }[];

/** [name, times, hot stage]. */
const HOT: [string, Times, string][] = [
  ['the largest is last', [{ name: 'read', ms: 3 }, { name: 'solve', ms: 9 }, { name: 'plot', ms: 12 }], 'plot'],
  ['the largest is in the middle', [{ name: 'generate', ms: 20 }, { name: 'integrate', ms: 70 }, { name: 'write', ms: 10 }], 'integrate'],
  ['a tie goes to the first', [{ name: 'a', ms: 5 }, { name: 'b', ms: 8 }, { name: 'c', ms: 8 }], 'b'],
];

/** [name, times, parallel stages, p]. */
const BOUNDS: [string, Times, string[], number][] = [
  ['20 % serial on 4 workers', [{ name: 'generate', ms: 10 }, { name: 'sort', ms: 15 }, { name: 'integrate', ms: 70 }, { name: 'write', ms: 5 }], ['generate', 'integrate'], 4],
  ['the hot stage is serial', [{ name: 'read', ms: 80 }, { name: 'solve', ms: 20 }], ['solve'], 8],
  ['nothing serial gives p', [{ name: 'x', ms: 3 }, { name: 'y', ms: 7 }], ['x', 'y'], 6],
  ['everything serial gives 1', [{ name: 'x', ms: 3 }, { name: 'y', ms: 7 }], [], 16],
];

/** A stage that keeps the core busy for `ms` milliseconds (a spin on the clock, so its time is known). */
function busy(ms: number): () => void {
  return () => {
    const end = performance.now() + ms;
    while (performance.now() < end) {
      /* spin */
    }
  };
}

export const checks: ExerciseChecks = async (ctx) => {
  const fns = ['timeStages', 'hotStage', 'amdahlBound'].map((name) => learnerFunction(ctx, name));
  const missing = fns.filter((f) => !f.ok).map((f) => (f.ok ? null : f.result)).filter((r): r is CheckResult => r !== null);
  if (missing.length > 0) return missing;
  const [ts, hot, bound] = fns.map((f) => (f.ok ? f.value : () => undefined)) as [(...a: unknown[]) => unknown, (...a: unknown[]) => unknown, (...a: unknown[]) => unknown];
  const results: CheckResult[] = [];

  const known = [20, 5, 40];
  const r = await attempt(ctx, 'timeStages times three busy stages', '[{ name, ms }, …]', () => ts(known.map((ms, i) => ({ name: `stage${i + 1}`, run: busy(ms) }))));
  if (!r.ok) results.push(r.result);
  else {
    const got = r.value as Times | null;
    if (!Array.isArray(got) || got.length !== 3 || got.some((t, i) => t?.name !== `stage${i + 1}` || typeof t.ms !== 'number')) {
      results.push(fail('timeStages returns one { name, ms } per stage, in order', 'stage1, stage2, stage3 with their ms', show(got)));
    } else {
      const ok = got.every((t, i) => t.ms >= known[i]! - 0.5 && t.ms <= known[i]! + 15);
      results.push(
        ok
          ? pass('timeStages times three busy stages', `measured ${got.map((t) => `${t.ms.toFixed(1)} ms`).join(', ')} for stages of ${known.join(', ')} ms`)
          : fail('timeStages times three busy stages', `about ${known.join(', ')} ms`, got.map((t) => `${t.ms.toFixed(1)} ms`).join(', '), 'Read performance.now() just before and just after each run().'),
      );
    }
  }

  for (const [name, times, expected] of HOT) {
    const h = await attempt(ctx, `hotStage: ${name}`, show(expected), () => hot(times));
    results.push(h.ok ? expectEqual(`hotStage: ${name}`, expected, h.value) : h.result);
  }

  for (const [name, times, parallel, p] of BOUNDS) {
    const total = times.reduce((a, t) => a + t.ms, 0);
    const s = times.filter((t) => !parallel.includes(t.name)).reduce((a, t) => a + t.ms, 0) / total;
    const expected = amdahlSpeedup(s, p);
    const b = await attempt(ctx, `amdahlBound: ${name}`, expected.toFixed(4), () => bound(times, parallel, p));
    results.push(b.ok ? expectClose(`amdahlBound: ${name}`, expected, b.value, 1e-9, `s = ${(100 * s).toFixed(0)} %, p = ${p}`) : b.result);
  }
  return results;
};
