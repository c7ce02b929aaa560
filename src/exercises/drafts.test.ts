import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearDraft, listDrafts, loadDraft, saveDraft, saveDrafts, DRAFT_PREFIX } from './drafts.ts';

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

afterEach(() => vi.unstubAllGlobals());

describe('drafts', () => {
  it('saves, loads and clears a draft per exercise', () => {
    const storage = fakeStorage();
    vi.stubGlobal('localStorage', storage);
    expect(loadDraft('03-integration', 'row-bounds')).toBeNull();
    saveDraft('03-integration', 'row-bounds', 'let x = 1;');
    expect(storage.data.get(`${DRAFT_PREFIX}03-integration/row-bounds`)).toBe('let x = 1;');
    expect(loadDraft('03-integration', 'row-bounds')).toBe('let x = 1;');
    expect(loadDraft('03-integration', 'other')).toBeNull();
    clearDraft('03-integration', 'row-bounds');
    expect(loadDraft('03-integration', 'row-bounds')).toBeNull();
  });

  it('keeps drafts in memory when storage throws', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => {},
    });
    saveDraft('a', 'b', 'code');
    expect(loadDraft('a', 'b')).toBe('code');
  });

  it('lists every draft by name and saves a set of drafts (export and import)', () => {
    const storage = fakeStorage({ [`${DRAFT_PREFIX}03-integration/row-bounds`]: 'a', 'parallel-lab:progress': '{}' });
    vi.stubGlobal('localStorage', storage);
    saveDraft('01-why-parallel', 'sleep-demo', 'b');
    expect(listDrafts()).toMatchObject({ '01-why-parallel/sleep-demo': 'b', '03-integration/row-bounds': 'a' });
    expect(Object.keys(listDrafts())).not.toContain('progress');
    expect(saveDrafts({ '04-worker-pools/chunked-mean': 'c', '08-message-passing/faded-acf': 'd' })).toBe(2);
    expect(storage.data.get(`${DRAFT_PREFIX}04-worker-pools/chunked-mean`)).toBe('c');
    expect(storage.data.get(`${DRAFT_PREFIX}09-collectives/faded-acf`)).toBe('d');
  });

  it('finds a draft saved before lesson 08 was split under its new lesson, and Reset forgets both names', () => {
    const storage = fakeStorage();
    vi.stubGlobal('localStorage', storage);
    clearDraft('09-collectives', 'faded-acf'); // forget any in-memory copy from an earlier test
    storage.data.set(`${DRAFT_PREFIX}08-message-passing/faded-acf`, 'old');
    expect(loadDraft('09-collectives', 'faded-acf')).toBe('old');
    expect(listDrafts()['09-collectives/faded-acf']).toBe('old');
    expect(Object.keys(listDrafts())).not.toContain('08-message-passing/faded-acf');
    saveDraft('09-collectives', 'faded-acf', 'new');
    expect(loadDraft('09-collectives', 'faded-acf')).toBe('new');
    expect(listDrafts()['09-collectives/faded-acf']).toBe('new');
    clearDraft('09-collectives', 'faded-acf');
    expect(loadDraft('09-collectives', 'faded-acf')).toBeNull();
    expect(storage.data.size).toBe(0);
  });
});

