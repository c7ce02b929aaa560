/**
 * What a deadlocked run was waiting for: one line per blocked rank and the cycle, if any.
 * Main thread.
 */
import { describeWait, type DeadlockReport } from '../../mpi/deadlock.ts';

/** The wait-for list of a deadlock report. */
export function WaitForList({ report }: { report: DeadlockReport }) {
  return (
    <div className="mpi-deadlock" role="alert" data-testid="wait-for">
      <p>
        <strong>Deadlock:</strong> no rank could make progress, so the run was stopped and its workers ended.
      </p>
      <ul>
        {report.waits.map((w, i) => (
          <li key={i}>{describeWait(w)}</li>
        ))}
      </ul>
      {report.cycle.length > 0 ? (
        <p>
          Wait-for cycle: {report.cycle.map((r) => `rank ${r}`).join(' → ')}. Each waits for the next, so none of them
          ever sends.
        </p>
      ) : (
        <p>No cycle: the awaited messages are never sent (their senders finished or took another path).</p>
      )}
    </div>
  );
}
