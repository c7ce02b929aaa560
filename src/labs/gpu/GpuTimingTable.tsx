import type { GpuTimings } from '../../gpu/timing.ts';
import { computeMethodLabel } from '../../gpu/timing.ts';
import { formatBytes, formatMs } from '../kit/format.ts';

/** One row of {@link GpuTimingTable}: a label and the split times of its run. */
export interface GpuTimingRow {
  label: string;
  timings: GpuTimings;
  /** More cells after the times (e.g. GB/s), already formatted. */
  extra?: string[];
}

/**
 * Upload, compute and download times of GPU runs, one row each, with how compute was timed and
 * the adapter's description under the table. Main thread (React).
 */
export function GpuTimingTable({ rows, description, extraHeadings = [], testId = 'gpu-timings' }: { rows: readonly GpuTimingRow[]; description: string; extraHeadings?: string[]; testId?: string }) {
  if (rows.length === 0) return null;
  const methods = [...new Set(rows.map((r) => r.timings.computeMethod))];
  return (
    <>
      <p className="note">
        GPU phases on <span data-testid="gpu-adapter">{description}</span>. Compute: {methods.map(computeMethodLabel).join(' / ')}; upload and download: wall clock in the GPU worker (writeBuffer until the queue is done; copy, mapAsync and read).
      </p>
    <div className="table-wrap">
      <table className="results" data-testid={testId}>
        <caption className="sr-only">Upload, compute and download times of each GPU run</caption>
        <thead>
          <tr>
            <th scope="col">Run</th>
            <th scope="col">Upload (ms)</th>
            <th scope="col">Compute (ms)</th>
            <th scope="col">Download (ms)</th>
            <th scope="col">Moved</th>
            {extraHeadings.map((h) => (
              <th scope="col" key={h}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label} data-upload-ms={r.timings.uploadMs} data-compute-ms={r.timings.computeMs} data-download-ms={r.timings.downloadMs} data-method={r.timings.computeMethod}>
              <th scope="row">{r.label}</th>
              <td>{formatMs(r.timings.uploadMs)}</td>
              <td>{formatMs(r.timings.computeMs)}</td>
              <td>{formatMs(r.timings.downloadMs)}</td>
              <td>{formatBytes(r.timings.uploadBytes)} up, {formatBytes(r.timings.downloadBytes)} down</td>
              {(r.extra ?? []).map((cell, i) => (
                <td key={i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
    </>
  );
}
