import { useCallback, useId, useMemo, useState } from 'react';
import { useRun } from '../../hooks/useRun.ts';
import { formatRatio } from '../speedup/format.ts';
import { runSleepDemo, type SleepPhase, type SleepProgress } from './run-sleep-demo.ts';
import type { TimingSummary } from '../../measure/stats.ts';
import {
  COURSE_SLEEP_PARAMS, idealSleepWallMs, validateSleepParams,
  type RawSleepParams, type SleepField, type SleepParams,
} from './sleep-params.ts';
import { SleepTimeline } from './SleepTimeline.tsx';
import '../../styles/lessons-labs.css';
import { LabField } from '../form/LabField.tsx';

const FIELDS: { name: SleepField; label: string; help: string }[] = [
  { name: 'tasks', label: 'Tasks', help: 'How many times to sleep (the course: 4).' },
  { name: 'sleepMs', label: 'Sleep per task (ms)', help: 'Each task waits this long (the course: 1000).' },
  { name: 'workers', label: 'Workers', help: 'Workers of the parallel run (the course: 4 processes).' },
  { name: 'repeats', label: 'Repeats', help: 'Timed runs of each; the median is shown.' },
];

const PHASE_TEXT: Record<SleepPhase, string> = {
  starting: 'Starting the workers…',
  serial: 'Serial run: one worker sleeps through the tasks one after another…',
  parallel: 'Parallel run: the workers sleep at the same time…',
};

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

function WallTime({ times }: { times: TimingSummary }) {
  return (
    <>
      {seconds(times.median)}
      {times.samples.length > 1 ? <span className="spread"> ({seconds(times.min)}–{seconds(times.max)})</span> : null}
      {times.noisy ? <span className="badge badge-warn" title="The slowest run was more than 25 % slower than the fastest.">noisy</span> : null}
    </>
  );
}

/**
 * The course's sleep demo, live: n tasks that each sleep, first on one worker, then on several,
 * with measured wall times, the ideal times, the speedup and a timeline of who slept when.
 * Main thread (React); the sleeping happens in kernel workers.
 */
export function SleepDemoLab() {
  const [raw, setRaw] = useState<RawSleepParams>(COURSE_SLEEP_PARAMS);
  const { params, errors } = useMemo(() => validateSleepParams(raw), [raw]);
  const [progress, setProgress] = useState<SleepProgress>({ phase: 'starting', repeat: 1 });
  const job = useCallback((signal: AbortSignal, p: SleepParams) => runSleepDemo(signal, p, setProgress), []);
  const demo = useRun(job);
  const id = useId();
  const running = demo.status === 'running';
  const result = demo.result;

  return (
    <section className="lab sleep-lab" aria-label="Sleep demo">
      <h3 className="lab-title">Sleep demo: serial against parallel</h3>
      <form
        className="lab-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (params) void demo.run(params);
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
          <button type="button" onClick={demo.cancel} disabled={!running}>
            Cancel
          </button>
        </div>
      </form>
      <p className="lab-status" role="status" data-testid="sleep-status" data-status={demo.status}>
        {demo.status === 'idle' && 'Ready. Press Run: the serial run takes tasks × sleep, then the parallel run follows.'}
        {running && `${PHASE_TEXT[progress.phase]}${params && params.repeats > 1 && progress.phase !== 'starting' ? ` (repeat ${progress.repeat} of ${params.repeats})` : ''}`}
        {demo.status === 'done' && result &&
          `Done: serial ${seconds(result.serialTimes.median)}, ${result.parallel.workers} workers ${seconds(result.parallelTimes.median)}, speedup ${formatRatio(result.serialTimes.median / result.parallelTimes.median)}${result.params.repeats > 1 ? ` (medians of ${result.params.repeats} runs)` : ''}.`}
        {demo.status === 'cancelled' && 'Cancelled. The workers were stopped; Run starts afresh.'}
        {demo.status === 'error' && <span className="field-error">The demo failed: {demo.error?.message}</span>}
      </p>
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
                { key: 'serial', label: 'Serial, 1 worker', run: result.serial, times: result.serialTimes },
                { key: 'parallel', label: `Parallel, ${result.parallel.workers} workers`, run: result.parallel, times: result.parallelTimes },
              ].map(({ key, label, run, times }) => (
                <tr key={key} data-run={key} data-wall-ms={times.median.toFixed(1)}>
                  <td data-label="Run">{label}</td>
                  <td data-label="Wall time"><WallTime times={times} /></td>
                  <td data-label="Ideal">{seconds(idealSleepWallMs(result.params.tasks, result.params.sleepMs, run.workers))}</td>
                  <td data-label="Speedup">{formatRatio(result.serialTimes.median / times.median)}</td>
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
          <SleepTimeline run={result.serial} maxMs={Math.max(result.serial.wallMs, result.parallel.wallMs)} label="Serial run" />
          <SleepTimeline run={result.parallel} maxMs={Math.max(result.serial.wallMs, result.parallel.wallMs)} label={`Parallel run on ${result.parallel.workers} workers`} />
          <p className="note">
            Starting the workers took {result.startupMs.toFixed(0)} ms (near 0 when they were already running); that time is
            not in the table. Each task's bar runs from when the page handed it out to when its answer came back, so the
            little extra beyond the sleep is the cost of passing messages. The timelines show the last
            repeat; with more than one repeat the table gives the median and, in brackets, the fastest and slowest run.
          </p>
        </>
      ) : null}
    </section>
  );
}
