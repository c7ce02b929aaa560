import { describe, expect, it } from 'vitest';
import { createSearchIndex, createSearchIndexAsync, excerpt, searchLessons, type SearchDocument } from './search-index.ts';

const docs: SearchDocument[] = [
  { id: 'integration', slug: 'integration', anchor: '', title: '2D integration', text: 'The workhorse problem of the course.' },
  { id: 'integration#speedup-and-efficiency', slug: 'integration', anchor: 'speedup-and-efficiency', title: 'Speedup and efficiency', text: 'Efficiency is speedup divided by the number of workers.' },
  { id: 'one-thread#the-event-loop', slug: 'one-thread', anchor: 'the-event-loop', title: 'The event loop', text: 'The main thread runs one task at a time, much like the GIL in Python.' },
];

describe('lesson search', () => {
  const index = createSearchIndex(docs);

  it('finds a section by a word in its text and links to its anchor', () => {
    const [hit] = searchLessons(index, 'GIL');
    expect(hit).toMatchObject({ slug: 'one-thread', anchor: 'the-event-loop', title: 'The event loop' });
    expect(hit!.excerpt).toMatch(/GIL/);
  });

  it('matches prefixes and small typos, and ranks title matches first', () => {
    expect(searchLessons(index, 'effic')[0]?.anchor).toBe('speedup-and-efficiency');
    expect(searchLessons(index, 'workhorce')[0]?.slug).toBe('integration');
    expect(searchLessons(index, 'speedup')[0]?.anchor).toBe('speedup-and-efficiency');
  });

  it('requires every word and returns nothing for an empty or unmatched query', () => {
    expect(searchLessons(index, 'thread workers')).toEqual([]);
    expect(searchLessons(index, '   ')).toEqual([]);
    expect(searchLessons(index, 'quantum')).toEqual([]);
  });

  it('builds the same index in chunks', async () => {
    const chunked = await createSearchIndexAsync(docs, 1);
    for (const q of ['GIL', 'effic', 'speedup', 'the']) {
      expect(searchLessons(chunked, q).map((h) => h.id)).toEqual(searchLessons(index, q).map((h) => h.id));
    }
  });

  it('limits the number of hits', () => {
    expect(searchLessons(index, 'the', 1)).toHaveLength(1);
  });
});

describe('excerpt', () => {
  const text = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
  it('cuts around the first match with ellipses', () => {
    const e = excerpt(text, ['word30'], 60);
    expect(e).toMatch(/^… /);
    expect(e).toMatch(/ …$/);
    expect(e).toContain('word30');
    expect(e.length).toBeLessThanOrEqual(70);
  });
  it('starts at the beginning when there is no match', () => {
    expect(excerpt('short text', ['zzz'])).toBe('short text');
  });
});
