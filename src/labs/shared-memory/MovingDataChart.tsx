import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMs } from '../speedup/format.ts';
import { MOVE_LABELS, MOVE_METHODS, type MoveMethod, type MoveRow } from './star-catalogue-job.ts';

const COLOURS: Record<MoveMethod, string> = { copy: 'var(--danger)', transfer: 'var(--accent-2)', shared: 'var(--accent)' };

/**
 * Median time to make and deliver the catalogue against its size, one line per way of moving the
 * data. Points appear as sizes finish; animation is off so redraws stay short. Main thread.
 */
export function MovingDataChart({ rows, sizes }: { rows: readonly MoveRow[]; sizes: readonly number[] }) {
  const present = MOVE_METHODS.filter((m) => rows.some((r) => r.method === m));
  const data = sizes.map((stars) => {
    const point: Record<string, number | null> = { stars };
    for (const m of MOVE_METHODS) {
      const row = rows.find((r) => r.stars === stars && r.method === m);
      point[m] = row ? Number(row.time.median.toFixed(2)) : null;
    }
    return point;
  });
  return (
    <figure className="sm-chart" data-testid="moving-data-chart" data-points={rows.length}>
      <ResponsiveContainer width="100%" height={300}>
        <LineChart data={data} margin={{ top: 16, right: 24, bottom: 24, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
          <XAxis dataKey="stars" type="number" domain={[0, 'dataMax']} ticks={[...sizes]} stroke="var(--fg-muted)"
            tickFormatter={(s: number) => (s >= 1e6 ? `${s / 1e6}M` : `${s / 1e3}k`)}
            label={{ value: 'stars in the catalogue', position: 'insideBottom', offset: -12, fill: 'var(--fg-muted)' }} />
          <YAxis stroke="var(--fg-muted)" label={{ value: 'median time (ms)', angle: -90, position: 'insideLeft', fill: 'var(--fg-muted)' }} />
          <Tooltip formatter={(v) => `${formatMs(Number(v))} ms`} labelFormatter={(s) => `${Number(s).toLocaleString('en')} stars`}
            contentStyle={{ background: 'var(--bg-raised)', border: '1px solid var(--border)' }} />
          <Legend verticalAlign="top" height={28} />
          {present.map((m) => (
            <Line key={m} name={MOVE_LABELS[m]} dataKey={m} stroke={COLOURS[m]} strokeWidth={3} connectNulls
              strokeDasharray={m === 'transfer' ? '6 3' : undefined} dot={{ r: 4 }} isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
      <figcaption className="sr-only">Median time to make and deliver the star catalogue against its size; {rows.length} measurements so far.</figcaption>
    </figure>
  );
}
