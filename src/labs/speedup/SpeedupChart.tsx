import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { LabRow } from './useSpeedupSweep.ts';
import { formatRatio } from '../kit/format.ts';

/**
 * Measured speedup against worker count, with the ideal line S(p) = p and a marker at the cores the
 * browser reports. Points appear as rows arrive. Animation is off so redraws stay short.
 */
export function SpeedupChart({ rows, workerCounts, cores }: { rows: readonly LabRow[]; workerCounts: readonly number[]; cores: number }) {
  const maxP = Math.max(...workerCounts, 1);
  const data = workerCounts.map((p) => {
    const row = rows.find((r) => r.workers === p);
    return { workers: p, ideal: p, measured: row && Number.isFinite(row.speedup) ? Number(row.speedup.toFixed(3)) : null };
  });
  const yMax = Math.max(maxP, ...rows.map((r) => (Number.isFinite(r.speedup) ? r.speedup : 0)));
  return (
    <figure className="speedup-chart" data-testid="speedup-chart" data-points={rows.length}>
      <div className="chart-box" style={{ height: 'var(--chart-height, 320px)' }}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 16, right: 24, bottom: 24, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
            <XAxis dataKey="workers" type="number" domain={[1, maxP]} ticks={[...workerCounts]} scale="linear"
              label={{ value: 'workers (p)', position: 'insideBottom', offset: -12, fill: 'var(--fg-muted)' }} stroke="var(--fg-muted)" />
            <YAxis domain={[0, Math.ceil(yMax)]} allowDecimals={false}
              label={{ value: 'speedup S(p)', angle: -90, position: 'insideLeft', fill: 'var(--fg-muted)' }} stroke="var(--fg-muted)" />
            <Tooltip formatter={(v) => formatRatio(Number(v))} labelFormatter={(p) => `${p} workers`}
              contentStyle={{ background: 'var(--bg-raised)', border: '1px solid var(--border)' }} />
            <Legend verticalAlign="top" height={28} />
            <ReferenceLine x={Math.min(cores, maxP)} stroke="var(--accent-2)" strokeDasharray="4 4"
              label={{ value: `${cores} cores reported`, position: 'insideTopRight', fill: 'var(--accent-2)' }} />
            <Line name="ideal S(p) = p" dataKey="ideal" stroke="var(--fg-muted)" strokeDasharray="6 4" dot={false} isAnimationActive={false} />
            <Line name="measured speedup" dataKey="measured" stroke="var(--accent)" strokeWidth={3} connectNulls
              dot={{ r: 5, className: 'measured-point' }} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="sr-only">Speedup against number of workers; {rows.length} of {workerCounts.length} worker counts measured.</figcaption>
    </figure>
  );
}
