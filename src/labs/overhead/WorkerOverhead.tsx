import { useCallback } from 'react';
import { useRun } from '../../hooks/useRun.ts';
import { measureRoundTrip, measureStartup } from '../../measure/worker-overhead.ts';
import { formatMs } from '../speedup/format.ts';

const STARTUP_WORKERS = 8;

/**
 * Measures the fixed costs of workers on this machine: starting 8 workers and one warm round trip.
 * Main thread (React); the measurements create their own short-lived workers.
 */
export function WorkerOverhead() {
  const job = useCallback(async () => {
    const startup = await measureStartup(STARTUP_WORKERS);
    const roundTrip = await measureRoundTrip();
    return { startup, roundTrip };
  }, []);
  const { status, result, error, run } = useRun(job);
  return (
    <section className="lab" aria-label="Worker overhead">
      <h3 className="lab-title">What a worker costs</h3>
      <p className="note">
        Before any work is done, starting a worker and sending it a message take time. A task much shorter than these
        costs is not worth sending to a worker.
      </p>
      <button type="button" onClick={() => void run()} disabled={status === 'running'}>
        Measure overhead
      </button>
      <p role="status" data-testid="overhead-status" data-status={status}>
        {status === 'running' && 'Measuring…'}
        {status === 'error' && <span className="field-error">{error?.message}</span>}
      </p>
      {result ? (
        <table className="results" data-testid="overhead-table">
          <tbody>
            <tr>
              <th scope="row">Start {STARTUP_WORKERS} workers (median of 5)</th>
              <td data-testid="startup-ms" data-value={result.startup.median}>{formatMs(result.startup.median)} ms</td>
            </tr>
            <tr>
              <th scope="row">Warm round trip (median of 1000)</th>
              <td data-testid="roundtrip-ms" data-value={result.roundTrip.median}>{result.roundTrip.median.toFixed(3)} ms</td>
            </tr>
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
