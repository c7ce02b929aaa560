import { memo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from '../kit/recharts.ts';
import { ChartBox } from '../kit/ChartBox.tsx';
import { formatFixed, formatRatio } from '../kit/format.ts';
import type { ScalingAnalysis } from './scaling-analysis.ts';
import { scalingChartData, type ScalingDatum } from './chart-data.ts';
import type { ImportedSeries } from '../kit/import-results.ts';
import { seriesStyle } from '../kit/series-style.ts';
import { importedSeriesName, LegendIcon, SeriesMarker, type DotProps as SeriesDotProps } from '../kit/SeriesMarkers.tsx';

const NO_IMPORTS: readonly ImportedSeries[] = [];

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
  payload?: ScalingDatum;
}

/** A measured point: filled in the accent colour, hollow in the warning colour when oversubscribed. */
function MeasuredDot({ cx, cy, payload }: DotProps) {
  if (cx === undefined || cy === undefined || payload?.measured == null) return null;
  return payload.oversubscribed ? (
    <circle cx={cx} cy={cy} r={6} className="measured-point measured-point-over" fill="var(--bg-raised)" stroke="var(--warn)" strokeWidth={3} />
  ) : (
    <circle cx={cx} cy={cy} r={6} className="measured-point" fill="var(--accent)" stroke="var(--bg-raised)" strokeWidth={1} />
  );
}

/**
 * Measured speedup (strong) or scaled speedup (weak) against workers, overlaid with the law fitted
 * to the measurements, the ideal line S = p and a marker at the cores the browser reports.
 * Imported machines ("Add results from a file") get a line each, told apart by colour, marker and
 * dash. Main thread (React); memoized and without animation, so it redraws only when a row arrives, briefly.
 */
export const ScalingChart = memo(function ScalingChart({ analysis, workerCounts, cores, imported = NO_IMPORTS }: { analysis: ScalingAnalysis; workerCounts: readonly number[]; cores: number; imported?: readonly ImportedSeries[] }) {
  const { data, maxP, yTop, limit, measuredCount } = scalingChartData(analysis, workerCounts, cores, imported);
  const styles = imported.map((_, i) => seriesStyle(i));
  const ticks = [...new Set([...workerCounts, ...imported.flatMap((s) => s.points.map((p) => p.workers))])].sort((a, b) => a - b);
  const f = analysis.fit?.serialFraction;
  const lawName = analysis.law === 'amdahl' ? 'Amdahl' : 'Gustafson';
  return (
    <figure className="scaling-chart" data-testid="scaling-chart" data-points={measuredCount} data-series={1 + imported.length}>
      <ChartBox height="var(--chart-height, 340px)">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 16, right: 24, bottom: 24, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
            <XAxis dataKey="workers" type="number" domain={[1, maxP]} ticks={ticks} scale="linear" stroke="var(--fg-muted)"
              label={{ value: 'workers (p)', position: 'insideBottom', offset: -12, fill: 'var(--fg-muted)' }} />
            <YAxis domain={[0, yTop]} allowDecimals={false} stroke="var(--fg-muted)" allowDataOverflow
              label={{ value: analysis.law === 'amdahl' ? 'speedup S(p)' : 'scaled speedup', angle: -90, position: 'insideLeft', fill: 'var(--fg-muted)' }} />
            <Tooltip formatter={(v) => formatRatio(Number(v))} labelFormatter={(p) => `${p} workers`}
              contentStyle={{ background: 'var(--bg-raised)', border: '1px solid var(--border)' }} />
            {cores <= maxP ? (
              <ReferenceLine x={cores} stroke="var(--accent-2)" strokeDasharray="4 4"
                label={{ value: `${cores} cores`, position: 'insideTopRight', fill: 'var(--accent-2)' }} />
            ) : null}
            {limit !== null ? (
              <ReferenceLine y={limit} stroke="var(--fg-muted)" strokeDasharray="2 4"
                label={{ value: `limit 1/f = ${formatFixed(limit, 1)}`, position: 'insideBottomRight', fill: 'var(--fg-muted)' }} />
            ) : null}
            <Line name="ideal S(p) = p" dataKey="ideal" stroke="var(--fg-muted)" strokeDasharray="6 4" dot={false} isAnimationActive={false} />
            <Line name={`${lawName} fit${f === undefined ? '' : `, f = ${formatFixed(f, 3)}`}`} dataKey="model" stroke="var(--accent-2)" strokeWidth={2}
              dot={false} isAnimationActive={false} />
            <Line name="measured" dataKey="measured" stroke="var(--accent)" strokeWidth={2} connectNulls
              dot={(props: DotProps) => <MeasuredDot key={`dot-${props.index ?? 0}`} {...props} />} activeDot={false} isAnimationActive={false} />
            {imported.map((s, i) => (
              <Line key={s.id} name={importedSeriesName(s)} dataKey={`s${i}`} stroke={styles[i]!.colour} strokeWidth={2} strokeDasharray={styles[i]!.dash}
                connectNulls isAnimationActive={false} activeDot={false}
                dot={(props: SeriesDotProps & { index?: number }) => <SeriesMarker key={`${s.id}-${props.index ?? 0}`} {...props} style={styles[i]!} />} />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </ChartBox>
      <ul className="chart-legend" aria-hidden="true">
        <li><span className="swatch swatch-measured" /> measured{cores < maxP ? ' (hollow: more workers than cores, not fitted)' : ''}</li>
        <li><span className="swatch swatch-model" /> {lawName} fit{f === undefined ? ' (after the first runs)' : `, f = ${formatFixed(f, 3)}`}</li>
        <li><span className="swatch swatch-ideal" /> ideal S(p) = p</li>
        {imported.map((s, i) => (
          <li key={s.id} data-series={s.id}><LegendIcon style={styles[i]!} /> {importedSeriesName(s)}</li>
        ))}
      </ul>
      <figcaption className="sr-only">
        {analysis.law === 'amdahl' ? 'Speedup' : 'Scaled speedup'} against workers: {measuredCount} of {workerCounts.length} worker counts measured
        {f === undefined ? '' : `; fitted serial fraction ${formatFixed(f, 3)}`}
        {imported.length > 0 ? `; imported: ${imported.map((s) => `${importedSeriesName(s)}, best ${formatRatio(s.best.speedup)} on ${s.best.workers} workers`).join('; ')}` : ''}.
      </figcaption>
    </figure>
  );
});
