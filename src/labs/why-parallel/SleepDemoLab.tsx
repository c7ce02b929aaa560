import { idealWallMs } from '../../measure/ideal.ts';
import { useCallback, useState, useRef } from 'react';
import { useRun } from '../../hooks/useRun.ts';
import type { TimingSummary } from '../../measure/stats.ts';
import type { LabComponentProps } from '../kit/definition.ts';
import { ExportButtons } from '../kit/ExportButtons.tsx';
import type { LabResults } from '../kit/export.ts';
import { formatDuration, formatRatio, plural } from '../kit/format.ts';
import { LabActions, LabStatus } from '../kit/LabActions.tsx';
import { LabForm } from '../kit/LabForm.tsx';
import { queryFromSettings, type RawSettings } from '../kit/settings.ts';
import { Timeline } from '../kit/Timeline.tsx';
import { useAutorun, useLabSettings } from '../kit/useLabSettings.ts';
import { runSleepDemo, type SleepDemoResult, type SleepPhase, type SleepProgress } from './run-sleep-demo.ts';
import { sleepSettings, type SleepField, type SleepParams } from './sleep-params.ts';
import '../../styles/lessons-labs.css';

/** Id of this lab in the lab registry and its links (`#/lab/sleep`). */
export const SLEEP_LAB_ID = 'sleep';
const TITLE = 'Sleep demo: serial against parallel';

const PHASE_TEXT: Record<SleepPhase, string> = {
  starting: 'Starting the workers…',
  serial: 'Serial run: one worker sleeps through the tasks one after another…',
  parallel: 'Parallel run: the workers sleep at the same time…',
};

function WallTime({ times }: { times: TimingSummary }) {
  return (
    <>
      {formatDuration(times.median)}
      {times.samples.length > 1 ? <span className="spread"> ({formatDuration(times.min)}–{formatDuration(times.max)})</span> : null}
      {times.noisy ? <span className="badge badge-warn" title="The slowest run was more than 25 % slower than the fastest.">noisy</span> : null}
    </>
  );
}

/** Every timed run (serial and parallel) and the table of a finished demo, for export. */
export function sleepResults(raw: RawSettings<SleepField>, result: SleepDemoResult): LabResults {
  const query = queryFromSettings(sleepSettings, raw);
  const rows = [
    { series: 'serial', workers: 1, m: result.serial },
    { series: 'parallel', workers: result.params.workers, m: result.parallel },
  ];
  return {
    lab: { id: SLEEP_LAB_ID, title: TITLE },
    settings: Object.fromEntries(new URLSearchParams(query)),
    query,
    runs: rows.flatMap(({ series, workers, m }) => m.runs.map((r) => ({ series, workers, repeat: r.index, ms: r.ms, busy_ms: r.value.busy }))),
    summary: rows.map(({ series, workers, m }) => ({
      run: series,
      workers,
      median_ms: m.time.median,
      min_ms: m.time.min,
      max_ms: m.time.max,
      ideal_ms: idealWallMs(result.params.tasks, result.params.sleepMs, workers),
      speedup: result.serial.time.median / m.time.median,
      noisy: m.time.noisy,
    })),
  };
}

/**
 * The course's sleep demo, live: n tasks that each sleep, first on one worker, then on several,
 * with measured wall times (medians of the repeats), the ideal times, the speedup and a timeline
 * of who slept when (both runs on one time axis). Main thread (React); the sleeping happens in
 * the kernel worker pool.
 */
export function SleepDemoLab({ title = TITLE, ...props }: LabComponentProps<SleepField>) {
  const form = useLabSettings(sleepSettings, props);
  const [progress, setProgress] = useState<SleepProgress>({ phase: 'starting', repeat: 1 });
  const job = useCallback((signal: AbortSignal, p: SleepParams) => runSleepDemo(signal, p, setProgress), []);
  const demo = useRun(job);
  const [ranRaw, setRanRaw] = useState(form.raw);
  const chart = useRef<HTMLDivElement>(null);
  const running = demo.status === 'running';
  const result = demo.result;

  const start = (params: SleepParams): void => {
    setRanRaw(form.raw);
    void demo.run(params);
  };
  useAutorun(props.autorun, form.params, start);

  const serialMs = result?.serial.time.median ?? Number.NaN;
  const extent = result ? Math.max(result.serial.last.wall, result.parallel.last.wall) : 1;
  const repeats = form.params?.repeats ?? 1; // the form is locked while running

  return (
    <section className="lab sleep-lab" aria-label="Sleep demo">
      <h3 className="lab-title">{title}</h3>
      <LabForm form={form} disabled={running} onSubmit={start}>
        <LabActions status={demo.status} canRun={!!form.params} onCancel={demo.cancel} link={{ lab: SLEEP_LAB_ID, query: form.linkQuery }}>
          <ExportButtons results={result ? sleepResults(ranRaw, result) : null} filename={result ? `sleep-${result.params.tasks}x${result.params.sleepMs}ms-${result.params.workers}w` : 'sleep'} chart={chart} />
        </LabActions>
      </LabForm>
      <LabStatus invalid={!form.params}
        status={demo.status}
        error={demo.error}
        text={{
          idle: 'Ready. Press Run: the serial run takes tasks × sleep, then the parallel run follows.',
          running: `${PHASE_TEXT[progress.phase]}${repeats > 1 && progress.phase !== 'starting' ? ` (repeat ${progress.repeat} of ${repeats})` : ''}`,
          done: result
            ? `Done: serial ${formatDuration(serialMs)}, ${plural(result.params.workers, 'worker')} ${formatDuration(result.parallel.time.median)}, speedup ${formatRatio(serialMs / result.parallel.time.median)}${result.params.repeats > 1 ? ` (medians of ${result.params.repeats} runs)` : ''}.`
            : 'Done.',
          error: (message) => `The demo failed: ${message}`,
        }}
      />
      <div className="table-wrap">
        <table className="results stack-on-phone" data-testid="sleep-results">
          <thead>
            <tr>
              <th scope="col">Run</th>
              <th scope="col">Wall time</th>
              <th scope="col">Ideal</th>
              <th scope="col">Speedup</th>
            </tr>
          </thead>
          <tbody>
            {result ? (
              [
                { key: 'serial', label: 'Serial, 1 worker', workers: 1, times: result.serial.time },
                { key: 'parallel', label: `Parallel, ${plural(result.params.workers, 'worker')}`, workers: result.params.workers, times: result.parallel.time },
              ].map(({ key, label, workers, times }) => (
                <tr key={key} data-run={key} data-wall-ms={times.median.toFixed(1)}>
                  <td data-label="Run">{label}</td>
                  <td data-label="Wall time"><WallTime times={times} /></td>
                  <td data-label="Ideal">{formatDuration(idealWallMs(result.params.tasks, result.params.sleepMs, workers))}</td>
                  <td data-label="Speedup">{formatRatio(serialMs / times.median)}</td>
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
      {result ? (
        <>
          <div ref={chart} data-testid="sleep-timelines">
            <Timeline bars={result.serial.last.bars} workers={1} wall={result.serial.last.wall} extent={extent} label="Serial run" />
            <Timeline bars={result.parallel.last.bars} workers={result.params.workers} wall={result.parallel.last.wall} extent={extent} label={`Parallel run on ${plural(result.params.workers, 'worker')}`} />
          </div>
          <p className="note">
            Starting the workers took {formatDuration(result.startupMs)} (near 0 when they were already running); that time is
            not in the table. Each task&apos;s bar runs from when the page handed it out to when its answer came back, so the
            little extra beyond the sleep is the cost of passing messages. The timelines show the last
            repeat, on one time axis; with more than one repeat the table gives the median and, in brackets, the fastest and slowest run.
          </p>
        </>
      ) : null}
    </section>
  );
}
