import { formatDuration, formatRatio } from '../kit/format.ts';
import type { WorkSpan } from './job-states.ts';

/** One measured run of the whole workflow from scratch. */
export interface WallRun {
  j: number;
  /** Wall time (ms) from the first job's hand-out to the last job's result. */
  wall: number;
  /** Jobs that ran. */
  jobs: number;
}

/**
 * The work-span figures of a run: work, critical path, width, and their bound on speedup.
 * Main thread (React).
 */
export function WorkSpanFigures({ ws }: { ws: WorkSpan }) {
  return (
    <dl className="wf-figures" data-testid="work-span">
      <div>
        <dt>Work (sum of job times)</dt>
        <dd data-testid="work-ms" data-value={ws.work}>{formatDuration(ws.work)}</dd>
      </div>
      <div>
        <dt>Critical path ({ws.path.length} jobs)</dt>
        <dd data-testid="span-ms" data-value={ws.span}>{formatDuration(ws.span)}</dd>
      </div>
      <div>
        <dt>Width of the DAG</dt>
        <dd data-testid="dag-width" data-value={ws.width}>{ws.width} jobs</dd>
      </div>
      <div>
        <dt>Bound on speedup (work / critical path)</dt>
        <dd data-testid="parallelism" data-value={ws.parallelism}>{formatRatio(ws.parallelism)}×</dd>
      </div>
    </dl>
  );
}

/**
 * The wall times of the whole workflow at each -j, measured after one discarded warm-up run, beside the bound
 * max(critical path, work / j) from the job times of the first (smallest -j) run. Main thread (React).
 */
export function WallTimes({ runs, ws }: { runs: readonly WallRun[]; ws: WorkSpan | null }) {
  const base = runs[0]?.wall ?? Number.NaN;
  return (
    <div className="table-wrap">
      <table className="results" data-testid="wall-times">
        <caption>Wall time of the whole workflow, from scratch (after one discarded warm-up run)</caption>
        <thead>
          <tr>
            <th scope="col">-j</th>
            <th scope="col">Jobs</th>
            <th scope="col">Wall time (measured)</th>
            <th scope="col">Speedup</th>
            <th scope="col">Lower bound max(span, work / j)</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((r) => (
            <tr key={r.j} data-j={r.j}>
              <td>{r.j}</td>
              <td>{r.jobs}</td>
              <td data-testid="wall-ms" data-value={r.wall}>{formatDuration(r.wall)}</td>
              <td>{formatRatio(base / r.wall)}</td>
              <td data-testid="bound-ms">{ws ? formatDuration(Math.max(ws.span, ws.work / r.j)) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
