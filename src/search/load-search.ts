/**
 * Loads search lazily: the documents (virtual:lesson-search) and MiniSearch are fetched and the
 * index built the first time search is used, then reused. Main thread.
 */
import type { SearchHit } from './search-index.ts';

/** Searches the lessons; see searchLessons in ./search-index.ts. */
export type SearchFunction = (query: string, limit?: number) => SearchHit[];

let loading: Promise<SearchFunction> | null = null;

/**
 * The search function over the built index, loaded on first call.
 * @throws whatever the dynamic import throws (e.g. offline without the chunk); the next call retries
 */
export function loadSearch(): Promise<SearchFunction> {
  loading ??= Promise.all([import('virtual:lesson-search'), import('./search-index.ts')])
    .then(async ([{ documents }, { createSearchIndexAsync, searchLessons }]) => {
      const index = await createSearchIndexAsync(documents);
      return (query: string, limit?: number) => searchLessons(index, query, limit);
    })
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
