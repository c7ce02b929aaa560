import { formatCount, formatDuration, formatPercent, formatRatio } from '../kit/format.ts';
import type { VariantRow } from './measure-variants.ts';

/** Props of {@link VariantTable}. */
export interface VariantTableProps {
  rows: readonly VariantRow[];
  /** Labels of variants still to measure, shown greyed. */
  pending: readonly string[];
  /** Index of the row whose timeline is shown. */
  selected: number;
  onSelect: (index: number) => void;
  /** Add a speedup column relative to the first row. */
  speedup?: boolean;
}

/**
 * The measurements of a variant sweep: median wall time with its spread, chunks sent, median item
 * time, pool utilisation, and a button per row to show its timeline. Main thread (React).
 */
export function VariantTable({ rows, pending, selected, onSelect, speedup = false }: VariantTableProps) {
  const base = rows[0]?.time.median;
  return (
    <div className="table-wrap">
      <table className="results" data-testid="variant-table">
        <thead>
          <tr>
            <th>Variant</th>
            <th>Chunks</th>
            <th>Wall time (median)</th>
            {speedup ? <th>Speedup</th> : null}
            <th>Time per item</th>
            <th>Utilisation</th>
            <th>Timeline</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.variant.label} data-testid="variant-row" className={i === selected ? 'mine' : undefined}>
              <td>
                {r.variant.label}
                {r.time.noisy ? <span className="badge badge-warn">noisy</span> : null}
              </td>
              <td>{formatCount(r.last.chunks.length)}</td>
              <td data-testid="variant-median">
                {formatDuration(r.time.median)}
                <span className="spread spread-below">{formatDuration(r.time.min)}–{formatDuration(r.time.max)}</span>
              </td>
              {speedup ? <td>{base ? formatRatio(base / r.time.median) : '–'}</td> : null}
              <td>{formatDuration(r.medianItemMs)}</td>
              <td>{formatPercent(r.utilisation)}</td>
              <td>
                <button type="button" onClick={() => onSelect(i)} aria-pressed={i === selected}>
                  Show
                </button>
              </td>
            </tr>
          ))}
          {pending.map((label) => (
            <tr key={label} className="pending">
              <td>{label}</td>
              <td colSpan={speedup ? 6 : 5}>waiting…</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
