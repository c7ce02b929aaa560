/**
 * The frontmatter schema of a lesson (`lessons/NN-slug/index.mdx`). Validated at build time by the
 * lessons Vite plugin and by `npm run check:lessons`; an invalid lesson fails with the file and the
 * field named. Pure: runs in Node and in the browser.
 */
import { z } from 'zod';
import { COURSE_IDS } from './courses.ts';

const sentence = z.string().trim().min(1, 'must not be empty');

/** Zod schema of a lesson's frontmatter. Every field has a description. */
export const lessonFrontmatterSchema = z
  .object({
    title: sentence.describe('Lesson title shown in the sidebar, the page heading and the browser tab.'),
    summary: sentence.describe('One or two sentences for the home page and search results.'),
    questions: z.array(sentence).min(1).describe('Questions the lesson answers, shown in the opening box.'),
    objectives: z.array(sentence).min(1).describe('What the learner will be able to do afterwards.'),
    keypoints: z.array(sentence).min(1).describe('The points to remember, shown in the closing box.'),
    teaching: z.number().int().min(0).max(240).describe('Minutes of teaching, as in the course schedules.'),
    exercises: z.number().int().min(0).max(240).describe('Minutes of hands-on exercises.'),
    sources: z.array(z.enum(COURSE_IDS)).min(1).describe('Identifiers of the source courses this lesson draws on (see courses.ts).'),
  })
  .strict()
  .describe('Frontmatter of a Parallel Lab lesson.');

/** A lesson's validated frontmatter. */
export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

/** A heading inside a lesson, with the stable id rehype-slug gives it. */
export interface LessonHeading {
  depth: 2 | 3;
  text: string;
  id: string;
}

/** Everything the app knows about a lesson without loading its content. */
export interface LessonMeta extends LessonFrontmatter {
  /** Two-digit order prefix of the folder, e.g. 1 for `01-integration`. */
  order: number;
  /** URL slug: the folder name without its number, e.g. `integration`. */
  slug: string;
  /** Folder name, e.g. `01-integration`. */
  dir: string;
  /** Level-2 and level-3 headings in order. */
  headings: LessonHeading[];
  /** Ids of the lesson's exercises: the folder names under `lessons/NN-slug/exercises/`, sorted. */
  exerciseIds: string[];
}

/** The folder name pattern of a lesson: two digits, a dash, a lowercase slug. */
export const LESSON_DIR_PATTERN = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/**
 * Validates raw frontmatter and turns problems into one readable message per field.
 *
 * @param file path shown in the messages
 * @returns the frontmatter, or the messages ("file: field: problem")
 */
export function validateFrontmatter(
  file: string,
  raw: unknown,
): { ok: true; value: LessonFrontmatter } | { ok: false; errors: string[] } {
  const parsed = lessonFrontmatterSchema.safeParse(raw ?? {});
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => `${file}: ${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`),
  };
}
