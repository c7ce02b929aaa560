import { useRef } from 'react';
import { formatCompact } from '../kit/format.ts';
import type { Crossover, ThroughputRow } from './throughput.ts';
import { useElementWidth } from '../../hooks/useElementWidth.ts';

const H = 300;
const PAD = { left: 60, right: 16, top: 14, bottom: 44 };
const CPU = 'var(--accent-2)';
const GPU = 'var(--accent)';

/** Powers of ten from below `min` to above `max` (log-axis ticks). */
function decades(min: number, max: number): number[] {
  const lo = Math.floor(Math.log10(Math.max(min, 1e-300)));
  const hi = Math.max(lo + 1, Math.ceil(Math.log10(Math.max(max, 1e-300))));
  return Array.from({ length: hi - lo + 1 }, (_, i) => 10 ** (lo + i));
}

/**
 * Throughput (units of work per second) against problem size (units of work), both on log axes,
 * one line for the CPU workers and one for the GPU, with the crossover marked. Plain SVG, drawn at
 * the figure's width (a Recharts redraw can be a long task on a small machine). Main thread (React).
 */
export function ThroughputChart({ rows, unit, cpuLabel, crossover }: { rows: readonly ThroughputRow[]; unit: string; cpuLabel: string; crossover: Crossover }) {
  const ref = useRef<HTMLElement>(null);
  const W = useElementWidth(ref, 640, 280);
  const works = rows.map((r) => r.work);
  const rates = rows.flatMap((r) => [r.cpu.rate, ...(r.gpu ? [r.gpu.rate] : [])]).filter((x) => Number.isFinite(x) && x > 0);
  const xTicks = decades(Math.min(...works), Math.max(...works));
  const yTicks = decades(rates.length ? Math.min(...rates) : 1, rates.length ? Math.max(...rates) : 10);
  const lx = (v: number) => Math.log10(v);
  const [x0, x1] = [lx(xTicks[0]!), lx(xTicks[xTicks.length - 1]!)];
  const [y0, y1] = [lx(yTicks[0]!), lx(yTicks[yTicks.length - 1]!)];
  const px = (v: number) => PAD.left + ((lx(v) - x0) / (x1 - x0 || 1)) * (W - PAD.left - PAD.right);
  const py = (v: number) => H - PAD.bottom - ((lx(Math.max(v, yTicks[0]!)) - y0) / (y1 - y0 || 1)) * (H - PAD.top - PAD.bottom);
  const line = (pick: (r: ThroughputRow) => number | undefined) =>
    rows.flatMap((r) => {
      const v = pick(r);
      return v !== undefined && v > 0 && Number.isFinite(v) ? [`${px(r.work)},${py(v)}`] : [];
    }).join(' ');
  const series = [
    { key: 'cpu', label: cpuLabel, colour: CPU, dash: '7 4', pick: (r: ThroughputRow) => r.cpu.rate },
    { key: 'gpu', label: 'GPU (WebGPU)', colour: GPU, dash: undefined, pick: (r: ThroughputRow) => r.gpu?.rate },
  ];
  const cross = crossover.kind === 'crossover' ? Math.sqrt(crossover.below.work * crossover.from.work) : null;
  return (
    <figure ref={ref} className="gpu-throughput-chart" data-testid="throughput-chart" data-points={rows.length} style={{ margin: '1rem 0' }}>
      <ul aria-hidden="true" style={{ display: 'flex', gap: '1.5rem', listStyle: 'none', padding: 0, margin: '0 0 .25rem', flexWrap: 'wrap' }}>
        {series.map((s) => (
          <li key={s.key}>
            <svg width="26" height="12">
              <line x1="1" x2="25" y1="6" y2="6" stroke={s.colour} strokeWidth="3" strokeDasharray={s.dash} />
            </svg>{' '}
            {s.label}
          </li>
        ))}
      </ul>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={`Throughput in ${unit} per second against problem size, log scales, for ${cpuLabel} and the GPU; ${rows.length} sizes measured.`}>
        {yTicks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={py(t)} y2={py(t)} stroke="var(--border)" strokeDasharray="3 3" />
            <text x={PAD.left - 6} y={py(t) + 4} textAnchor="end" fill="var(--fg-muted)" fontSize="12">{formatCompact(t)}</text>
          </g>
        ))}
        {xTicks.map((t) => (
          <text key={t} x={px(t)} y={H - PAD.bottom + 18} textAnchor="middle" fill="var(--fg-muted)" fontSize="12">{formatCompact(t)}</text>
        ))}
        <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} stroke="var(--fg-muted)" />
        <line x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={H - PAD.bottom} stroke="var(--fg-muted)" />
        <text x={(W + PAD.left) / 2} y={H - 6} textAnchor="middle" fill="var(--fg-muted)" fontSize="13">problem size ({unit}, log scale)</text>
        <text transform={`translate(14 ${(H - PAD.bottom + PAD.top) / 2}) rotate(-90)`} textAnchor="middle" fill="var(--fg-muted)" fontSize="13">{unit} per second (log)</text>
        {cross !== null ? (
          <g data-testid="crossover-line">
            <line x1={px(cross)} x2={px(cross)} y1={PAD.top} y2={H - PAD.bottom} stroke="var(--fg-muted)" strokeDasharray="2 4" />
            <text x={px(cross) + 4} y={PAD.top + 12} fill="var(--fg)" fontSize="12">GPU ahead from here</text>
          </g>
        ) : null}
        {series.map((s) => (
          <g key={s.key} data-series={s.key}>
            <polyline fill="none" stroke={s.colour} strokeWidth={3} strokeDasharray={s.dash} points={line(s.pick)} />
            {rows.map((r) => {
              const v = s.pick(r);
              return v !== undefined && v > 0 && Number.isFinite(v) ? <circle key={r.size} cx={px(r.work)} cy={py(v)} r={4.5} fill={s.colour} /> : null;
            })}
          </g>
        ))}
      </svg>
    </figure>
  );
}
