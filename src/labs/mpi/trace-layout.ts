/**
 * Geometry of the sequence diagram: one vertical lifeline per rank, time running down, an arrow
 * per message from (sender, send time) to (receiver, receive time), a band per collective call
 * from the first rank's entry to the last rank's exit, and, after a deadlock, a dashed arrow from
 * each blocked rank to the rank it waits for.
 *
 * Pure: unit-tested in Node; the component only draws what this returns.
 */
import type { Trace } from '../../mpi/trace.ts';
import type { WaitEdge } from '../../mpi/deadlock.ts';
import { formatBytes, formatFixed } from '../kit/format.ts';
import { tickStep as d3TickStep } from 'd3-array';

/** Most message arrows drawn; the rest are counted in `hidden`. */
export const MAX_ARROWS = 600;

/** Sizes of the drawing, px (SVG user units). */
export interface LayoutBox {
  width: number;
  height: number;
}

/** A message arrow. */
export interface Arrow {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  kind: 'p2p' | 'coll';
  /** False while the message is in flight (drawn dashed to the bottom). */
  received: boolean;
  label: string;
  title: string;
}

/** A collective band. */
export interface Band {
  y1: number;
  y2: number;
  label: string;
}

/** Everything to draw. */
export interface TraceLayout {
  lifelines: { rank: number; x: number }[];
  top: number;
  bottom: number;
  arrows: Arrow[];
  bands: Band[];
  waits: { x1: number; x2: number; y: number; title: string; self: boolean }[];
  ticks: { y: number; label: string }[];
  hidden: number;
  endTime: number;
}


/** Round tick step (1, 2 or 5 times a power of ten) giving about `count` ticks over `span` (d3-array's `tickStep`). */
export function tickStep(span: number, count = 5): number {
  if (!(span > 0)) return 1;
  return d3TickStep(0, span, count);
}

/**
 * Lays out a trace.
 *
 * @param trace the trace (times in ms since start)
 * @param endTime ms since start at the bottom of the diagram (the run's elapsed time)
 * @param waits wait-for edges to draw at the bottom (after a deadlock)
 */
export function layoutTrace(trace: Trace, endTime: number, box: LayoutBox, waits: readonly WaitEdge[] = []): TraceLayout {
  const top = 28;
  const waitRows = Math.min(waits.length, 6);
  const bottom = box.height - (waitRows > 0 ? 18 + 9 * waitRows : 14);
  const left = 58;
  const right = box.width - 30;
  const n = trace.size;
  const xOf = (r: number) => (n === 1 ? (left + right) / 2 : left + ((right - left) * r) / (n - 1));
  const end = Math.max(endTime, trace.lastTime, 1e-3);
  const yOf = (t: number) => top + ((bottom - top) * Math.min(Math.max(t, 0), end)) / end;

  const shown = trace.messages.slice(0, MAX_ARROWS);
  const labelled = shown.length <= 24;
  const arrows: Arrow[] = shown.map((m) => {
    const received = m.receivedAt !== undefined;
    const what = m.context === 'coll' ? `${m.collective ?? 'collective'}` : `tag ${m.tag}`;
    return {
      x1: xOf(m.source),
      y1: yOf(m.sentAt),
      x2: xOf(m.dest),
      y2: received ? yOf(m.receivedAt!) : bottom,
      kind: m.context,
      received,
      label: labelled ? `${what} · ${formatBytes(m.bytes)}` : '',
      title: `rank ${m.source} → rank ${m.dest}, ${what}, ${formatBytes(m.bytes)}, sent ${formatFixed(m.sentAt, 1)} ms, ${received ? `received ${formatFixed(m.receivedAt!, 1)} ms` : 'not received'}`,
    };
  });

  const bands: Band[] = trace.collectives.map((c) => {
    const enters = c.enter.filter((t): t is number => t !== undefined);
    const exits = c.exit.filter((t): t is number => t !== undefined);
    const y1 = yOf(enters.length ? Math.min(...enters) : 0);
    const y2 = exits.length === n ? yOf(Math.max(...exits)) : bottom;
    return { y1, y2: Math.max(y2, y1 + 2), label: `${c.name}${c.name === 'barrier' || c.name === 'allreduce' ? '' : ` (root ${c.root})`}` };
  });

  const step = tickStep(end);
  const ticks: TraceLayout['ticks'] = [];
  for (let t = 0; t <= end + 1e-9 && ticks.length < 12; t += step) ticks.push({ y: yOf(t), label: step >= 1000 ? `${(t / 1000).toFixed(step >= 10000 ? 0 : 1)} s` : `${Number(t.toPrecision(3))} ms` });

  const waitLines = waits.slice(0, waitRows).map((w, i) => ({
    x1: xOf(w.rank),
    x2: w.from >= 0 ? xOf(w.from) : xOf(w.rank),
    y: bottom + 14 + 9 * i,
    self: w.from < 0,
    title: `rank ${w.rank} waits in ${w.op} for ${w.from < 0 ? 'any rank' : `rank ${w.from}`}`,
  }));

  return {
    lifelines: Array.from({ length: n }, (_, rank) => ({ rank, x: xOf(rank) })),
    top,
    bottom,
    arrows,
    bands,
    waits: waitLines,
    ticks,
    hidden: trace.messages.length - shown.length + trace.dropped,
    endTime: end,
  };
}
