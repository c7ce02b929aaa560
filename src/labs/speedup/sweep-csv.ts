/**
 * CSV export of a speedup sweep (RFC 4180: comma-separated, a header row, CRLF line ends).
 * Pure.
 */
import type { SweepRow } from '../../measure/sweep.ts';
import type { LabParams } from './lab-params.ts';
import { formatScientific } from './format.ts';

/** Column names of the CSV, in order. */
export const CSV_COLUMNS = [
  'kernel', 'n', 'seed', 'repeats', 'workers', 'median_ms', 'min_ms', 'max_ms', 'speedup', 'efficiency', 'result', 'noisy', 'cores',
] as const;

/**
 * One line per worker count with the settings repeated on every line, so a sheet of several
 * sweeps can be concatenated and filtered.
 *
 * @param rows finished rows; `result` is the kernel's scalar result
 * @param cores logical cores the browser reported
 */
export function sweepToCsv(params: Omit<LabParams, 'autorun'>, rows: readonly SweepRow<number>[], cores: number): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of rows) {
    lines.push(
      [
        params.kernel, params.n, params.seed, params.repeats, r.workers,
        r.time.median.toFixed(3), r.time.min.toFixed(3), r.time.max.toFixed(3),
        Number.isFinite(r.speedup) ? r.speedup.toFixed(4) : '', Number.isFinite(r.efficiency) ? r.efficiency.toFixed(4) : '',
        formatScientific(r.result), r.time.noisy ? 'yes' : 'no', cores,
      ].join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
