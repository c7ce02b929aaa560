import { useCallback, useId, useMemo, useState } from 'react';
import { useRun } from '../../hooks/useRun.ts';
import { formatRatio } from '../speedup/format.ts';
import { SleepTimeline } from '../why-parallel/SleepTimeline.tsx';
import { idealSleepWallMs } from '../why-parallel/sleep-params.ts';
import { runIoDemo } from './run-io.ts';
import { DEFAULT_IO_PARAMS, validateIoParams, type IoParams, type RawIoParams } from './simulated-io.ts';
import '../../styles/lessons-labs.css';
import { LabField } from '../form/LabField.tsx';

const FIELDS: { name: keyof IoParams; label: string; help: string }[] = [
  { name: 'requests', label: 'Requests', help: 'How many simulated downloads.' },
  { name: 'latencyMs', label: 'Latency (ms)', help: 'How long the “server” takes to answer each one.' },
  { name: 'concurrency', label: 'At a time', help: 'Requests in flight at once (the course: max_workers=4).' },
];

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/**
 * The I/O lab: simulated requests that only wait, one at a time and then several at a time, all
 * on the main thread. The waits overlap, so the concurrent run is faster. Main thread (React).
 */
export function IoLab() {
  const [raw, setRaw] = useState<RawIoParams>(DEFAULT_IO_PARAMS);
  const { params, errors } = useMemo(() => validateIoParams(raw), [raw]);
  const [phase, setPhase] = useState<'sequential' | 'concurrent'>('sequential');
  const job = useCallback((signal: AbortSignal, p: IoParams) => runIoDemo(signal, p, setPhase), []);
  const io = useRun(job);
  const id = useId();
  const running = io.status === 'running';
  const r = io.result;
  const maxMs = r ? Math.max(r.sequential.wallMs, r.concurrent.wallMs) : 1;

  return (
    <section className="lab io-lab" aria-label="I/O lab">
      <h3 className="lab-title">Waiting overlaps: simulated downloads</h3>
      <form
        className="lab-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (params) void io.run(params);
        }}
      >
        {FIELDS.map(({ name, label, help }) => (
          <LabField key={name} id={id} name={name} label={label} help={help} value={raw[name]} error={errors[name]}
            disabled={running} onChange={(value) => setRaw({ ...raw, [name]: value })} />
        ))}
        <div className="lab-actions">
          <button type="submit" className="primary" disabled={!params || running}>
            Run
          </button>
          <button type="button" onClick={io.cancel} disabled={!running}>
            Cancel
          </button>
        </div>
      </form>
      <p className="lab-status" role="status" data-testid="io-status" data-status={io.status}>
        {io.status === 'idle' && 'Ready. Press Run: first one request at a time, then several at once.'}
        {running && (phase === 'sequential' ? 'Sequential: waiting for each answer before sending the next request…' : 'Concurrent: several requests waiting at once…')}
        {io.status === 'done' && r &&
          `Done: sequential ${seconds(r.sequential.wallMs)}, ${r.params.concurrency} at a time ${seconds(r.concurrent.wallMs)}, speedup ${formatRatio(r.sequential.wallMs / r.concurrent.wallMs)}.`}
        {io.status === 'cancelled' && 'Cancelled; the pending timers were cleared.'}
        {io.status === 'error' && <span className="field-error">The run failed: {io.error?.message}</span>}
      </p>
      <div className="table-wrap">
        <table className="results stack-on-phone" data-testid="io-results">
          <thead>
            <tr>
              <th scope="col">How</th>
              <th scope="col">Wall time</th>
              <th scope="col">Ideal</th>
              <th scope="col">Speedup</th>
            </tr>
          </thead>
          <tbody>
            {r ? (
              [
                { key: 'sequential', label: 'One at a time', run: r.sequential, limit: 1 },
                { key: 'concurrent', label: `${r.params.concurrency} at a time`, run: r.concurrent, limit: r.params.concurrency },
              ].map(({ key, label, run, limit }) => (
                <tr key={key} data-run={key} data-wall-ms={run.wallMs.toFixed(1)}>
                  <td data-label="How">{label}</td>
                  <td data-label="Wall time">{seconds(run.wallMs)}</td>
                  <td data-label="Ideal">{seconds(idealSleepWallMs(r.params.requests, r.params.latencyMs, limit))}</td>
                  <td data-label="Speedup">{formatRatio(r.sequential.wallMs / run.wallMs)}</td>
                </tr>
              ))
            ) : (
              <tr className="pending">
                <td colSpan={4}>{running ? 'measuring…' : 'no run yet'}</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {r ? (
        <>
          <SleepTimeline run={r.sequential} maxMs={maxMs} label="One request at a time" laneName="slot" />
          <SleepTimeline run={r.concurrent} maxMs={maxMs} label={`${r.params.concurrency} requests at a time (lanes are slots, not threads)`} laneName="slot" />
          <p className="note">Everything above ran on the page&apos;s one main thread. One run of each: press Run again to see the spread.</p>
        </>
      ) : null}
    </section>
  );
}
