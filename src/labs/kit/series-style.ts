/**
 * How each imported series looks on a lab's chart (speedup, scaling), so machines are told apart by more than
 * colour: every series has its own marker shape and dash pattern as well as a colour, cycled in
 * that order (7 colours, 5 markers, 4 dash patterns: 140 series before a style repeats).
 *
 * Pure: any thread, and Node.
 */

/** Marker shapes of imported series (the browser's own points are filled circles). */
export type MarkerShape = 'square' | 'triangle' | 'diamond' | 'cross' | 'ring';

/** The look of one series. */
export interface SeriesStyle {
  /** CSS colour (a theme variable). */
  colour: string;
  /** Marker shape at each measured point. */
  marker: MarkerShape;
  /** SVG stroke-dasharray of the line ("" for solid). */
  dash: string;
}

const COLOURS = ['var(--accent-2)', 'var(--ok)', 'var(--danger)', 'var(--fg)', 'var(--accent)', 'var(--warn)', 'var(--fg-muted)'];
const MARKERS: MarkerShape[] = ['square', 'triangle', 'diamond', 'cross', 'ring'];
const DASHES = ['8 4', '2 3', '12 4 2 4', ''];

/** The style of the imported series at `index` (0-based). */
export function seriesStyle(index: number): SeriesStyle {
  return {
    colour: COLOURS[index % COLOURS.length]!,
    marker: MARKERS[index % MARKERS.length]!,
    dash: DASHES[Math.floor(index / MARKERS.length) % DASHES.length]!,
  };
}

/** SVG path of `shape` centred on (cx, cy) with half-size r. */
export function markerPath(shape: MarkerShape, cx: number, cy: number, r: number): string {
  switch (shape) {
    case 'square':
      return `M${cx - r},${cy - r}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case 'triangle':
      return `M${cx},${cy - r * 1.15}L${cx + r * 1.1},${cy + r * 0.85}L${cx - r * 1.1},${cy + r * 0.85}Z`;
    case 'diamond':
      return `M${cx},${cy - r * 1.3}L${cx + r * 1.1},${cy}L${cx},${cy + r * 1.3}L${cx - r * 1.1},${cy}Z`;
    case 'cross':
      return `M${cx - r},${cy - r}L${cx + r},${cy + r}M${cx + r},${cy - r}L${cx - r},${cy + r}`;
    case 'ring':
      return `M${cx - r},${cy}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
  }
}
