import { memo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatFixed, formatRatio } from '../kit/format.ts';
import type { ScalingAnalysis } from './scaling-analysis.ts';
import { scalingChartData, type ScalingDatum } from './chart-data.ts';

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
 * Main thread (React); memoized and without animation, so it redraws only when a row arrives, briefly.
 */
export const ScalingChart = memo(function ScalingChart({ analysis, workerCounts, cores }: { analysis: ScalingAnalysis; workerCounts: readonly number[]; cores: number }) {
  const { data, maxP, yTop, limit, measuredCount } = scalingChartData(analysis, workerCounts, cores);
  const f = analysis.fit?.serialFraction;
  const lawName = analysis.law === 'amdahl' ? 'Amdahl' : 'Gustafson';
  return (
    <figure className="scaling-chart" data-testid="scaling-chart" data-points={measuredCount}>
      <div className="chart-box" style={{ height: 'var(--chart-height, 340px)' }}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 16, right: 24, bottom: 24, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
            <XAxis dataKey="workers" type="number" domain={[1, maxP]} ticks={[...workerCounts]} scale="linear" stroke="var(--fg-muted)"
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
          </LineChart>
        </ResponsiveContainer>
      </div>
      <ul className="chart-legend" aria-hidden="true">
        <li><span className="swatch swatch-measured" /> measured{cores < maxP ? ' (hollow: more workers than cores, not fitted)' : ''}</li>
        <li><span className="swatch swatch-model" /> {lawName} fit{f === undefined ? ' (after the first runs)' : `, f = ${formatFixed(f, 3)}`}</li>
        <li><span className="swatch swatch-ideal" /> ideal S(p) = p</li>
      </ul>
      <figcaption className="sr-only">
        {analysis.law === 'amdahl' ? 'Speedup' : 'Scaled speedup'} against workers: {measuredCount} of {workerCounts.length} worker counts measured
        {f === undefined ? '' : `; fitted serial fraction ${formatFixed(f, 3)}`}.
      </figcaption>
    </figure>
  );
});
