/**
 * The rod after the run: temperature per cell from the ranks' blocks, the serial stencil drawn
 * under it, and a dashed line where one rank's block ends and the next begins. Animation off, so
 * a redraw is one short task. Main thread (React).
 */
import { memo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from '../kit/recharts.ts';
import { ChartBox } from '../kit/ChartBox.tsx';
import { formatFixed } from '../kit/format.ts';

/** Props of {@link HeatProfileChart}. */
export interface HeatProfileChartProps {
  /** Temperatures from the ranks, degrees, index = cell (undefined before a run: only the serial rod is drawn). */
  parallel?: ArrayLike<number> | undefined;
  /** The serial stencil's temperatures, degrees. */
  serial: ArrayLike<number>;
  /** First cell of every rank's block after rank 0's. */
  boundaries: readonly number[];
  /** Largest |parallel - serial|, degrees (undefined before a run). */
  difference?: number | undefined;
}

/**
 * Line chart of the rod, parallel over serial (use the memoized {@link HeatProfileChart}). Drawn from the start with the serial rod alone, so
 * the chart's first (slowest) render happens before a run, not while the ranks work.
 */
function HeatProfileChartView({ parallel, serial, boundaries, difference }: HeatProfileChartProps) {
  const data = Array.from({ length: serial.length }, (_, i) => ({ cell: i, serial: Number(serial[i]!.toFixed(4)), ranks: parallel ? Number((parallel[i] ?? NaN).toFixed(4)) : null }));
  const same = difference === 0;
  return (
    <figure className="halo-chart" data-testid="halo-chart" data-difference={difference === undefined ? undefined : String(difference)} data-cells={serial.length}>
      <ChartBox height="var(--chart-height, 300px)">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 16, right: 16, bottom: 24, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
            <XAxis dataKey="cell" type="number" domain={[0, Math.max(serial.length - 1, 1)]} stroke="var(--fg-muted)"
              label={{ value: 'cell', position: 'insideBottom', offset: -12, fill: 'var(--fg-muted)' }} />
            <YAxis domain={[0, 100]} stroke="var(--fg-muted)" label={{ value: 'temperature (°)', angle: -90, position: 'insideLeft', fill: 'var(--fg-muted)' }} />
            <Tooltip formatter={(v) => `${formatFixed(Number(v), 4)}°`} labelFormatter={(c) => `cell ${c}`}
              contentStyle={{ background: 'var(--bg-raised)', border: '1px solid var(--border)' }} />
            {boundaries.map((b) => (
              <ReferenceLine key={b} x={b - 0.5} stroke="var(--accent-2)" strokeDasharray="4 4" />
            ))}
            <Line name="serial stencil" dataKey="serial" stroke="var(--fg-muted)" strokeWidth={6} strokeOpacity={0.45} dot={false} isAnimationActive={false} />
            <Line name="ranks with halo exchange" dataKey="ranks" stroke="var(--accent)" strokeWidth={2} dot={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </ChartBox>
      {/* In HTML below the plot, so that it wraps on a narrow window instead of covering the rod. */}
      <ul className="chart-legend" aria-hidden="true">
        <li><svg width="34" height="14" className="legend-icon"><line x1="1" y1="7" x2="33" y2="7" stroke="var(--fg-muted)" strokeWidth="6" strokeOpacity="0.45" /></svg> serial stencil</li>
        <li><svg width="34" height="14" className="legend-icon"><line x1="1" y1="7" x2="33" y2="7" stroke="var(--accent)" strokeWidth="2" /></svg> ranks with halo exchange</li>
      </ul>
      <figcaption className="note">
        Temperature along the rod after the run; dashed lines: where one rank&apos;s block meets the next.{' '}
        {difference === undefined
          ? 'Before a run only the serial stencil is drawn; Run draws the ranks’ rod over it.'
          : same
          ? `The ranks' rod equals the serial stencil in every cell, to the last bit (largest difference 0).`
          : `The ranks' rod differs from the serial stencil by up to ${difference.toExponential(3)}°: a halo value is missing or stale.`}
      </figcaption>
    </figure>
  );
}

/** {@link HeatProfileChartView}, redrawn only when its props change (the lab re-renders on every live snapshot). */
export const HeatProfileChart = memo(HeatProfileChartView);
