/**
 * React hooks over the progress store (./progress.ts). Main thread.
 */
import { useSyncExternalStore } from 'react';
import { findLesson } from '../lessons/registry.ts';
import { getProgress, subscribeProgress } from './progress.ts';
import { summarizeLesson, type LessonProgressSummary, type Progress } from './progress-store.ts';

/** The whole progress value; re-renders on every change. */
export function useProgress(): Progress {
  return useSyncExternalStore(subscribeProgress, getProgress, getProgress);
}

/**
 * Progress in one lesson: whether it is marked complete, which of its exercises are solved, and the
 * fraction done (completion and each exercise count one step each). Re-renders on change.
 *
 * @param slug the lesson's URL slug, e.g. `integration`
 */
export function useLessonProgress(slug: string): LessonProgressSummary {
  const progress = useProgress();
  return summarizeLesson(progress, slug, findLesson(slug)?.exerciseIds ?? []);
}

/**
 * Whether exercise `id` of lesson `slug` is solved. Re-renders only when that answer changes, not
 * on every change of the progress (a visit is recorded each time a section scrolls into view, and
 * every exercise card of a long lesson re-rendering then was one long main-thread task: issue 18).
 * Main thread (React).
 */
export function useExerciseSolved(slug: string, id: string): boolean {
  const solved = (): boolean => getProgress().lessons[slug]?.solved.includes(id) ?? false;
  return useSyncExternalStore(subscribeProgress, solved, solved);
}
