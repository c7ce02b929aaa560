/**
 * Output of a run: one panel per rank (what that rank printed, in order), or all lines
 * interleaved in time order as a terminal would show them. Main thread.
 */
import { useMemo, useState } from 'react';
import type { OutputLine } from '../../mpi/run-core.ts';

const MAX_LINES = 500;

/** Per-rank output panels with a toggle to the interleaved view. */
export function RankOutput({ size, output, states, dropped = 0 }: { size: number; output: readonly OutputLine[]; states: readonly string[]; dropped?: number }) {
  const [interleaved, setInterleaved] = useState(false);
  const byRank = useMemo(() => {
    const lists: string[][] = Array.from({ length: size }, () => []);
    for (const l of output) lists[l.rank]?.push(l.text);
    return lists;
  }, [output, size]);
  return (
    <div className="mpi-output">
      <div className="mpi-output-head">
        <h4>Output</h4>
        <label>
          <input type="checkbox" checked={interleaved} onChange={(e) => setInterleaved(e.target.checked)} /> interleaved, as a terminal shows it
        </label>
      </div>
      {interleaved ? (
        <pre className="mpi-terminal" data-testid="output-all">
          {output.slice(0, MAX_LINES).map((l) => `[${l.rank}] ${l.text}`).join('\n')}
        </pre>
      ) : (
        <div className="mpi-ranks">
          {Array.from({ length: size }, (_, rank) => {
            const lines = byRank[rank] ?? [];
            return (
              <section key={rank} className={`mpi-rank mpi-state-${states[rank] ?? 'starting'}`} aria-label={`Output of rank ${rank}`} data-testid={`rank-output-${rank}`}>
                <h5>
                  rank {rank} <span className="mpi-state">{states[rank] ?? 'starting'}</span>
                </h5>
                <pre>{lines.slice(0, MAX_LINES).join('\n') || ' '}</pre>
                {lines.length > MAX_LINES && <p className="note">{lines.length - MAX_LINES} more lines not shown.</p>}
              </section>
            );
          })}
        </div>
      )}
      {dropped > 0 && <p className="note">{dropped} further lines were printed but not kept.</p>}
    </div>
  );
}
