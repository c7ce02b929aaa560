import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROGRESS_KEY } from './progress-store.ts';

/** A Map-backed stand-in for window.localStorage. */
function fakeStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

async function freshStore(initial: Record<string, string> = {}) {
  const storage = fakeStorage(initial);
  vi.stubGlobal('localStorage', storage);
  vi.resetModules();
  return { storage, api: await import('./progress.ts') };
}

describe('progress store API', () => {
  beforeEach(() => vi.unstubAllGlobals());
  afterEach(() => vi.unstubAllGlobals());

  it('markExerciseSolved and markLessonComplete persist to localStorage and notify subscribers', async () => {
    const { storage, api } = await freshStore();
    const seen: number[] = [];
    const unsubscribe = api.subscribeProgress(() => seen.push(Object.keys(api.getProgress().lessons).length));
    api.markExerciseSolved('integration', 'row-bounds');
    api.markExerciseSolved('integration', 'row-bounds');
    api.markLessonComplete('why-parallel');
    unsubscribe();
    api.markLessonComplete('why-parallel', false);
    expect(seen).toEqual([1, 2]);
    const stored = JSON.parse(storage.data.get(PROGRESS_KEY)!);
    expect(stored.lessons.integration.solved).toEqual(['row-bounds']);
    expect(stored.lessons['why-parallel'].complete).toBe(false);
  });

  it('reads what an earlier page stored', async () => {
    const first = await freshStore();
    first.api.markLessonComplete('integration');
    first.api.recordVisit('integration', 'profile-first');
    const { api } = await freshStore(Object.fromEntries(first.storage.data));
    expect(api.getProgress().lessons.integration?.complete).toBe(true);
    expect(api.getProgress().last).toMatchObject({ slug: 'integration', anchor: 'profile-first' });
  });

  it('ignores a broken stored value and overwrites it on the next change', async () => {
    const { storage, api } = await freshStore({ [PROGRESS_KEY]: '{"version":1,"lessons":{"x":' });
    expect(api.getProgress().lessons).toEqual({});
    api.markExerciseSolved('integration', 'row-bounds');
    expect(JSON.parse(storage.data.get(PROGRESS_KEY)!).lessons.integration.solved).toEqual(['row-bounds']);
  });

  it('ignores empty slugs and ids instead of storing a value that would not validate', async () => {
    const { storage, api } = await freshStore();
    api.recordVisit('');
    api.markExerciseSolved('', 'x');
    api.markExerciseSolved('x', '');
    api.markLessonComplete('');
    expect(storage.data.has(PROGRESS_KEY)).toBe(false);
  });

  it('resetProgress forgets everything', async () => {
    const { storage, api } = await freshStore();
    api.markLessonComplete('integration');
    api.resetProgress();
    expect(api.getProgress()).toEqual({ version: 1, lessons: {} });
    expect(storage.data.has(PROGRESS_KEY)).toBe(false);
  });

  it('keeps working in memory when storage throws', async () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    });
    vi.resetModules();
    const api = await import('./progress.ts');
    api.markLessonComplete('integration');
    expect(api.getProgress().lessons.integration?.complete).toBe(true);
    expect(() => api.resetProgress()).not.toThrow();
  });
});
