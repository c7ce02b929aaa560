import { useCallback, useState } from 'react';
import { useRun } from '../../hooks/useRun.ts';
import type { TimingSummary } from '../../measure/stats.ts';
import { measureRoundTrip, measureStartup } from '../../workers/worker-overhead.ts';
import type { LabComponentProps } from '../kit/definition.ts';
import { ExportButtons } from '../kit/ExportButtons.tsx';
import type { LabResults } from '../kit/export.ts';
import { formatCount, formatDuration, plural } from '../kit/format.ts';
import { LabActions, LabStatus } from '../kit/LabActions.tsx';
import { LabForm } from '../kit/LabForm.tsx';
import { queryFromSettings, type RawSettings } from '../kit/settings.ts';
import { useAutorun, useLabSettings } from '../kit/useLabSettings.ts';
import { overheadSettings, type OverheadField, type OverheadParams } from './overhead-settings.ts';

/** Id of this lab in the lab registry and its links (`#/lab/worker-overhead`). */
export const OVERHEAD_LAB_ID = 'worker-overhead';
const TITLE = 'What a worker costs';

/** What one measurement found. */
interface OverheadResult {
  params: OverheadParams;
  /** Start-up of `params.workers` workers (ms per start-up, every timed one in `samples`). */
  startup: TimingSummary;
  /** One warm round trip (ms per call, every timed one in `samples`). */
  roundTrip: TimingSummary;
}

/** Every timed start-up and round trip, and the table, for export. */
export function overheadResults(raw: RawSettings<OverheadField>, r: OverheadResult): LabResults {
  const query = queryFromSettings(overheadSettings, raw);
  const startSeries = `start ${plural(r.params.workers, 'worker')}`;
  return {
    lab: { id: OVERHEAD_LAB_ID, title: TITLE },
    settings: Object.fromEntries(new URLSearchParams(query)),
    query,
    runs: [
      ...r.startup.samples.map((ms, i) => ({ series: startSeries, workers: r.params.workers, repeat: i, ms })),
      ...r.roundTrip.samples.map((ms, i) => ({ series: 'round trip', workers: 1, repeat: i, ms })),
    ],
    summary: [
      { measure: startSeries, median_ms: r.startup.median, min_ms: r.startup.min, max_ms: r.startup.max, runs: r.startup.samples.length },
      { measure: 'round trip', median_ms: r.roundTrip.median, min_ms: r.roundTrip.min, max_ms: r.roundTrip.max, runs: r.roundTrip.samples.length },
    ],
  };
}

/**
 * Measures the fixed costs of workers on this machine: starting fresh workers together (median of
 * the repeats after a discarded warm-up) and one warm message round trip (median of many calls).
 * Main thread (React); the measurements create their own short-lived workers.
 */
export function WorkerOverhead({ title = TITLE, ...props }: LabComponentProps<OverheadField>) {
  const form = useLabSettings(overheadSettings, props);
  const [ranRaw, setRanRaw] = useState(form.raw);
  const job = useCallback(async (signal: AbortSignal, params: OverheadParams): Promise<OverheadResult> => {
    const startup = await measureStartup(params.workers, params.repeats, signal);
    const roundTrip = await measureRoundTrip(params.calls, 200, signal);
    return { params, startup, roundTrip };
  }, []);
  const { status, result, error, run, cancel } = useRun(job);
  const start = (params: OverheadParams): void => {
    setRanRaw(form.raw);
    void run(params);
  };
  useAutorun(props.autorun, form.params, start);
  const running = status === 'running';
  return (
    <section className="lab" aria-label="Worker overhead">
      <h3 className="lab-title">{title}</h3>
      <p className="note">
        Before any work is done, starting a worker and sending it a message take time. A task much shorter than these
        costs is not worth sending to a worker.
      </p>
      <LabForm form={form} disabled={running} onSubmit={start}>
        <LabActions status={status} canRun={!!form.params} onCancel={cancel} runLabel="Measure overhead" link={{ lab: OVERHEAD_LAB_ID, query: form.linkQuery }}>
          <ExportButtons results={result ? overheadResults(ranRaw, result) : null} filename={result ? `worker-overhead-${result.params.workers}w` : 'worker-overhead'} />
        </LabActions>
      </LabForm>
      <LabStatus invalid={!form.params}
        status={status}
        error={error}
        text={{
          idle: 'Ready. Press Measure overhead.',
          running: 'Measuring…',
          done: result ? `Done: ${plural(result.params.workers, 'worker')} started in ${formatDuration(result.startup.median)}, a warm round trip takes ${formatDuration(result.roundTrip.median)}.` : 'Done.',
          // Cancel stops waiting for the result; the measurement's own workers finish and are closed.
          cancelled: 'Cancelled.',
        }}
      />
      {result ? (
        <div className="table-wrap">
        <table className="results overhead-table" data-testid="overhead-table">
          <tbody>
            <tr>
              <th scope="row">Start {plural(result.params.workers, 'worker')} (median of {formatCount(result.startup.samples.length)})</th>
              <td data-testid="startup-ms" data-value={result.startup.median}>{formatDuration(result.startup.median)}</td>
            </tr>
            <tr>
              <th scope="row">Warm round trip (median of {formatCount(result.roundTrip.samples.length)})</th>
              <td data-testid="roundtrip-ms" data-value={result.roundTrip.median}>{formatDuration(result.roundTrip.median)}</td>
            </tr>
          </tbody>
        </table>
        </div>
      ) : null}
    </section>
  );
}
