/**
 * The queue as `squeue` and `sacct` together would show it: every job and array task with its
 * state (and why it waits), cores, elapsed time, CPU time charged (cores × elapsed), exit code,
 * a button on its id to show its output and usage, and one to cancel it. Main thread (React).
 */
import { formatDuration } from '../kit/format.ts';
import type { SessionJob } from './cluster-session.ts';
import { percent } from './CoreUsageChart.tsx';

/** Props of {@link QueueTable}. */
export interface QueueTableProps {
  jobs: readonly SessionJob[];
  /** The job whose output and usage are shown. */
  selected: string | null;
  onSelect: (id: string) => void;
  onCancel: (id: string) => void;
  /** The page clock now (ms), for the elapsed time of running jobs. */
  now: number;
}

function elapsedMs(j: SessionJob, now: number): number | null {
  if (j.startTime === undefined) return null;
  return (j.endTime ?? now) - j.startTime;
}

/** The queue table; an empty queue is a sentence instead. Main thread (React). */
export function QueueTable({ jobs, selected, onSelect, onCancel, now }: QueueTableProps) {
  if (jobs.length === 0) return <p className="note">The queue is empty. Submit the script to see its job here.</p>;
  return (
    <div className="table-wrap cluster-lab-queue" tabIndex={0} role="region" aria-label="Queue, scrollable">
      <table className="results cluster-queue" data-testid="queue-table">
        <caption>The queue (squeue) and the ended jobs (sacct); the scheduler looks at it every second</caption>
        <thead>
          <tr>
            <th scope="col">
              JobID <span className="sr-only">(press to show its output)</span>
            </th>
            <th scope="col">Name</th>
            <th scope="col">State</th>
            <th scope="col">CPUs</th>
            <th scope="col">Elapsed</th>
            <th scope="col">CPU time</th>
            <th scope="col">CPU eff.</th>
            <th scope="col">ExitCode</th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((j) => {
            const ms = elapsedMs(j, now);
            const live = j.state === 'PENDING' || j.state === 'RUNNING';
            return (
              <tr key={j.id} data-testid={`job-${j.id}`} data-state={j.state} data-history={j.history.join(' ')} aria-current={selected === j.id ? 'true' : undefined} className={selected === j.id ? 'cluster-selected' : undefined}>
                <th scope="row">
                  <button type="button" className="cluster-job-button" onClick={() => onSelect(j.id)} aria-pressed={selected === j.id} aria-label={`Show job ${j.id}`}>
                    {j.id}
                  </button>
                </th>
                <td className="cluster-name">{j.name}</td>
                <td className={`cluster-state cluster-${j.state.toLowerCase()}`}>
                  {j.state}
                  {live ? (
                    <button type="button" className="cluster-cancel" onClick={() => onCancel(j.id)} aria-label={`scancel ${j.id}`}>
                      scancel
                    </button>
                  ) : null}
                  {j.state === 'PENDING' ? <span className="cluster-reason">({j.reason})</span> : null}
                  {j.state === 'RUNNING' && j.backfilled ? <span className="cluster-reason">(backfilled)</span> : null}
                </td>
                <td>{j.allocated}</td>
                <td>{ms === null ? '–' : formatDuration(ms)}</td>
                <td>{ms === null ? '–' : formatDuration(ms * j.allocated)}</td>
                <td>{j.usage ? percent(j.usage.overall) : '–'}</td>
                <td>{j.exitCode ?? '–'}</td>

              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
