/**
 * The exercises in this build, found beside the lessons with import.meta.glob:
 * metadata eagerly (small; validated on first use, so that the catalog costs nothing while the
 * app starts: issue 18), starter and solution code lazily (loaded when an exercise is shown or
 * its solution revealed). The checks are not here: only the learner worker
 * loads them (checks-registry.ts). Main thread and Node tests.
 */
import type { Root } from 'hast';
import { EXERCISE_ID_PATTERN, validateExerciseMeta, type ExerciseMeta } from './schema.ts';

/** An exercise's prompt and hints as hast trees (Markdown rendered at build time). */
export interface RenderedExerciseText {
  prompt: Root;
  hints: Root[];
}

const metas = import.meta.glob<unknown>('../../lessons/*/exercises/*/exercise.json', { eager: true, import: 'default' });
const starters = import.meta.glob<string>('../../lessons/*/exercises/*/starter.js', { query: '?raw', import: 'default' });
const solutions = import.meta.glob<string>('../../lessons/*/exercises/*/solution.js', { query: '?raw', import: 'default' });
// Prompt and hints rendered at build time (scripts/exercise-markdown-plugin.ts), loaded with the card.
const texts = import.meta.glob<RenderedExerciseText>('../../lessons/*/exercises/*/exercise.json', { query: '?markdown', import: 'default' });

/** One exercise of the catalog. */
export interface ExerciseEntry {
  /** Lesson folder, e.g. `03-integration`. */
  lessonDir: string;
  /** Lesson URL slug, e.g. `integration`. */
  lessonSlug: string;
  /** Exercise folder name, e.g. `row-bounds`. */
  id: string;
  /** Validated metadata, or null and the validation messages (validated on first read). */
  meta: ExerciseMeta | null;
  errors: string[];
  loadStarter: () => Promise<string>;
  loadSolution: () => Promise<string>;
  /** The prompt and hints, rendered (math, highlighted code). */
  loadText: () => Promise<RenderedExerciseText>;
}

const PATH = /^\.\.\/\.\.\/lessons\/([^/]+)\/exercises\/([^/]+)\/exercise\.json$/;

function missing<T = string>(file: string): () => Promise<T> {
  return () => Promise.reject(new Error(`${file} is missing`));
}

/** The `order` field of raw metadata, for sorting before (and without) validation. */
function rawOrder(raw: unknown): number {
  const order = (raw as { order?: unknown } | null)?.order;
  return typeof order === 'number' && Number.isFinite(order) ? order : 99;
}

/** Validates `raw` on the first read of `meta` or `errors`, then keeps the outcome. */
function lazyValidation(file: string, id: string, raw: unknown): Pick<ExerciseEntry, 'meta' | 'errors'> {
  let outcome: { meta: ExerciseMeta | null; errors: string[] } | null = null;
  const validate = () => {
    if (outcome) return outcome;
    const checked = validateExerciseMeta(file, raw);
    const errors = checked.ok ? [] : checked.errors;
    if (!EXERCISE_ID_PATTERN.test(id)) errors.push(`exercise folder "${id}" must be lowercase words joined by dashes`);
    outcome = { meta: checked.ok ? checked.value : null, errors };
    return outcome;
  };
  return {
    get meta() {
      return validate().meta;
    },
    get errors() {
      return validate().errors;
    },
  };
}

/**
 * Orders two folder names (lowercase ASCII) by their code units. Not `localeCompare`: its first
 * call builds the locale's collator, 10–15 ms while the app starts (issue 18).
 */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every exercise, grouped by lesson order then exercise order. */
export const exercises: readonly ExerciseEntry[] = Object.entries(metas)
  .map(([path, raw]): (ExerciseEntry & { order: number }) | null => {
    const m = PATH.exec(path);
    if (!m) return null;
    const [, lessonDir = '', id = ''] = m;
    const base = `../../lessons/${lessonDir}/exercises/${id}`;
    return Object.assign(lazyValidation(`lessons/${lessonDir}/exercises/${id}/exercise.json`, id, raw), {
      lessonDir,
      lessonSlug: lessonDir.replace(/^\d{2}-/, ''),
      id,
      order: rawOrder(raw),
      loadStarter: starters[`${base}/starter.js`] ?? missing(`${base}/starter.js`),
      loadSolution: solutions[`${base}/solution.js`] ?? missing(`${base}/solution.js`),
      loadText: texts[`${base}/exercise.json`] ?? missing<RenderedExerciseText>(`${base}/exercise.json`),
    });
  })
  .filter((e): e is ExerciseEntry & { order: number } => e !== null)
  .sort((a, b) => byCodeUnits(a.lessonDir, b.lessonDir) || a.order - b.order || byCodeUnits(a.id, b.id));

/** The exercises of one lesson folder, in order. */
export function exercisesOf(lessonDir: string): ExerciseEntry[] {
  return exercises.filter((e) => e.lessonDir === lessonDir);
}
