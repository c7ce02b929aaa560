/**
 * The learner's drafts: the editor's text per exercise, kept in localStorage so it survives a
 * reload. If storage is unavailable (private mode, full, disabled) drafts live for the session
 * only; nothing throws. Main thread.
 */

/** localStorage key prefix of drafts; the key is `${DRAFT_PREFIX}<lessonDir>/<id>`. */
export const DRAFT_PREFIX = 'parallel-lab:exercise-draft:';

const memory = new Map<string, string>();

function key(lessonDir: string, id: string): string {
  return `${DRAFT_PREFIX}${lessonDir}/${id}`;
}

/** The saved draft of an exercise, or null when there is none. */
export function loadDraft(lessonDir: string, id: string): string | null {
  const k = key(lessonDir, id);
  try {
    const stored = globalThis.localStorage?.getItem(k);
    if (typeof stored === 'string') return stored;
  } catch {
    // storage unavailable: fall back to memory
  }
  return memory.get(k) ?? null;
}

/** Saves a draft (kept in memory too, in case storage refuses it). */
export function saveDraft(lessonDir: string, id: string, code: string): void {
  const k = key(lessonDir, id);
  memory.set(k, code);
  try {
    globalThis.localStorage?.setItem(k, code);
  } catch {
    // storage full or disabled: the in-memory copy lasts for this session
  }
}

/** Forgets a draft (Reset). */
export function clearDraft(lessonDir: string, id: string): void {
  const k = key(lessonDir, id);
  memory.delete(k);
  try {
    globalThis.localStorage?.removeItem(k);
  } catch {
    // nothing stored
  }
}
