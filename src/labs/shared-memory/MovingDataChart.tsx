import { useRef } from 'react';
import { nice, ticks } from 'd3-array';
import { formatCompact, formatCount, formatMs } from '../kit/format.ts';
import { MOVE_LABELS, MOVE_METHODS, type MoveMethod, type MoveRow } from './star-catalogue-job.ts';
import { useElementWidth } from '../../hooks/useElementWidth.ts';

const COLOURS: Record<MoveMethod, string> = { copy: 'var(--danger)', transfer: 'var(--accent-2)', shared: 'var(--accent)' };
const DASH: Record<MoveMethod, string | undefined> = { copy: undefined, transfer: '7 4', shared: undefined };
const MARKER: Record<MoveMethod, 'circle' | 'square' | 'diamond'> = { copy: 'circle', transfer: 'square', shared: 'diamond' };

const H = 300;
const PAD = { left: 52, right: 16, top: 12, bottom: 44 };

/** A round top for an axis from 0 to max and its ticks (d3-array's `nice` and `ticks`). */
function niceScale(max: number, count = 5): { top: number; ticks: number[] } {
  const top = max > 0 ? nice(0, max, count)[1] : 1;
  return { top, ticks: ticks(0, top, count) };
}


/** The sizes whose tick labels fit: a label is skipped when it would touch the previous one. */
function labelledSizes(sizes: readonly number[], px: (s: number) => number): number[] {
  const shown: number[] = [];
  for (const s of [...sizes].sort((a, b) => b - a)) {
    if (shown.length === 0 || px(shown[shown.length - 1]!) - px(s) >= 40) shown.push(s);
  }
  return shown;
}

function Marker({ kind, x, y, colour }: { kind: 'circle' | 'square' | 'diamond'; x: number; y: number; colour: string }) {
  if (kind === 'circle') return <circle cx={x} cy={y} r={4.5} fill={colour} />;
  if (kind === 'square') return <rect x={x - 4} y={y - 4} width={8} height={8} fill={colour} />;
  return <path d={`M${x} ${y - 5.5}L${x + 5.5} ${y}L${x} ${y + 5.5}L${x - 5.5} ${y}Z`} fill={colour} />;
}

/**
 * Median time to make and deliver the catalogue against its size, one line per way of moving the
 * data, as plain SVG. (A hand-drawn chart rather than Recharts: a Recharts redraw took about
 * 100 ms on the 2-core test machine, a long task in the middle of a measurement; this one
 * renders in well under a millisecond.) Points appear as sizes finish. Times in ms, sizes in
 * stars. Main thread (React).
 */
export function MovingDataChart({ rows, sizes }: { rows: readonly MoveRow[]; sizes: readonly number[] }) {
  // Drawn at the figure's real width, so text keeps its size on a phone and on a projector.
  const ref = useRef<HTMLElement>(null);
  const W = useElementWidth(ref, 640, 280);
  const present = MOVE_METHODS.filter((m) => rows.some((r) => r.method === m));
  const maxStars = Math.max(...sizes, 1);
  const y = niceScale(Math.max(0, ...rows.map((r) => r.time.median)));
  const px = (stars: number): number => PAD.left + (stars / maxStars) * (W - PAD.left - PAD.right);
  const py = (ms: number): number => H - PAD.bottom - (ms / y.top) * (H - PAD.top - PAD.bottom);
  const yTicks = y.ticks;

  return (
    <figure ref={ref} className="sm-chart" data-testid="moving-data-chart" data-points={rows.length}>
      <ul className="sm-legend">
        {MOVE_METHODS.map((m) => (
          <li key={m} className={present.includes(m) || rows.length === 0 ? undefined : 'sm-legend-off'}>
            <svg width="26" height="12" aria-hidden="true">
              <line x1="1" x2="25" y1="6" y2="6" stroke={COLOURS[m]} strokeWidth="3" strokeDasharray={DASH[m]} />
              <Marker kind={MARKER[m]} x={13} y={6} colour={COLOURS[m]} />
            </svg>
            {MOVE_LABELS[m]}
          </li>
        ))}
      </ul>
      <svg viewBox={`0 0 ${W} ${H}`} className="sm-chart-svg" role="img"
        aria-label={`Median time to make and deliver the star catalogue against its size; ${rows.length} measurements so far.`}>
        {yTicks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={py(t)} y2={py(t)} stroke="var(--border)" strokeDasharray="3 3" />
            <text x={PAD.left - 6} y={py(t) + 4} textAnchor="end" className="sm-tick">{formatCompact(t)}</text>
          </g>
        ))}
        {labelledSizes(sizes, px).map((s) => (
          <text key={s} x={px(s)} y={H - PAD.bottom + 18} textAnchor="middle" className="sm-tick">{formatCompact(s)}</text>
        ))}
        <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} stroke="var(--fg-muted)" />
        <line x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={H - PAD.bottom} stroke="var(--fg-muted)" />
        <text x={(W + PAD.left) / 2} y={H - 6} textAnchor="middle" className="sm-axis-label">stars in the catalogue</text>
        <text transform={`translate(14 ${(H - PAD.bottom + PAD.top) / 2}) rotate(-90)`} textAnchor="middle" className="sm-axis-label">median time (ms)</text>
        {present.map((m) => {
          const points = rows.filter((r) => r.method === m).sort((a, b) => a.stars - b.stars);
          return (
            <g key={m} data-method={m}>
              <polyline fill="none" stroke={COLOURS[m]} strokeWidth={3} strokeDasharray={DASH[m]}
                points={points.map((r) => `${px(r.stars)},${py(r.time.median)}`).join(' ')} />
              {points.map((r) => (
                <g key={r.stars}>
                  <title>{`${MOVE_LABELS[m]}, ${formatCount(r.stars)} stars: ${formatMs(r.time.median)} ms`}</title>
                  <Marker kind={MARKER[m]} x={px(r.stars)} y={py(r.time.median)} colour={COLOURS[m]} />
                </g>
              ))}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
