/**
 * Lazy loaders of every exercise's checks (`lessons/NN-slug/exercises/<id>/checks.ts`), keyed by
 * `<lessonDir>/<id>`. Imported by the learner worker and the Node tests, never by the page, so
 * check code (and the reference answers in it) stays out of the main bundle.
 */
import type { ExerciseChecks } from './types.ts';

const loaders = import.meta.glob<{ checks: ExerciseChecks }>('../../lessons/*/exercises/*/checks.ts');

/** Keys `<lessonDir>/<id>` of every exercise with checks. */
export function checkKeys(): string[] {
  return Object.keys(loaders).map((p) => p.replace(/^\.\.\/\.\.\/lessons\//, '').replace(/\/exercises\//, '/').replace(/\/checks\.ts$/, ''));
}

/**
 * Loads the checks of one exercise.
 * @throws Error when the exercise has no checks.ts or it does not export `checks`
 */
export async function loadChecks(lessonDir: string, id: string): Promise<ExerciseChecks> {
  const load = loaders[`../../lessons/${lessonDir}/exercises/${id}/checks.ts`];
  if (!load) throw new Error(`no checks for exercise ${lessonDir}/${id}`);
  const mod = await load();
  if (typeof mod.checks !== 'function') throw new Error(`lessons/${lessonDir}/exercises/${id}/checks.ts does not export checks`);
  return mod.checks;
}
