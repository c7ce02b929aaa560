/**
 * When each result of a pool run reaches the program, by the way it is collected, after Python's
 * `Pool.map` (every result at once, in input order, when the last task ends), `Pool.imap` (in input
 * order, each as soon as it and all before it have ended) and `Pool.imap_unordered` (each as soon
 * as it ends, in completion order).
 *
 * Pure: any thread, and Node.
 */

/** One task's end (ms since the run started). */
export interface TaskEnd {
  /** Input index. */
  item: number;
  /** When its result came back (ms since the run started). */
  end: number;
}

/** One way of collecting: the input indices in the order the program gets them, and when. */
export interface Collected {
  way: 'map' | 'imap' | 'imap_unordered';
  /** Input indices in the order the program receives them. */
  order: number[];
  /** When the program has each of them (ms since the run started), same order. */
  at: number[];
}

/**
 * The three ways of collecting the same run.
 * @param ends one entry per item (any order)
 */
export function collectWays(ends: readonly TaskEnd[]): Collected[] {
  const byItem = [...ends].sort((a, b) => a.item - b.item);
  const last = Math.max(...ends.map((e) => e.end));
  const map: Collected = { way: 'map', order: byItem.map((e) => e.item), at: byItem.map(() => last) };
  let ready = 0;
  const imap: Collected = { way: 'imap', order: byItem.map((e) => e.item), at: byItem.map((e) => (ready = Math.max(ready, e.end))) };
  const done = [...ends].sort((a, b) => a.end - b.end || a.item - b.item);
  const unordered: Collected = { way: 'imap_unordered', order: done.map((e) => e.item), at: done.map((e) => e.end) };
  return [map, imap, unordered];
}
