/**
 * The metadata of an exercise: `lessons/NN-slug/exercises/<id>/exercise.json`, validated by a zod
 * schema in which every field is described. Checked by `npm run check:lessons`
 * (scripts/check-exercises.ts) and again when the page loads an exercise. Pure: any thread, Node.
 *
 * The other files of an exercise folder: `starter.js` (what the editor starts with),
 * `solution.js` (a model answer), `checks.ts` (exports `checks`, an ExerciseChecks function).
 */
import { z } from 'zod';
import { IDENTIFIER } from './learner-code.ts';

const text = z.string().trim().min(1, 'must not be empty');

/** Zod schema of `exercise.json`. */
export const exerciseMetaSchema = z
  .object({
    title: text.max(120).describe('Exercise title shown as its heading, e.g. "Fill in the row bounds".'),
    order: z.number().int().min(1).max(99).describe('Position among the exercises of the same lesson (1 first).'),
    prompt: text.describe('The task, in Markdown (paragraphs, lists, `code`, **bold**, *italic*, links, fenced code).'),
    hints: z.array(text).min(1).max(8).describe('Hints revealed one at a time, gentlest first, in Markdown.'),
    timeLimitMs: z
      .number()
      .int()
      .min(500)
      .max(120_000)
      .describe('Wall-time limit of one Run or Check in ms; the learner worker is terminated when it is exceeded.'),
    exports: z
      .array(z.string().regex(IDENTIFIER, 'must be a JavaScript identifier'))
      .min(1)
      .describe('Names of the functions the learner defines and the checks call, e.g. ["rowBounds"].'),
  })
  .strict()
  .describe('Metadata of one exercise beside a lesson.');

/** An exercise's validated metadata. */
export type ExerciseMeta = z.infer<typeof exerciseMetaSchema>;

/** Folder names of exercises: lowercase words joined by dashes. */
export const EXERCISE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Validates raw exercise metadata.
 *
 * @param file path shown in the messages
 * @returns the metadata, or one message per problem ("file: field: problem")
 */
export function validateExerciseMeta(file: string, raw: unknown): { ok: true; value: ExerciseMeta } | { ok: false; errors: string[] } {
  const parsed = exerciseMetaSchema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, errors: parsed.error.issues.map((i) => `${file}: ${i.path.join('.') || '(root)'}: ${i.message}`) };
}
