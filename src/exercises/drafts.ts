/**
 * The learner's drafts: the editor's text per exercise, kept in localStorage so it survives a
 * reload. If storage is unavailable (private mode, full, disabled) drafts live for the session
 * only; nothing throws. Main thread.
 */

/** localStorage key prefix of drafts; the key is `${DRAFT_PREFIX}<lessonDir>/<id>`. */
export const DRAFT_PREFIX = 'parallel-lab:exercise-draft:';

/**
 * Drafts of exercises that moved when a lesson was split: old `<lessonDir>/<id>` → new one.
 * A draft saved under the old name is found under the new one ({@link loadDraft}, {@link listDrafts},
 * {@link draftName}).
 */
export const MOVED_DRAFTS: Readonly<Record<string, string>> = {
  '08-message-passing/faded-acf': '09-collectives/faded-acf',
};

const memory = new Map<string, string>();

function key(lessonDir: string, id: string): string {
  return `${DRAFT_PREFIX}${lessonDir}/${id}`;
}

/** The current name (`<lessonDir>/<id>`) of a draft saved under `name`, which may be an old one. */
export function draftName(name: string): string {
  return Object.hasOwn(MOVED_DRAFTS, name) ? MOVED_DRAFTS[name]! : name;
}

function read(k: string): string | null {
  try {
    const stored = globalThis.localStorage?.getItem(k);
    if (typeof stored === 'string') return stored;
  } catch {
    // storage unavailable: fall back to memory
  }
  return memory.get(k) ?? null;
}

/** The saved draft of an exercise, or null when there is none. */
export function loadDraft(lessonDir: string, id: string): string | null {
  const found = read(key(lessonDir, id));
  if (found !== null) return found;
  const old = Object.keys(MOVED_DRAFTS).find((name) => MOVED_DRAFTS[name] === `${lessonDir}/${id}`);
  return old ? read(`${DRAFT_PREFIX}${old}`) : null;
}

/**
 * Every saved draft, by current name `<lessonDir>/<id>` (drafts under an old name are listed under
 * the new one, unless a draft under the new name exists). For the progress export.
 */
export function listDrafts(): Record<string, string> {
  // Raw names as loadDraft sees them: storage first, memory where storage has nothing.
  const raw = new Map<string, string>();
  for (const [k, code] of memory) raw.set(k.slice(DRAFT_PREFIX.length), code);
  try {
    const storage = globalThis.localStorage;
    for (let i = 0; storage && i < storage.length; i++) {
      const k = storage.key(i);
      const code = k?.startsWith(DRAFT_PREFIX) ? storage.getItem(k) : null;
      if (k && code !== null) raw.set(k.slice(DRAFT_PREFIX.length), code);
    }
  } catch {
    // storage unavailable: the in-memory drafts are all there is
  }
  const drafts = new Map<string, string>();
  for (const [name, code] of raw) {
    const current = draftName(name);
    if (current === name || !raw.has(current)) drafts.set(current, code);
  }
  return Object.fromEntries([...drafts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
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

/**
 * Saves drafts by name `<lessonDir>/<id>` (an import); old names are saved under the new one.
 * @returns how many were saved
 */
export function saveDrafts(drafts: Readonly<Record<string, string>>): number {
  let n = 0;
  for (const [name, code] of Object.entries(drafts)) {
    const [lessonDir, id] = draftName(name).split('/', 2);
    if (!lessonDir || !id) continue;
    saveDraft(lessonDir, id, code);
    n++;
  }
  return n;
}

/** Forgets a draft (Reset), under its old name too if it moved. */
export function clearDraft(lessonDir: string, id: string): void {
  const name = `${lessonDir}/${id}`;
  const keys = [name, ...Object.keys(MOVED_DRAFTS).filter((old) => MOVED_DRAFTS[old] === name)].map((n) => `${DRAFT_PREFIX}${n}`);
  for (const k of keys) {
    memory.delete(k);
    try {
      globalThis.localStorage?.removeItem(k);
    } catch {
      // nothing stored
    }
  }
}
