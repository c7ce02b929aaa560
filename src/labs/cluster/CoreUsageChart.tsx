/**
 * The per-core usage of one job's allocation: one bar per allocated core, its height the share of
 * the span its worker was busy (measured inside the worker), the ceiling the program's size sets
 * drawn as a line, and the figures in words beside it. Plain SVG drawn at the figure's width.
 * Main thread (React).
 */
import { useRef } from 'react';
import { useElementWidth } from '../../hooks/useElementWidth.ts';
import { formatDuration } from '../kit/format.ts';
import type { CoreUsage } from './core-usage.ts';

const H = 200;
const PAD = { left: 44, right: 12, top: 12, bottom: 34 };

/** A fraction as a whole percentage with a space, as the lesson writes it: 0.8 → "80 %". */
export function percent(fraction: number): string {
  return `${Math.round(fraction * 100)} %`;
}

/** Props of {@link CoreUsageChart}. */
export interface CoreUsageChartProps {
  /** squeue's id of the job. */
  jobId: string;
  usage: CoreUsage;
}

/** The usage chart of one job: bars per core, the ceiling line, the figures in the caption. Main thread (React). */
export function CoreUsageChart({ jobId, usage }: CoreUsageChartProps) {
  const ref = useRef<HTMLElement>(null);
  const W = useElementWidth(ref, 560, 260);
  const n = usage.perCore.length;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / n;
  const bar = Math.max(4, Math.min(56, slot * 0.7));
  const y = (f: number) => PAD.top + (1 - f) * plotH;
  const cores = usage.perCore.length;
  const idle = cores - usage.coresWithWorker;
  return (
    <figure ref={ref} className="cluster-usage" data-testid="usage-chart" data-overall={usage.overall.toFixed(3)} data-ceiling={usage.ceiling.toFixed(3)}>
      <figcaption>
        <strong>Per-core usage of job {jobId}</strong>: {usage.coresWithWorker} of {cores} allocated cores had a worker, so at most{' '}
        <span data-testid="usage-ceiling">{percent(usage.ceiling)}</span> of the allocation could be busy; measured{' '}
        <span data-testid="usage-overall">{percent(usage.overall)}</span> (CPU efficiency, as Slurm’s <code>seff</code> reports it) over {formatDuration(usage.spanMs)}.
        {idle > 0 ? ` ${idle === 1 ? 'One core was' : `${idle} cores were`} booked and idle the whole time.` : ''}
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={`Busy share of each allocated core: ${usage.perCore.map((f, i) => `core ${i} ${percent(f)}`).join(', ')}.`}>
        {[0, 0.5, 1].map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} stroke="var(--border)" strokeDasharray="3 3" />
            <text x={PAD.left - 6} y={y(t) + 4} textAnchor="end" fontSize="11" fill="var(--fg-muted)">
              {percent(t)}
            </text>
          </g>
        ))}
        {usage.perCore.map((f, i) => {
          const x = PAD.left + slot * i + (slot - bar) / 2;
          return (
            <g key={i}>
              <rect x={x} y={y(f)} width={bar} height={Math.max(0, plotH * f)} fill={f > 0 ? 'var(--accent)' : 'none'} />
              {f === 0 ? <rect x={x} y={y(1)} width={bar} height={plotH} fill="none" stroke="var(--danger)" strokeDasharray="4 3" /> : null}
              <text x={x + bar / 2} y={H - PAD.bottom + 14} textAnchor="middle" fontSize="11" fill="var(--fg)">
                {n <= 16 || i % 2 === 0 ? `core ${i}` : ''}
              </text>
              <text x={x + bar / 2} y={Math.min(y(f) - 4, H - PAD.bottom - 4)} textAnchor="middle" fontSize="10" fill="var(--fg)">
                {slot > 34 ? percent(f) : ''}
              </text>
            </g>
          );
        })}
        <line x1={PAD.left} x2={W - PAD.right} y1={y(usage.ceiling)} y2={y(usage.ceiling)} stroke="var(--warn)" strokeWidth="2" />
        <text x={PAD.left} y={H - 4} fontSize="11" fill="var(--fg-muted)">
          orange: the ceiling, {percent(usage.ceiling)}; dashed red: booked, no worker
        </text>
      </svg>
    </figure>
  );
}
