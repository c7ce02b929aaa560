import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROGRESS_KEY } from './progress-store.ts';

/** A Map-backed stand-in for window.localStorage. */
function fakeStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
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
    expect(api.getProgress()).toEqual({ version: 2, lessons: {} });
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

describe('portable progress', () => {
  beforeEach(() => vi.unstubAllGlobals());
  afterEach(() => vi.unstubAllGlobals());

  const DRAFT = 'parallel-lab:exercise-draft:';

  it('exports progress and drafts, and imports them into an empty browser', async () => {
    const first = await freshStore({ [`${DRAFT}03-integration/row-bounds`]: 'let mine = 1;', 'other-site': 'x' });
    first.api.markLessonComplete('integration');
    first.api.markExerciseSolved('integration', 'row-bounds');
    first.api.recordVisit('integration', 'profile-first');
    const text = first.api.exportProgressText(new Date('2026-12-01T00:00:00Z'));
    expect(JSON.parse(text).drafts).toEqual({ '03-integration/row-bounds': 'let mine = 1;' });

    const second = await freshStore();
    expect(second.api.importProgressText(text)).toEqual({ ok: true, drafts: 1 });
    expect(second.api.getProgress()).toEqual(first.api.getProgress());
    expect(second.storage.data.get(`${DRAFT}03-integration/row-bounds`)).toBe('let mine = 1;');
    expect(JSON.parse(second.storage.data.get(PROGRESS_KEY)!).lessons.integration.complete).toBe(true);
  });

  it('adds to what is stored, and a wrong file changes nothing', async () => {
    const { storage, api } = await freshStore({ [`${DRAFT}01-why-parallel/sleep-demo`]: 'kept' });
    api.markLessonComplete('why-parallel');
    const before = new Map(storage.data);
    const progressBefore = api.getProgress();
    const wrong = JSON.stringify({ app: 'parallel-lab', kind: 'progress', version: 2, progress: { version: 2, lessons: { x: { complete: 1, solved: [] } } } });
    const r = api.importProgressText(wrong);
    expect(r).toEqual({ ok: false, message: expect.stringContaining('progress.lessons.x.complete') });
    expect(storage.data).toEqual(before);
    expect(api.getProgress()).toBe(progressBefore);

    const good = JSON.stringify({
      app: 'parallel-lab',
      kind: 'progress',
      version: 2,
      progress: { version: 2, lessons: { integration: { complete: true, solved: [] } } },
      drafts: { '03-integration/row-bounds': 'imported' },
    });
    expect(api.importProgressText(good)).toEqual({ ok: true, drafts: 1 });
    expect(Object.keys(api.getProgress().lessons).sort()).toEqual(['integration', 'why-parallel']);
    expect(storage.data.get(`${DRAFT}01-why-parallel/sleep-demo`)).toBe('kept');
    expect(storage.data.get(`${DRAFT}03-integration/row-bounds`)).toBe('imported');
  });

  it('migrates version 1 progress stored under message-passing when it is read', async () => {
    const v1 = { version: 1, lessons: { 'message-passing': { complete: true, solved: ['faded-acf'] } }, last: { slug: 'message-passing', anchor: 'hello-world', at: 1 } };
    const { storage, api } = await freshStore({ [PROGRESS_KEY]: JSON.stringify(v1) });
    expect(api.getProgress()).toEqual({
      version: 2,
      lessons: { collectives: { complete: false, solved: ['faded-acf'] } },
      last: { slug: 'point-to-point', anchor: 'hello-world', at: 1 },
    });
    api.markLessonComplete('why-parallel');
    expect(JSON.parse(storage.data.get(PROGRESS_KEY)!).version).toBe(2);
  });

  it('asks for persistent storage on the first write only', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    vi.stubGlobal('navigator', { storage: { persist } });
    const { api } = await freshStore();
    expect(persist).not.toHaveBeenCalled();
    api.recordVisit('why-parallel');
    api.markLessonComplete('why-parallel');
    expect(persist).toHaveBeenCalledTimes(1);

    const reject = vi.fn(() => Promise.reject(new Error('no')));
    vi.stubGlobal('navigator', { storage: { persist: reject } });
    vi.stubGlobal('localStorage', fakeStorage({ [PROGRESS_KEY]: JSON.stringify({ version: 2, lessons: {} }) }));
    vi.resetModules();
    const again = await import('./progress.ts');
    again.markLessonComplete('integration');
    expect(reject).not.toHaveBeenCalled();
    vi.stubGlobal('navigator', {});
    expect(() => api.recordVisit('integration')).not.toThrow();
  });
});
