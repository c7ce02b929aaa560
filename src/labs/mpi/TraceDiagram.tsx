/**
 * The live sequence diagram of a run (SVG): lifelines per rank, message arrows, collective bands,
 * wait-for arrows after a deadlock, and the messages as a table for screen readers and for
 * reading exact numbers. Main thread; geometry from trace-layout.ts.
 */
import { formatFixed } from '../kit/format.ts';
import { useId, useMemo, useState } from 'react';
import type { Trace } from '../../mpi/trace.ts';
import type { WaitEdge } from '../../mpi/deadlock.ts';
import { layoutTrace } from './trace-layout.ts';

const TABLE_ROWS = 200;
const DENSE_ARROWS = 100;

/** Props of {@link TraceDiagram}. */
export interface TraceDiagramProps {
  trace: Trace;
  /** ms since start at the bottom edge. */
  endTime: number;
  waits?: readonly WaitEdge[] | undefined;
  /** Ranks that failed (red cross at the end of their lifeline). */
  failed?: readonly number[];
}

/** Sequence diagram of a trace. */
export function TraceDiagram({ trace, endTime, waits = [], failed = [] }: TraceDiagramProps) {
  const id = useId();
  const [tableOpen, setTableOpen] = useState(false);
  const width = Math.max(280, Math.min(900, 120 * trace.size + 80));
  const height = 360;
  const l = useMemo(() => layoutTrace(trace, endTime, { width, height }, waits), [trace, endTime, width, waits]);
  // Many arrows: one path per kind instead of an element per message (cheap to redraw live).
  const dense = l.arrows.length > DENSE_ARROWS;
  const summary = `Sequence diagram: ${trace.size} ranks, ${trace.totalMessages} messages, ${trace.collectives.length} collective calls over ${formatFixed(l.endTime, 0)} ms.`;
  return (
    <figure className="mpi-trace">
      <div className="mpi-trace-scroll">
        <svg viewBox={`0 0 ${width} ${height}`} style={{ minWidth: `${Math.round(width * 0.75)}px` }} role="img" aria-labelledby={`${id}-cap`} data-testid="trace-svg">
          <defs>
            <marker id={`${id}-p2p`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" className="mpi-head-p2p" />
            </marker>
            <marker id={`${id}-coll`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" className="mpi-head-coll" />
            </marker>
            <marker id={`${id}-wait`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" className="mpi-head-wait" />
            </marker>
          </defs>
          {l.ticks.map((t) => (
            <g key={t.label} className="mpi-tick">
              <line x1={44} x2={width - 8} y1={t.y} y2={t.y} />
              <text x={2} y={t.y + 4}>{t.label}</text>
            </g>
          ))}
          {l.bands.map((b, i) => (
            <g key={`band-${i}`} className="mpi-band">
              <rect x={44} y={b.y1} width={width - 52} height={b.y2 - b.y1} />
              <text x={width - 12} y={b.y1 + 11} textAnchor="end">{b.label}</text>
            </g>
          ))}
          {l.lifelines.map(({ rank, x }) => (
            <g key={rank} className={`mpi-lifeline${failed.includes(rank) ? ' mpi-failed' : ''}`}>
              <text x={x} y={16} textAnchor="middle">rank {rank}</text>
              <line x1={x} x2={x} y1={l.top} y2={l.bottom} />
              {failed.includes(rank) && <text x={x} y={l.bottom + 12} textAnchor="middle" className="mpi-cross">✕ error</text>}
            </g>
          ))}
          {dense
            ? (['p2p', 'coll'] as const).flatMap((kind) =>
                [true, false].map((received) => (
                  <g key={`${kind}-${received}`} className={`mpi-arrow mpi-arrow-${kind}${received ? '' : ' mpi-inflight'}`}>
                    <path d={l.arrows.filter((a) => a.kind === kind && a.received === received).map((a) => `M${a.x1.toFixed(1)},${a.y1.toFixed(1)}L${a.x2.toFixed(1)},${a.y2.toFixed(1)}`).join('')} />
                  </g>
                )),
              )
            : l.arrows.map((a, i) => (
                <g key={i} className={`mpi-arrow mpi-arrow-${a.kind}${a.received ? '' : ' mpi-inflight'}`}>
                  <title>{a.title}</title>
                  <line x1={a.x1} y1={a.y1} x2={a.x2} y2={a.y2} markerEnd={`url(#${id}-${a.kind})`} />
                  {a.label && (
                    <text x={(a.x1 + a.x2) / 2} y={(a.y1 + a.y2) / 2 - 4} textAnchor="middle">{a.label}</text>
                  )}
                </g>
              ))}
          {l.waits.map((w, i) => (
            <g key={`wait-${i}`} className="mpi-wait">
              <title>{w.title}</title>
              {w.self ? (
                <circle cx={w.x1} cy={w.y} r={4} />
              ) : (
                <line x1={w.x1} x2={w.x2 + (w.x2 > w.x1 ? -4 : 4)} y1={w.y} y2={w.y} markerEnd={`url(#${id}-wait)`} />
              )}
            </g>
          ))}
        </svg>
      </div>
      <figcaption id={`${id}-cap`} className="note">
        {summary}
        {l.hidden > 0 && ` The first ${l.arrows.length} messages are drawn; ${l.hidden} more are counted but not drawn.`}
        {' '}Blue arrows: your messages; orange: messages inside collectives; shaded bands: collective calls; red: who waits for whom.
      </figcaption>
      <details className="mpi-table" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
        <summary>Messages as a table</summary>
        {tableOpen && (
          <div className="table-wrap">
            <table className="results" data-testid="trace-table">
              <thead>
                <tr>
                  <th scope="col">from</th>
                  <th scope="col">to</th>
                  <th scope="col">tag / collective</th>
                  <th scope="col">bytes</th>
                  <th scope="col">sent (ms)</th>
                  <th scope="col">received (ms)</th>
                </tr>
              </thead>
              <tbody>
                {trace.messages.slice(0, TABLE_ROWS).map((m) => (
                  <tr key={`${m.source}-${m.dest}-${m.seq}`}>
                    <td>{m.source}</td>
                    <td>{m.dest}</td>
                    <td>{m.context === 'coll' ? m.collective : m.tag}</td>
                    <td>{m.bytes}</td>
                    <td>{formatFixed(m.sentAt, 2)}</td>
                    <td>{m.receivedAt === undefined ? '—' : formatFixed(m.receivedAt, 2)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {tableOpen && trace.messages.length > TABLE_ROWS && <p className="note">First {TABLE_ROWS} of {trace.totalMessages} messages.</p>}
      </details>
    </figure>
  );
}
