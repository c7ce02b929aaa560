import { memo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from '../kit/recharts.ts';
import { ChartBox } from '../kit/ChartBox.tsx';
import type { LabRow } from './useSpeedupSweep.ts';
import { formatRatio, plural } from '../kit/format.ts';
import type { ImportedSeries } from '../kit/import-results.ts';
import { seriesStyle } from '../kit/series-style.ts';
import { importedSeriesName, LegendIcon, SeriesMarker, type DotProps } from '../kit/SeriesMarkers.tsx';

/** Props of {@link SpeedupChart}. */
export interface SpeedupChartProps {
  /** The browser's rows so far. */
  rows: readonly LabRow[];
  /** The worker counts of the browser's sweep. */
  workerCounts: readonly number[];
  /** Cores the browser reports. */
  cores: number;
  /** Imported series comparable with the browser's (one line per machine). */
  imported?: readonly ImportedSeries[];
}

const NONE: readonly ImportedSeries[] = [];

/**
 * Measured speedup against worker count, with the ideal line S(p) = p and a marker at the cores the
 * browser reports, and one line per imported machine (own colour, marker shape and dash pattern,
 * named in the legend below the plot with its cores). Points appear as rows arrive. Animation is off so redraws
 * stay short. Memoized: it redraws only when its props change (a new row, an import), not when
 * the lab's status line does while workers run. Main thread (React).
 */
export const SpeedupChart = memo(function SpeedupChart({ rows, workerCounts, cores, imported = NONE }: SpeedupChartProps) {
  const xs = [...new Set([...workerCounts, ...imported.flatMap((s) => s.points.map((p) => p.workers))])].sort((a, b) => a - b);
  const maxP = Math.max(...xs, 1);
  const data = xs.map((p) => {
    const row = rows.find((r) => r.workers === p);
    const datum: Record<string, number | null> = { workers: p, ideal: p, measured: row && Number.isFinite(row.speedup) ? Number(row.speedup.toFixed(3)) : null };
    imported.forEach((s, i) => {
      const point = s.points.find((q) => q.workers === p);
      datum[`s${i}`] = point ? Number(point.speedup.toFixed(3)) : null;
    });
    return datum;
  });
  const yMax = Math.max(maxP, ...rows.map((r) => (Number.isFinite(r.speedup) ? r.speedup : 0)), ...imported.flatMap((s) => s.points.map((p) => p.speedup)));
  const own = imported.length > 0 ? `this browser (${plural(cores, 'core')})` : 'measured speedup';
  const styles = imported.map((_, i) => seriesStyle(i));
  return (
    <figure className="speedup-chart" data-testid="speedup-chart" data-points={rows.length} data-series={1 + imported.length}>
      <ChartBox height="var(--chart-height, 320px)">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 16, right: 24, bottom: 24, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
            <XAxis dataKey="workers" type="number" domain={[1, maxP]} ticks={xs} scale="linear"
              label={{ value: 'workers (p)', position: 'insideBottom', offset: -12, fill: 'var(--fg-muted)' }} stroke="var(--fg-muted)" />
            <YAxis domain={[0, Math.ceil(yMax)]} allowDecimals={false}
              label={{ value: 'speedup S(p)', angle: -90, position: 'insideLeft', fill: 'var(--fg-muted)' }} stroke="var(--fg-muted)" />
            <Tooltip formatter={(v) => formatRatio(Number(v))} labelFormatter={(p) => `${p} workers`}
              contentStyle={{ background: 'var(--bg-raised)', border: '1px solid var(--border)' }} />
            <ReferenceLine x={Math.min(cores, maxP)} stroke="var(--accent-2)" strokeDasharray="4 4"
              label={{ value: `${cores} cores reported`, position: 'insideTopRight', fill: 'var(--accent-2)' }} />
            <Line name="ideal S(p) = p" dataKey="ideal" stroke="var(--fg-muted)" strokeDasharray="6 4" dot={false} isAnimationActive={false} />
            <Line name={own} dataKey="measured" stroke="var(--accent)" strokeWidth={3} connectNulls
              dot={{ r: 5, className: 'measured-point' }} isAnimationActive={false} />
            {imported.map((s, i) => (
              <Line key={s.id} name={importedSeriesName(s)} dataKey={`s${i}`} stroke={styles[i]!.colour} strokeWidth={2} strokeDasharray={styles[i]!.dash}
                connectNulls isAnimationActive={false} activeDot={false}
                dot={(props: DotProps & { index?: number }) => <SeriesMarker key={`${s.id}-${props.index ?? 0}`} {...props} style={styles[i]!} />} />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </ChartBox>
      {/* The legend in HTML, below the plot: it wraps on a narrow window instead of running into the cores marker. */}
      <ul className="chart-legend speedup-legend" data-testid="speedup-legend" aria-label="Chart legend">
        <li><svg width="34" height="14" aria-hidden="true" className="legend-icon"><line x1="1" y1="7" x2="33" y2="7" stroke="var(--fg-muted)" strokeWidth="2" strokeDasharray="6 4" /></svg> ideal S(p) = p</li>
        <li>
          <svg width="34" height="14" aria-hidden="true" className="legend-icon"><line x1="1" y1="7" x2="33" y2="7" stroke="var(--accent)" strokeWidth="3" /><circle cx="17" cy="7" r="4" fill="var(--accent)" /></svg> {own}
        </li>
        {imported.map((s, i) => (
          <li key={s.id} data-series={s.id}><LegendIcon style={styles[i]!} /> {importedSeriesName(s)}</li>
        ))}
      </ul>
      <figcaption className="sr-only">
        Speedup against number of workers; {rows.length} of {workerCounts.length} worker counts measured in this browser
        {imported.length > 0 ? `; imported: ${imported.map((s) => `${importedSeriesName(s)}, best speedup ${formatRatio(s.best.speedup)} on ${plural(s.best.workers, 'worker')}`).join('; ')}` : ''}.
      </figcaption>
    </figure>
  );
});
