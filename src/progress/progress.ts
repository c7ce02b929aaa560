/**
 * The progress store of the app: one in-memory copy of the learner's progress, kept in
 * localStorage under {@link PROGRESS_KEY} and shared between tabs (the `storage` event).
 * Main thread only.
 *
 * This is the API other features use:
 * - {@link markExerciseSolved}`(lessonSlug, exerciseId)` when an exercise's checks pass;
 * - {@link markLessonComplete}`(slug, complete)` for the "Mark lesson complete" button;
 * - {@link recordVisit}`(slug, anchor?)` to remember where the learner left off;
 * - {@link resetProgress}`()` to forget everything;
 * - {@link exportProgressText}`()` / {@link importProgressText}`(text)` for the portable file
 *   (./progress-file.ts: progress and exercise drafts);
 * - {@link getProgress} / {@link subscribeProgress} to read it outside React; inside React use the
 *   hooks in ./useProgress.ts (`useProgress()`, `useLessonProgress(slug)`).
 *
 * If localStorage is unavailable (disabled, full, private mode) progress lives for the session
 * only; nothing throws. On the first write in a browser (the learner starts) the store asks the
 * browser to keep the site's storage ({@link requestPersistentStorage}).
 */
import { listDrafts, saveDrafts } from '../exercises/drafts.ts';
import { buildProgressFile, parseProgressFile, serializeProgressFile } from './progress-file.ts';
import {
  EMPTY_PROGRESS,
  mergeProgress,
  PROGRESS_KEY,
  addSolvedExercise,
  parseProgress,
  serializeProgress,
  setLastVisited,
  setLessonComplete,
  type Progress,
} from './progress-store.ts';

let persistenceRequested = false;

/**
 * Asks the browser to keep this site's storage under storage pressure
 * (`navigator.storage.persist()`), once per page. Without it any browser may evict localStorage
 * when the disk fills, and Safari deletes it after 7 days without a visit; Firefox asks the user,
 * Chromium decides by itself (an installed or bookmarked site is usually granted). A refusal changes
 * nothing else. Called on the first write of progress in a browser and on an import.
 */
export function requestPersistentStorage(): void {
  if (persistenceRequested) return;
  persistenceRequested = true;
  try {
    const storage = globalThis.navigator?.storage;
    if (typeof storage?.persist !== 'function') return;
    storage.persist().catch(() => undefined);
  } catch {
    // not offered here
  }
}

function hasStoredProgress(): boolean {
  try {
    return globalThis.localStorage?.getItem(PROGRESS_KEY) != null;
  } catch {
    return false;
  }
}

function readStorage(): Progress {
  try {
    return parseProgress(globalThis.localStorage?.getItem(PROGRESS_KEY));
  } catch {
    return EMPTY_PROGRESS;
  }
}

let current: Progress | null = null;
const listeners = new Set<() => void>();

function emit(): void {
  for (const l of listeners) l();
}

function update(change: (p: Progress) => Progress): void {
  const before = getProgress();
  const after = change(before);
  if (after === before) return;
  current = after;
  if (!persistenceRequested && !hasStoredProgress()) requestPersistentStorage();
  try {
    globalThis.localStorage?.setItem(PROGRESS_KEY, serializeProgress(after));
  } catch {
    // Storage full or disabled: keep the in-memory copy for this session.
  }
  emit();
}

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key === PROGRESS_KEY || e.key === null) {
      current = readStorage();
      emit();
    }
  });
}

/** The current progress (an immutable value; a new object after every change). */
export function getProgress(): Progress {
  current ??= readStorage();
  return current;
}

/**
 * Calls `listener` after every change of progress (in this tab or another).
 * @returns a function that unsubscribes
 */
export function subscribeProgress(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Records that the learner solved an exercise; solved exercises count toward the lesson's progress.
 * Call it when the exercise's checks pass. Solving it again is harmless.
 *
 * @param lessonSlug the lesson's URL slug, e.g. `integration` (not the folder name `03-integration`)
 * @param exerciseId the exercise's id: the name of its folder `lessons/NN-slug/exercises/<id>/`
 */
export function markExerciseSolved(lessonSlug: string, exerciseId: string): void {
  if (!lessonSlug || !exerciseId) return;
  update((p) => addSolvedExercise(p, lessonSlug, exerciseId));
}

/** Marks a lesson complete (`true`) or not (`false`). */
export function markLessonComplete(slug: string, complete = true): void {
  if (!slug) return;
  update((p) => setLessonComplete(p, slug, complete, Date.now()));
}

/**
 * Remembers where the learner is, for the home page's "Continue where you left off" link.
 * @param anchor id of the section being read, if any
 */
export function recordVisit(slug: string, anchor?: string): void {
  if (!slug) return;
  update((p) => setLastVisited(p, slug, anchor, Date.now()));
}

/** Forgets all progress (completed lessons, solved exercises, last visit). */
export function resetProgress(): void {
  update(() => EMPTY_PROGRESS);
  try {
    globalThis.localStorage?.removeItem(PROGRESS_KEY);
  } catch {
    // nothing stored
  }
}

/** The portable progress file's text: progress and every exercise draft (./progress-file.ts). */
export function exportProgressText(now = new Date()): string {
  return serializeProgressFile(buildProgressFile(getProgress(), listDrafts(), now));
}

/** Outcome of {@link importProgressText}. */
export type ImportResult = { ok: true; drafts: number } | { ok: false; message: string };

/**
 * Imports a progress file: its progress is added to this browser's (a lesson complete in either
 * stays complete, solved exercises are the union, the later last visit wins) and its drafts replace
 * this browser's drafts of the same exercises; other drafts are kept. A file that does not validate
 * changes nothing and gives a message naming what is wrong.
 */
export function importProgressText(text: string): ImportResult {
  const parsed = parseProgressFile(text);
  if (!parsed.ok) return parsed;
  requestPersistentStorage();
  update((p) => {
    const merged = mergeProgress(p, parsed.progress);
    return serializeProgress(merged) === serializeProgress(p) ? p : merged;
  });
  return { ok: true, drafts: saveDrafts(parsed.drafts) };
}
