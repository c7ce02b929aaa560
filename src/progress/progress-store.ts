/**
 * The learner's progress as plain data: which lessons are marked complete, which exercises are
 * solved, and where the learner was last (lesson + section). Pure functions over an immutable
 * value, plus parsing and serialising for localStorage with a zod schema, so a broken or foreign
 * value in storage is ignored instead of breaking the page. Runs anywhere (main thread, Node tests).
 */
import { z } from 'zod';
import { LESSON_REDIRECTS } from '../../lessons/redirects.ts';

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

/** The format version this app writes; older versions are migrated on reading ({@link decodeProgress}). */
export const PROGRESS_VERSION = 2;

const progressFields = {
  lessons: z.record(slugLike, lessonProgressSchema).describe('Progress per lesson, by lesson slug.'),
  last: z
    .object({
      slug: slugLike.describe('Slug of the last lesson visited.'),
      anchor: z.string().max(200).optional().describe('Id of the section last read in it, if any.'),
      at: z.number().describe('When (ms since the epoch).'),
    })
    .optional()
    .describe('Where the learner left off.'),
};

/**
 * Zod schema of the stored progress value (version 2). Version 2 has the shape of version 1; what
 * changed is the meaning of lesson slugs: from version 2 on, no slug of lessons/redirects.ts (such
 * as `message-passing`, split into `point-to-point` and `collectives`) appears in it.
 */
export const progressSchema = z
  .object({ version: z.literal(PROGRESS_VERSION).describe('Format version of the stored value.'), ...progressFields })
  .describe('Parallel Lab progress, as kept in localStorage.');

/** Zod schema of version 1 (before lesson 08 "Message passing" was split). */
export const progressSchemaV1 = z
  .object({ version: z.literal(1).describe('Format version of the stored value.'), ...progressFields })
  .describe('Parallel Lab progress, version 1.');

/** The whole progress value. */
export type Progress = z.infer<typeof progressSchema>;
/** Progress in one lesson as stored. */
export type StoredLessonProgress = z.infer<typeof lessonProgressSchema>;

/** Progress of somebody who has not started. */
export const EMPTY_PROGRESS: Progress = Object.freeze({ version: PROGRESS_VERSION, lessons: {} }) as Progress;

/**
 * Exercises that moved to another lesson when a lesson was split: old lesson slug → exercise id →
 * new lesson slug. (`faded-acf` was in 08 "Message passing" and is now in 09 "Collectives".)
 */
export const MOVED_EXERCISES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'message-passing': { 'faded-acf': 'collectives' },
};

/**
 * Migrates version 1 to version 2: progress kept under a lesson slug that was split or renamed
 * (lessons/redirects.ts) is mapped to the new lessons.
 * - "Marked complete" is not carried over: the old lesson is not either new lesson, so neither is
 *   marked complete (the learner marks them after reading them).
 * - Solved exercises follow their exercise ({@link MOVED_EXERCISES}); unknown ids are dropped.
 * - The last visit goes where the old address redirects: the section's new place when the
 *   section is listed, the lesson that took the old one's place (no section) otherwise.
 */
export function migrateV1(v1: z.infer<typeof progressSchemaV1>): Progress {
  // A Map, so that a slug such as `__proto__` is data like any other.
  const lessons = new Map(Object.entries(v1.lessons).filter(([slug]) => !Object.hasOwn(LESSON_REDIRECTS, slug)));
  for (const [slug, entry] of Object.entries(v1.lessons)) {
    if (!Object.hasOwn(LESSON_REDIRECTS, slug)) continue;
    const moves = Object.hasOwn(MOVED_EXERCISES, slug) ? MOVED_EXERCISES[slug]! : {};
    for (const id of entry.solved) {
      const to = Object.hasOwn(moves, id) ? moves[id] : undefined;
      if (!to) continue;
      const target = lessons.get(to) ?? { complete: false, solved: [] };
      if (!target.solved.includes(id)) lessons.set(to, { ...target, solved: [...target.solved, id] });
    }
  }
  const progress: Progress = { version: PROGRESS_VERSION, lessons: Object.fromEntries(lessons) };
  const last = v1.last;
  if (!last) return progress;
  if (!Object.hasOwn(LESSON_REDIRECTS, last.slug)) return { ...progress, last };
  const redirect = LESSON_REDIRECTS[last.slug]!;
  const moved = last.anchor && Object.hasOwn(redirect.sections, last.anchor) ? redirect.sections[last.anchor]! : undefined;
  const [slug = redirect.lesson, anchor] = moved ? moved.split('#', 2) : [redirect.lesson];
  return { ...progress, last: anchor ? { slug, anchor, at: last.at } : { slug, at: last.at } };
}

/** Outcome of {@link decodeProgress}: the value (migrated to the current version) or what is wrong. */
export type DecodedProgress = { ok: true; progress: Progress } | { ok: false; problems: string[] };

/**
 * Validates a parsed value as progress of any known version and migrates it to the current one.
 * @param where name of the value in problem messages (e.g. `progress` in an imported file)
 * @returns the progress, or at most 5 problems each naming the field at fault
 */
export function decodeProgress(value: unknown, where = 'progress'): DecodedProgress {
  const version = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as { version?: unknown }).version : undefined;
  if (typeof version === 'number' && version > PROGRESS_VERSION) {
    return { ok: false, problems: [`${where}.version: ${version} was written by a newer Parallel Lab (this one reads versions 1 to ${PROGRESS_VERSION})`] };
  }
  if (version === 1) {
    const v1 = progressSchemaV1.safeParse(value);
    return v1.success ? { ok: true, progress: migrateV1(v1.data) } : { ok: false, problems: describeIssues(v1.error, where) };
  }
  const parsed = progressSchema.safeParse(value);
  return parsed.success ? { ok: true, progress: parsed.data } : { ok: false, problems: describeIssues(parsed.error, where) };
}

/** Zod issues as short "path: message" lines (at most `max`). */
export function describeIssues(error: z.ZodError, where: string, max = 5): string[] {
  const lines = error.issues.slice(0, max).map((issue) => {
    const path = [where, ...issue.path.map(String)].filter(Boolean).join('.');
    const inner = issue.code === 'invalid_key' ? issue.issues[0]?.message : undefined;
    return `${path || 'file'}: ${inner ? `invalid name, ${inner}` : issue.message}`;
  });
  if (error.issues.length > max) lines.push(`… and ${error.issues.length - max} more`);
  return lines;
}

/**
 * Parses the stored string. Anything missing, not JSON, or not of our shape (a foreign value)
 * gives {@link EMPTY_PROGRESS}; version 1 is migrated; never throws.
 */
export function parseProgress(raw: string | null | undefined): Progress {
  if (!raw) return EMPTY_PROGRESS;
  try {
    const decoded = decodeProgress(JSON.parse(raw));
    return decoded.ok ? decoded.progress : EMPTY_PROGRESS;
  } catch {
    return EMPTY_PROGRESS;
  }
}

/**
 * Adds `incoming` to `progress` (an import): a lesson is complete if it is complete in either
 * (the earlier completion time is kept), solved exercises are the union, and the later of the two
 * last visits wins. Nothing in `progress` is lost.
 */
export function mergeProgress(progress: Progress, incoming: Progress): Progress {
  const lessons = new Map(Object.entries(progress.lessons));
  for (const [slug, theirs] of Object.entries(incoming.lessons)) {
    const ours = lessons.get(slug);
    if (!ours) {
      lessons.set(slug, theirs);
      continue;
    }
    const solved = [...ours.solved, ...theirs.solved.filter((id) => !ours.solved.includes(id))];
    const complete = ours.complete || theirs.complete;
    const times = [ours.complete ? ours.completedAt : undefined, theirs.complete ? theirs.completedAt : undefined].filter((t): t is number => t !== undefined);
    lessons.set(slug, complete && times.length > 0 ? { complete, completedAt: Math.min(...times), solved } : { complete, solved });
  }
  const last = !progress.last ? incoming.last : !incoming.last ? progress.last : incoming.last.at > progress.last.at ? incoming.last : progress.last;
  const merged: Progress = { version: PROGRESS_VERSION, lessons: Object.fromEntries(lessons) };
  return last ? { ...merged, last } : merged;
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
