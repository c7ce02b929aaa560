/**
 * Checks of "Pick the fastest core count from your own measurements" (lesson 06, after the HPC2N
 * course's core-count exercise): fastestCount against tables where the median, the mean, the
 * minimum and "the most workers" give different answers; timeWithWorkers against the block
 * integral of src/kernels (same blocks, same order of addition) with its tasks sent to workers;
 * then a real sweep on this machine (warm-up, 3 repeats per count, medians), reported with the
 * count the learner's function picks and an advisory speedup check.
 */
import { attempt, expectEqual, fail, learnerFunction, pass, speedCheck } from '../../../../src/exercises/check-helpers.ts';
import { integrate2d } from '../../../../src/kernels/integrate2d.ts';
import { median, summarize } from '../../../../src/measure/stats.ts';
import type { CheckResult, ExerciseChecks } from '../../../../src/exercises/types.ts';

/** Tables with one right answer each: [name, counts, runs, expected]. */
const TABLES: [string, number[], number[][], number][] = [
  // Median says 4; the mean says 8 (one slow run at 4); the minimum says 2 (one lucky run at 2); "most workers" says 12.
  ['one slow run must not decide', [1, 2, 4, 8, 12], [[100, 101, 99], [5, 60, 61], [30, 31, 200], [40, 40, 40], [90, 95, 92]], 4],
  ['the course\'s counts, time stops falling at 8', [1, 2, 4, 8, 12, 14], [[800, 810], [410, 420], [220, 215], [130, 128], [140, 150], [160, 150]], 8],
  ['a tie goes to fewer workers', [1, 2, 4], [[50, 52, 51], [30, 31, 29], [29, 30, 31]], 2],
  ['one worker can be fastest', [1, 2], [[10, 11, 10], [12, 12, 13]], 1],
];

const N_CHECK = 600;
const N_SWEEP = 3000;

export const checks: ExerciseChecks = async (ctx) => {
  const fc = learnerFunction(ctx, 'fastestCount');
  const tw = learnerFunction(ctx, 'timeWithWorkers');
  const results: CheckResult[] = [];
  if (!fc.ok) results.push(fc.result);
  if (!tw.ok) results.push(tw.result);
  if (!fc.ok || !tw.ok) return results;

  for (const [name, counts, runs, expected] of TABLES) {
    const r = await attempt(ctx, `fastestCount: ${name}`, String(expected), () => fc.value(counts, runs));
    results.push(r.ok ? expectEqual(`fastestCount: ${name}`, expected, r.value, `medians ${runs.map((x) => median(x)).join(', ')} ms for ${counts.join(', ')} workers`) : r.result);
  }

  for (const p of [1, 2, 3]) {
    const name = `timeWithWorkers(${N_CHECK}, ${p})`;
    const before = ctx.runtime.stats().tasks;
    const r = await attempt(ctx, name, '{ ms, value }', () => tw.value(N_CHECK, p));
    if (!r.ok) {
      results.push(r.result);
      break;
    }
    const tasks = ctx.runtime.stats().tasks - before;
    const got = r.value as { ms?: unknown; value?: unknown } | null;
    const reference = integrate2d(N_CHECK, p);
    if (!got || typeof got.ms !== 'number' || !(got.ms >= 0) || typeof got.value !== 'number') {
      results.push(fail(name, '{ ms, value } with two numbers', JSON.stringify(got)));
      break;
    }
    if (tasks < p) {
      results.push(fail(`${name} integrates ${p} blocks on workers`, `${p} tasks sent to workers`, `${tasks}`));
      break;
    }
    results.push(
      Math.abs(got.value - reference) <= 1e-15
        ? pass(`${name} integrates ${p} block${p === 1 ? '' : 's'} on workers`, `value ${got.value.toExponential(6)}, as the kernel's ${p}-block sum`)
        : fail(`${name} gives the ${p}-block integral`, reference.toExponential(6), got.value.toExponential(6), 'Same blocks, partial sums added in rank order, give the same last digits.'),
    );
  }
  if (results.some((r) => !r.ok)) return results;

  // The sweep on this machine: warm-up, three repeats per count.
  const counts = [1, 2, 4, 8].filter((p, i) => i === 0 || p <= Math.max(4, 2 * ctx.cores));
  const runs: number[][] = [];
  for (const p of counts) {
    await tw.value(N_SWEEP, p);
    const ms: number[] = [];
    for (let r = 0; r < 3; r++) ms.push(((await tw.value(N_SWEEP, p)) as { ms: number }).ms);
    runs.push(ms);
  }
  const medians = runs.map((x) => median(x));
  let best = 0;
  for (let i = 1; i < counts.length; i++) if (medians[i]! < medians[best]!) best = i;
  const picked = await attempt(ctx, 'fastestCount on your measurements', String(counts[best]), () => fc.value(counts, runs));
  if (!picked.ok) return [...results, picked.result];
  const table = counts.map((p, i) => `${p}: ${medians[i]!.toFixed(0)} ms`).join(', ');
  results.push(
    picked.value === counts[best]
      ? pass('fastestCount on your measurements', `Medians on this machine (n = ${N_SWEEP}): ${table}. Fastest: ${counts[best]} worker${counts[best] === 1 ? '' : 's'}, with ${ctx.cores} cores reported.`)
      : fail('fastestCount on your measurements', String(counts[best]), String(picked.value), `Medians: ${table}.`),
  );
  const p = Math.min(ctx.cores, counts[counts.length - 1]!);
  const iP = counts.indexOf(p);
  if (iP > 0) results.push(speedCheck(`speedup with ${p} workers`, summarize(runs[0]!), summarize(runs[iP]!), p, ctx.cores));
  return results;
};
