import type { LabRow } from './useSpeedupSweep.ts';
import { formatMs, formatPercent, formatRatio } from '../kit/format.ts';

/** The results of a sweep: one row per worker count (for a GPU sweep, one row: the GPU), noisy rows flagged. */
export function ResultsTable({ rows, pending, gpu = false }: { rows: readonly LabRow[]; pending: readonly number[]; gpu?: boolean }) {
  return (
    <div className="table-wrap">
      <table className="results" data-testid="results-table">
        <thead>
          <tr>
            <th scope="col">Workers</th>
            <th scope="col">Time (ms)</th>
            <th scope="col">Speedup</th>
            <th scope="col">Efficiency</th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.workers} data-workers={r.workers} data-value={r.result.value} data-inside={r.result.gpu?.details.inside}>
              <td>{gpu ? 'GPU (1 device)' : r.workers}</td>
              <td>
                {formatMs(r.time.median)}
                <span className="spread"> ({formatMs(r.time.min)}–{formatMs(r.time.max)})</span>
                {r.time.noisy ? <span className="badge badge-warn" title="The slowest run was more than 25 % slower than the fastest: the median is uncertain.">noisy</span> : null}
              </td>
              <td>{formatRatio(r.speedup)}</td>
              <td>{formatPercent(r.efficiency)}</td>
              <td><code>{r.result.text}</code></td>
            </tr>
          ))}
          {pending.map((p) => (
            <tr key={p} className="pending">
              <td>{gpu ? 'GPU (1 device)' : p}</td>
              <td colSpan={4}>waiting…</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
