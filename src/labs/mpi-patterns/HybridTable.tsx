/**
 * The hybrid lab's table: one row per layout from the start ("—" until measured), so a run only
 * fills cells in. Memoized on its props. Main thread (React).
 */
import { memo } from 'react';
import { layoutName, type Layout } from '../../mpi/patterns/hybrid.ts';
import { formatMs, formatScientific } from '../kit/format.ts';
import type { HybridRow } from './hybrid-run.ts';

function HybridTableView({ layouts, rows }: { layouts: readonly Layout[]; rows: readonly HybridRow[] }) {
  return (
    <div className="table-wrap">
      <table className="results">
        <caption>One integral per layout, timed on rank 0 from the barrier to the reduced result</caption>
        <thead>
          <tr>
            <th scope="col">layout</th>
            <th scope="col">integral</th>
            <th scope="col">median (ms)</th>
            <th scope="col">min – max (ms)</th>
            <th scope="col">rank messages (reduce + barrier)</th>
            <th scope="col">calls to threads</th>
          </tr>
        </thead>
        <tbody>
          {layouts.map((lay) => {
            const r = rows.find((x) => x.ranks === lay.ranks && x.threads === lay.threads);
            return (
              <tr key={`${lay.ranks}x${lay.threads}`} data-layout={`${lay.ranks}x${lay.threads}`} data-measured={r ? 'yes' : 'no'}>
                <th scope="row">{layoutName(lay)}</th>
                <td>{r ? <code>{formatScientific(r.integral)}</code> : '—'}</td>
                <td>{r ? `${formatMs(r.timing.median)}${r.timing.noisy ? ' (noisy)' : ''}` : '—'}</td>
                <td>{r ? `${formatMs(r.timing.min)} – ${formatMs(r.timing.max)}` : '—'}</td>
                <td>{r ? `${r.reduceMessages} + ${r.barrierMessages}` : '—'}</td>
                <td>{r ? r.threadCalls : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The memoized table. */
export const HybridTable = memo(HybridTableView);
