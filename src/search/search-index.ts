/**
 * Full-text search over the lessons with MiniSearch: one document per lesson section (see
 * scripts/lessons-plugin.ts, `virtual:lesson-search`), so a result links straight to its section.
 * Pure: builds and queries an in-memory index; runs on the main thread (the index of a few dozen
 * sections builds in a few ms) and in Node tests.
 */
import MiniSearch from 'minisearch';

/** A searchable section of a lesson. */
export interface SearchDocument {
  /** `slug` for a lesson's introduction, `slug#anchor` for a section. */
  id: string;
  slug: string;
  /** Heading id of the section; '' for the introduction. */
  anchor: string;
  /** Section heading, or the lesson title for the introduction. */
  title: string;
  text: string;
}

/** One search hit. */
export interface SearchHit {
  id: string;
  slug: string;
  anchor: string;
  title: string;
  /** A short excerpt of the section around the first matching word. */
  excerpt: string;
  /** The words of the section that matched (after prefix and fuzzy matching). */
  terms: string[];
  score: number;
}

/** The index type returned by {@link createSearchIndex}. */
export type SearchIndex = MiniSearch<SearchDocument>;

function emptyIndex(): SearchIndex {
  return new MiniSearch<SearchDocument>({
    fields: ['title', 'text'],
    storeFields: ['slug', 'anchor', 'title', 'text'],
    searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
  });
}

/** Builds the index at once: title and text searched, title matches weigh three times as much. */
export function createSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
  const index = emptyIndex();
  index.addAll(documents);
  return index;
}

/**
 * Builds the same index as {@link createSearchIndex} a few sections at a time, yielding to the
 * event loop between chunks, so building it on the main thread while a lab runs never makes a
 * long task (> 50 ms).
 */
export async function createSearchIndexAsync(documents: readonly SearchDocument[], chunkSize = 6): Promise<SearchIndex> {
  const index = emptyIndex();
  await index.addAllAsync(documents, { chunkSize });
  return index;
}

/**
 * An excerpt of about `width` characters of `text` around the first occurrence of any of `terms`
 * (case-insensitive), with an ellipsis where it was cut.
 */
export function excerpt(text: string, terms: readonly string[], width = 160): string {
  const lower = text.toLowerCase();
  let at = -1;
  for (const t of terms) {
    const i = lower.indexOf(t.toLowerCase());
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) at = 0;
  const start = Math.max(0, at - Math.floor(width / 3));
  const end = Math.min(text.length, start + width);
  const from = start > 0 ? text.indexOf(' ', start) + 1 || start : 0;
  const to = end < text.length ? text.lastIndexOf(' ', end) : text.length;
  return `${from > 0 ? '… ' : ''}${text.slice(from, to > from ? to : end).trim()}${end < text.length ? ' …' : ''}`;
}

/**
 * Searches the lessons. Words are matched by prefix and with small typos (edit distance 20 % of
 * the word); every word must match. An empty query gives no hits.
 *
 * @param limit most hits returned, best first
 */
export function searchLessons(index: SearchIndex, query: string, limit = 8): SearchHit[] {
  const q = query.trim();
  if (!q) return [];
  return index
    .search(q)
    .slice(0, limit)
    .map((r) => ({
      id: String(r.id),
      slug: r.slug as string,
      anchor: r.anchor as string,
      title: r.title as string,
      terms: r.terms,
      score: r.score,
      excerpt: excerpt(r.text as string, r.terms),
    }));
}
