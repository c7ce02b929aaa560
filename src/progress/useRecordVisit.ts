import { useEffect } from 'react';
import { recordVisit } from './progress.ts';

/**
 * Remembers the lesson (and section) on screen for "Continue where you left off". Writes at most
 * a few times a second: a section is written once it has been shown for 400 ms (the lesson
 * itself at once). Main thread.
 *
 * @param section id of the section being read, '' for none; ignored unless it is in `knownIds`
 */
export function useRecordVisit(slug: string, section: string, knownIds: readonly string[]): void {
  const anchor = section && knownIds.includes(section) ? section : undefined;
  useEffect(() => {
    if (!slug) return;
    const t = setTimeout(() => recordVisit(slug, anchor), anchor ? 400 : 0);
    return () => clearTimeout(t);
  }, [slug, anchor]);
}
