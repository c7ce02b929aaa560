/**
 * The learner's progress as plain data: which lessons are marked complete, which exercises are
 * solved, and where the learner was last (lesson + section). Pure functions over an immutable
 * value, plus parsing and serialising for localStorage with a zod schema, so a broken or foreign
 * value in storage is ignored instead of breaking the page. Runs anywhere (main thread, Node tests).
 */
import { z } from 'zod';

/** localStorage key under which progress is kept. */
export const PROGRESS_KEY = 'parallel-lab:progress';

const slugLike = z.string().min(1).max(200);

const lessonProgressSchema = z
  .object({
    complete: z.boolean().describe('The learner pressed "Mark lesson complete".'),
    completedAt: z.number().optional().describe('When it was marked complete (ms since the epoch).'),
    solved: z.array(slugLike).describe('Ids of the exercises of this lesson whose checks passed.'),
  })
  .describe('Progress in one lesson.');

/** Zod schema of the stored progress value (version 1). */
export const progressSchema = z
  .object({
    version: z.literal(1).describe('Format version of the stored value.'),
    lessons: z.record(slugLike, lessonProgressSchema).describe('Progress per lesson, by lesson slug.'),
    last: z
      .object({
        slug: slugLike.describe('Slug of the last lesson visited.'),
        anchor: z.string().max(200).optional().describe('Id of the section last read in it, if any.'),
        at: z.number().describe('When (ms since the epoch).'),
      })
      .optional()
      .describe('Where the learner left off.'),
  })
  .describe('Parallel Lab progress, as kept in localStorage.');

/** The whole progress value. */
export type Progress = z.infer<typeof progressSchema>;
/** Progress in one lesson as stored. */
export type StoredLessonProgress = z.infer<typeof lessonProgressSchema>;

/** Progress of somebody who has not started. */
export const EMPTY_PROGRESS: Progress = Object.freeze({ version: 1, lessons: {} }) as Progress;

/**
 * Parses the stored string. Anything missing, not JSON, or not of our shape (a foreign or older
 * value) gives {@link EMPTY_PROGRESS}; never throws.
 */
export function parseProgress(raw: string | null | undefined): Progress {
  if (!raw) return EMPTY_PROGRESS;
  try {
    const parsed = progressSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : EMPTY_PROGRESS;
  } catch {
    return EMPTY_PROGRESS;
  }
}

/** Serialises progress for storage. */
export function serializeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}

function lessonEntry(progress: Progress, slug: string): StoredLessonProgress {
  return progress.lessons[slug] ?? { complete: false, solved: [] };
}

function withLesson(progress: Progress, slug: string, entry: StoredLessonProgress): Progress {
  return { ...progress, lessons: { ...progress.lessons, [slug]: entry } };
}

/**
 * Marks a lesson complete (or not).
 * @param now time stamp in ms since the epoch
 */
export function setLessonComplete(progress: Progress, slug: string, complete: boolean, now: number): Progress {
  const entry = lessonEntry(progress, slug);
  if (entry.complete === complete) return progress;
  const next: StoredLessonProgress = complete ? { ...entry, complete, completedAt: now } : { complete, solved: entry.solved };
  return withLesson(progress, slug, next);
}

/** Records an exercise of a lesson as solved; solving it again changes nothing. */
export function addSolvedExercise(progress: Progress, slug: string, exerciseId: string): Progress {
  const entry = lessonEntry(progress, slug);
  if (entry.solved.includes(exerciseId)) return progress;
  return withLesson(progress, slug, { ...entry, solved: [...entry.solved, exerciseId] });
}

/**
 * Records where the learner is: a lesson and, optionally, the id of the section being read.
 * @param now time stamp in ms since the epoch
 */
export function setLastVisited(progress: Progress, slug: string, anchor: string | undefined, now: number): Progress {
  if (progress.last && progress.last.slug === slug && progress.last.anchor === anchor) return progress;
  return { ...progress, last: anchor ? { slug, anchor, at: now } : { slug, at: now } };
}

/** Summary of one lesson's progress, as the UI shows it. */
export interface LessonProgressSummary {
  /** The lesson was marked complete. */
  complete: boolean;
  /** Ids of solved exercises that belong to the lesson (unknown ids are ignored). */
  solved: string[];
  /** Number of exercises the lesson has. */
  exerciseCount: number;
  /**
   * Fraction done, 0 to 1: marking the lesson complete counts as one step and each exercise as one
   * step, so a lesson with 2 exercises, complete with one solved, is 2/3 done.
   */
  fraction: number;
}

/**
 * Summarises a lesson's progress.
 * @param exerciseIds ids of the lesson's exercises (its `exercises/<id>/` folders); solved ids not
 *   in this list are not counted, so a renamed exercise cannot push progress past 100 %
 */
export function summarizeLesson(progress: Progress, slug: string, exerciseIds: readonly string[]): LessonProgressSummary {
  const entry = lessonEntry(progress, slug);
  const solved = entry.solved.filter((id) => exerciseIds.includes(id));
  const steps = 1 + exerciseIds.length;
  return { complete: entry.complete, solved, exerciseCount: exerciseIds.length, fraction: ((entry.complete ? 1 : 0) + solved.length) / steps };
}

/**
 * Summarises the whole course: lessons complete, and the mean of the lessons' fractions.
 * @param lessons slug and exercise ids of every lesson, in order
 */
export function summarizeCourse(
  progress: Progress,
  lessons: readonly { slug: string; exerciseIds: readonly string[] }[],
): { completeLessons: number; totalLessons: number; fraction: number } {
  if (lessons.length === 0) return { completeLessons: 0, totalLessons: 0, fraction: 0 };
  let complete = 0;
  let sum = 0;
  for (const l of lessons) {
    const s = summarizeLesson(progress, l.slug, l.exerciseIds);
    if (s.complete) complete++;
    sum += s.fraction;
  }
  return { completeLessons: complete, totalLessons: lessons.length, fraction: sum / lessons.length };
}
