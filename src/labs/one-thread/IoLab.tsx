import { idealWallMs } from '../../measure/ideal.ts';
import { useCallback, useState, useRef } from 'react';
import { useRun } from '../../hooks/useRun.ts';
import type { LabComponentProps } from '../kit/definition.ts';
import { ExportButtons } from '../kit/ExportButtons.tsx';
import type { LabResults } from '../kit/export.ts';
import { formatDuration, formatRatio } from '../kit/format.ts';
import { LabActions, LabStatus } from '../kit/LabActions.tsx';
import { LabForm } from '../kit/LabForm.tsx';
import { queryFromSettings, type RawSettings } from '../kit/settings.ts';
import { Timeline } from '../kit/Timeline.tsx';
import { useAutorun, useLabSettings } from '../kit/useLabSettings.ts';
import { ioSettings, type IoField, type IoParams } from './io-settings.ts';
import { runIoDemo, type IoResult } from './run-io.ts';
import '../../styles/lessons-labs.css';

/** Id of this lab in the lab registry and its links (`#/lab/io`). */
export const IO_LAB_ID = 'io';
const TITLE = 'Waiting overlaps: simulated downloads';

/** Every timed run (sequential and concurrent) and the table of a finished run, for export. */
export function ioResults(raw: RawSettings<IoField>, r: IoResult): LabResults {
  const query = queryFromSettings(ioSettings, raw);
  const kinds = [
    { series: 'sequential', limit: 1, m: r.sequential },
    { series: `${r.params.concurrency} at a time`, limit: r.params.concurrency, m: r.concurrent },
  ];
  return {
    lab: { id: IO_LAB_ID, title: 'I/O lab' },
    settings: Object.fromEntries(new URLSearchParams(query)),
    query,
    runs: kinds.flatMap(({ series, limit, m }) => m.runs.map((run) => ({ series, in_flight: limit, repeat: run.index, ms: run.ms }))),
    summary: kinds.map(({ series, limit, m }) => ({
      run: series,
      in_flight: limit,
      median_ms: m.time.median,
      min_ms: m.time.min,
      max_ms: m.time.max,
      ideal_ms: idealWallMs(r.params.requests, r.params.latencyMs, limit),
      speedup: r.sequential.time.median / m.time.median,
    })),
  };
}

/**
 * The I/O lab: simulated requests that only wait, one at a time and then several at a time, all
 * on the main thread. The waits overlap, so the concurrent run is faster; both runs are drawn on
 * one time axis (lanes are slots of the concurrency limit, not threads). Main thread (React).
 */
export function IoLab({ title = TITLE, ...props }: LabComponentProps<IoField>) {
  const form = useLabSettings(ioSettings, props);
  const [phase, setPhase] = useState<{ kind: 'sequential' | 'concurrent'; repeat: number }>({ kind: 'sequential', repeat: 1 });
  const job = useCallback((signal: AbortSignal, p: IoParams) => runIoDemo(signal, p, (kind, repeat) => setPhase({ kind, repeat })), []);
  const io = useRun(job);
  const [ranRaw, setRanRaw] = useState(form.raw);
  const chart = useRef<HTMLDivElement>(null);
  const running = io.status === 'running';
  const r = io.result;
  const extent = r ? Math.max(r.sequential.last.wall, r.concurrent.last.wall) : 1;
  const repeats = form.params?.repeats ?? 1; // the form is locked while running

  const start = (params: IoParams): void => {
    setRanRaw(form.raw);
    void io.run(params);
  };
  useAutorun(props.autorun, form.params, start);

  return (
    <section className="lab io-lab" aria-label="I/O lab">
      <h3 className="lab-title">{title}</h3>
      <LabForm form={form} disabled={running} onSubmit={start}>
        <LabActions status={io.status} canRun={!!form.params} onCancel={io.cancel} link={{ lab: IO_LAB_ID, query: form.linkQuery }}>
          <ExportButtons results={r ? ioResults(ranRaw, r) : null} filename={r ? `io-${r.params.requests}x${r.params.latencyMs}ms-${r.params.concurrency}` : 'io'} chart={chart} />
        </LabActions>
      </LabForm>
      <LabStatus invalid={!form.params}
        status={io.status}
        error={io.error}
        text={{
          idle: 'Ready. Press Run: first one request at a time, then several at once.',
          running: `${phase.kind === 'sequential' ? 'Sequential: waiting for each answer before sending the next request…' : 'Concurrent: several requests waiting at once…'}${repeats > 1 ? ` (repeat ${phase.repeat} of ${repeats})` : ''}`,
          done: r
            ? `Done: sequential ${formatDuration(r.sequential.time.median)}, ${r.params.concurrency} at a time ${formatDuration(r.concurrent.time.median)}, speedup ${formatRatio(r.sequential.time.median / r.concurrent.time.median)}${r.params.repeats > 1 ? ` (medians of ${r.params.repeats} runs)` : ''}.`
            : 'Done.',
          cancelled: 'Cancelled; the pending timers were cleared.',
        }}
      />
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
                { key: 'sequential', label: 'One at a time', m: r.sequential, limit: 1 },
                { key: 'concurrent', label: `${r.params.concurrency} at a time`, m: r.concurrent, limit: r.params.concurrency },
              ].map(({ key, label, m, limit }) => (
                <tr key={key} data-run={key} data-wall-ms={m.time.median.toFixed(1)}>
                  <td data-label="How">{label}</td>
                  <td data-label="Wall time">
                    {formatDuration(m.time.median)}
                    {m.time.samples.length > 1 ? <span className="spread"> ({formatDuration(m.time.min)}–{formatDuration(m.time.max)})</span> : null}
                  </td>
                  <td data-label="Ideal">{formatDuration(idealWallMs(r.params.requests, r.params.latencyMs, limit))}</td>
                  <td data-label="Speedup">{formatRatio(r.sequential.time.median / m.time.median)}</td>
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
          <div ref={chart}>
            <Timeline bars={r.sequential.last.bars} workers={r.sequential.last.lanes} wall={r.sequential.last.wall} extent={extent} laneName="slot" label="One request at a time" />
            <Timeline bars={r.concurrent.last.bars} workers={r.concurrent.last.lanes} wall={r.concurrent.last.wall} extent={extent} laneName="slot" label={`${r.params.concurrency} requests at a time (lanes are slots, not threads)`} />
          </div>
          <p className="note">
            Everything above ran on the page&apos;s one main thread. The timelines show the last repeat; raise the repeats to see the spread.
          </p>
        </>
      ) : null}
    </section>
  );
}
