import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearDraft, loadDraft, saveDraft, DRAFT_PREFIX } from './drafts.ts';

function fakeStorage() {
  const data = new Map<string, string>();
  return {
    data,
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
});
