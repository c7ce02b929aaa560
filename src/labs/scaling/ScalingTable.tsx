import { memo } from 'react';
import { formatFixed, formatMs, formatPercent, formatRatio } from '../kit/format.ts';
import type { ScalingAnalysis } from './scaling-analysis.ts';

/**
 * Results of a scaling sweep: per worker count the median time with its spread, the two phases,
 * speedup, efficiency and Karp-Flatt (strong) or T(1)/T(p) (weak). Noisy, oversubscribed and
 * unfitted rows are flagged. Main thread (React).
 */
export const ScalingTable = memo(function ScalingTable({ analysis, pending }: { analysis: ScalingAnalysis; pending: readonly number[] }) {
  const strong = analysis.law === 'amdahl';
  return (
    <div className="table-wrap">
      <table className="results scaling-results" data-testid="scaling-table">
        <thead>
          <tr>
            <th scope="col">Workers</th>
            <th scope="col">Time (ms)</th>
            <th scope="col" title="Serial phase on worker 0, then parallel phase on all workers (medians of the timed runs)">Serial + parallel</th>
            <th scope="col">{strong ? 'Speedup' : 'Scaled speedup'}</th>
            <th scope="col">Efficiency</th>
            <th scope="col">{strong ? 'Karp–Flatt e(p)' : 'T(1)/T(p)'}</th>
          </tr>
        </thead>
        <tbody>
          {analysis.rows.map((r) => (
            <tr key={r.workers} data-workers={r.workers} className={r.oversubscribed ? 'oversubscribed' : undefined}>
              <td>
                {r.workers}
                {r.oversubscribed ? <span className="badge badge-warn" title="More workers than the cores the browser reports; left out of the fit.">&gt; cores</span> : null}
              </td>
              <td>
                {formatMs(r.time.median)}
                <span className="spread"> ({formatMs(r.time.min)}–{formatMs(r.time.max)})</span>
                {r.time.noisy ? <span className="badge badge-warn" title="The slowest run was more than 25 % slower than the fastest: the median is uncertain.">noisy</span> : null}
              </td>
              <td>
                {formatMs(r.serialMs)} + {formatMs(r.parallelMs)}
              </td>
              <td>{formatRatio(r.speedup)}</td>
              <td>{formatPercent(r.efficiency)}</td>
              <td>{strong ? formatFixed(r.karpFlatt, 3) : formatRatio(r.weakEfficiency)}</td>
            </tr>
          ))}
          {pending.map((p) => (
            <tr key={p} className="pending">
              <td>{p}</td>
              <td colSpan={5}>waiting…</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
