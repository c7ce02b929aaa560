/**
 * Which section presenter mode's arrow keys go to. Pure: works on the sections' positions only.
 */

/**
 * Index of the section the reader is in: the last one whose heading top is at or above `line`
 * (px from the top of the viewport, e.g. just under the sticky header); -1 above the first one.
 *
 * @param tops each section heading's top, in px relative to the viewport, in document order
 */
export function currentSection(tops: readonly number[], line: number): number {
  let current = -1;
  tops.forEach((top, i) => {
    if (top <= line) current = i;
  });
  return current;
}

/**
 * The section to show after a step forward (+1) or back (-1); -1 means "the top of the lesson".
 * Stays on the last section when stepping past the end.
 *
 * @param tops each section heading's top in px relative to the viewport, in document order
 * @param line px from the top of the viewport at which a heading counts as reached
 * @param shown the section the last step went to (from the URL hash), if any: it counts as current
 *   while its heading is still on screen (`0 <= top < viewportHeight`), because near the end of a
 *   page the browser cannot scroll a heading up to the line
 */
export function stepSection(
  tops: readonly number[],
  line: number,
  direction: 1 | -1,
  shown?: { index: number; viewportHeight: number },
): number {
  const shownTop = shown ? tops[shown.index] : undefined;
  const current =
    shown && shownTop !== undefined && shownTop >= 0 && shownTop < shown.viewportHeight ? shown.index : currentSection(tops, line);
  if (direction === 1) return Math.min(current + 1, tops.length - 1);
  return Math.max(current - 1, -1);
}
