/**
 * How imported series are drawn on a lab's chart (speedup, scaling): the marker of each point,
 * the legend's picture of a line, and the legend's text for a machine. Main thread (React).
 */
import { plural } from './format.ts';
import type { ImportedSeries } from './import-results.ts';
import { markerPath, type MarkerShape, type SeriesStyle } from './series-style.ts';

/** What Recharts passes to a dot renderer. */
export interface DotProps {
  cx?: number;
  cy?: number;
  value?: number | null;
}

/** A marker of an imported series: its shape and colour (./series-style.ts), hollow for the open shapes. */
export function SeriesMarker({ cx, cy, value, style, r = 5, className = 'imported-point' }: DotProps & { style: SeriesStyle; r?: number; className?: string }) {
  if (cx === undefined || cy === undefined || value === null || value === undefined) return null;
  const open: MarkerShape[] = ['cross', 'ring'];
  const hollow = open.includes(style.marker);
  return (
    <path d={markerPath(style.marker, cx, cy, r)} className={className} fill={hollow ? 'var(--bg-raised)' : style.colour}
      stroke={style.colour} strokeWidth={hollow ? 2.5 : 1} />
  );
}

/** The legend's picture of a line: its dash pattern and marker. */
export function LegendIcon({ style }: { style: SeriesStyle }) {
  return (
    <svg width="34" height="14" viewBox="0 0 34 14" aria-hidden="true" className="legend-icon">
      <line x1="1" y1="7" x2="33" y2="7" stroke={style.colour} strokeWidth="2.5" strokeDasharray={style.dash} />
      <SeriesMarker cx={17} cy={7} value={1} style={style} r={4} className="legend-marker" />
    </svg>
  );
}

/** "cluster node (cluster, 16 cores)": an imported series' legend text. */
export function importedSeriesName(s: ImportedSeries): string {
  return `${s.label} (${s.measuredIn}${s.cores === null ? '' : `, ${plural(s.cores, 'core')}`})`;
}

