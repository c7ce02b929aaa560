/**
 * Checks of "Collate the parts in rank order" (lesson 14, ADACS sky_sim_mpi): the learner's
 * `partName` must give names that sort in rank order (for 12 and 101 ranks too), and `collate`
 * must join exactly the parts of ranks 0 .. size-1 in rank order from a folder that also holds a
 * leftover part of an earlier, larger run and the old catalogue. The parts are real parts of the
 * lesson's catalogue (src/mpi/patterns/sky-files.ts), checked line by line.
 */
import { attempt, fail, learnerFunction, pass, show } from '../../../../src/exercises/check-helpers.ts';
import { checkCatalogue, partText } from '../../../../src/mpi/patterns/sky-files.ts';
import type { CheckResult, ExerciseChecks } from '../../../../src/exercises/types.ts';

const OUTFILE = 'catalog_mpi.csv';
const STARS = 2020;

export const checks: ExerciseChecks = async (ctx) => {
  const nameFn = learnerFunction(ctx, 'partName');
  if (!nameFn.ok) return [nameFn.result];
  const collateFn = learnerFunction(ctx, 'collate');
  if (!collateFn.ok) return [collateFn.result];
  const results: CheckResult[] = [];

  for (const size of [12, 101]) {
    const name = `part names sort in rank order on ${size} ranks`;
    const got = await attempt(ctx, name, 'names', () => Array.from({ length: size }, (_, r) => nameFn.value(OUTFILE, r)));
    if (!got.ok) return [got.result];
    const names = got.value as unknown[];
    if (!names.every((n) => typeof n === 'string' && n.startsWith(`${OUTFILE}_part`))) {
      results.push(fail(name, `strings starting "${OUTFILE}_part"`, show(names.slice(0, 3))));
      continue;
    }
    const sorted = [...(names as string[])].sort();
    const wrong = sorted.findIndex((n, i) => n !== names[i]);
    results.push(wrong < 0 ? pass(name) : fail(name, `position ${wrong} after sorting holds rank ${wrong}'s ${show(names[wrong])}`, show(sorted[wrong]), 'Names compare character by character: pad the rank with zeros.'));
  }

  for (const size of [1, 4, 12, 101]) {
    const name = `collate on ${size} rank${size === 1 ? '' : 's'}, with a leftover part and the old catalogue in the folder`;
    const files: Record<string, string> = {};
    for (let r = 0; r < size; r++) files[nameFn.value(OUTFILE, r) as string] = partText(STARS, size, r).text;
    files[nameFn.value(OUTFILE, size) as string] = 'a part of an earlier run on more ranks\n';
    files[OUTFILE] = 'the catalogue of an earlier run\n';
    const got = await attempt(ctx, name, 'the catalogue', () => collateFn.value(files, OUTFILE, size));
    if (!got.ok) {
      results.push(got.result);
      continue;
    }
    if (typeof got.value !== 'string') {
      results.push(fail(name, 'the catalogue as one string', show(got.value)));
      continue;
    }
    const check = checkCatalogue(got.value, STARS);
    results.push(check.ok ? pass(name, `${check.lines} lines, ids in order`) : fail(name, `${STARS + 1} lines, ids 0 to ${STARS - 1} in order`, check.problem ?? 'something else'));
  }
  return results;
};
