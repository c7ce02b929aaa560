import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { reportedCores } from '../../env/environment.ts';
import {
  DEFAULT_N, defaultRawParams, queryFromParams, validateLabParams,
  type Kernel, type LabFieldName, type RawLabParams,
} from './lab-params.ts';
import { useSpeedupSweep } from './useSpeedupSweep.ts';
import { SpeedupChart } from './SpeedupChart.tsx';
import { ResultsTable } from './ResultsTable.tsx';
import { sweepToCsv } from './sweep-csv.ts';
import { publishSweep } from './last-sweep.ts';
import { LabField } from '../form/LabField.tsx';

/** Props of {@link SpeedupLab}. */
export interface SpeedupLabProps {
  /** Starting settings (text per field, as in a lab link); the rest take this machine's defaults. */
  initial?: Partial<RawLabParams>;
  /** Called with the raw settings whenever the form changes (the lab page mirrors them in the URL). */
  onChange?: (raw: RawLabParams) => void;
  /** Heading of the lab. */
  title?: string;
}

const FIELD_HELP: Record<Exclude<LabFieldName, 'autorun' | 'kernel'>, string> = {
  n: 'Grid points per axis for the integration (n² sin evaluations), or darts in total for pi.',
  workers: 'Comma-separated worker counts; include 1, the baseline.',
  repeats: 'Timed runs per worker count, after one discarded warm-up run.',
  seed: 'Seed of the random streams (Monte Carlo pi).',
};

function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The speedup lab: runs the 2D integration or Monte Carlo pi on 1..N workers and charts the
 * measured speedup live against the ideal line, with a results table and CSV export.
 * Main thread (React); the work runs in the kernel worker pool.
 */
export function SpeedupLab({ initial, onChange, title = 'Speedup lab' }: SpeedupLabProps) {
  const cores = useMemo(() => reportedCores(), []);
  const [raw, setRaw] = useState<RawLabParams>(() => ({ ...defaultRawParams(cores), ...initial }));
  const { params, errors } = useMemo(() => validateLabParams(raw, cores), [raw, cores]);
  const sweep = useSpeedupSweep();
  const [ranWith, setRanWith] = useState(params);
  const id = useId();
  const autoran = useRef(false);
  const running = sweep.status === 'running';

  const update = (field: LabFieldName, value: string): void => {
    const next = { ...raw, [field]: value };
    if (field === 'kernel' && (value === 'integrate' || value === 'pi') && raw.n === DEFAULT_N[raw.kernel as Kernel]) {
      next.n = DEFAULT_N[value];
    }
    setRaw(next);
    onChange?.(next);
  };

  const start = (): void => {
    if (!params) return;
    setRanWith(params);
    void sweep.run(params);
  };

  const { run } = sweep;
  useEffect(() => {
    if (params?.autorun && !autoran.current) {
      autoran.current = true;
      setRanWith(params);
      void run(params);
    }
  }, [params, run]);
  // Unmounting cancels the run (useRun); a remount, such as React's StrictMode check in
  // development, must start the autorun again rather than leave it cancelled.
  useEffect(
    () => () => {
      autoran.current = false;
    },
    [],
  );

  useEffect(() => {
    if (sweep.status === 'done' && ranWith) publishSweep({ params: ranWith, rows: sweep.rows });
  }, [sweep.status, sweep.rows, ranWith]);

  const shown = ranWith ?? params;
  const pending = running && shown ? shown.workers.filter((p) => !sweep.rows.some((r) => r.workers === p)) : [];
  const field = (name: Exclude<LabFieldName, 'autorun' | 'kernel'>, label: string, inputMode: 'numeric' | 'text' = 'numeric') => (
    <LabField id={id} name={name} label={label} inputMode={inputMode} value={raw[name]} disabled={running}
      error={errors[name]} help={FIELD_HELP[name]} onChange={(value) => update(name, value)} />
  );

  return (
    <section className="lab speedup-lab" aria-label={title}>
      <h3 className="lab-title">{title}</h3>
      <form
        className="lab-form"
        onSubmit={(e) => {
          e.preventDefault();
          start();
        }}
      >
        <div className={`field${errors.kernel ? ' field-invalid' : ''}`}>
          <label htmlFor={`${id}-kernel`}>Kernel</label>
          <select id={`${id}-kernel`} name="kernel" value={raw.kernel} disabled={running} aria-invalid={errors.kernel ? true : undefined}
            aria-describedby={`${id}-kernel-msg`} onChange={(e) => update('kernel', e.target.value)}>
            {errors.kernel ? <option value={raw.kernel}>{raw.kernel} (unknown)</option> : null}
            <option value="integrate">2D integration of sin(x+y)</option>
            <option value="pi">Monte Carlo pi</option>
          </select>
          <small id={`${id}-kernel-msg`} className={errors.kernel ? 'field-error' : 'field-help'} role={errors.kernel ? 'alert' : undefined} data-testid="error-kernel">
            {errors.kernel ?? 'What each worker computes.'}
          </small>
        </div>
        {field('n', raw.kernel === 'pi' ? 'Darts' : 'Grid size n')}
        {field('workers', 'Worker counts', 'text')}
        {field('repeats', 'Repeats')}
        {raw.kernel === 'pi' ? field('seed', 'Seed') : null}
        {errors.autorun ? <p className="field-error" role="alert" data-testid="error-autorun">{errors.autorun}</p> : null}
        <div className="lab-actions">
          <button type="submit" className="primary" disabled={!params || running}>
            Run
          </button>
          <button type="button" onClick={sweep.cancel} disabled={!running}>
            Cancel
          </button>
          <button
            type="button"
            disabled={sweep.rows.length === 0 || !shown}
            onClick={() => shown && downloadText(`speedup-${shown.kernel}-n${shown.n}.csv`, sweepToCsv(shown, sweep.rows, cores), 'text/csv')}
          >
            Download CSV
          </button>
          {params ? (
            <a className="lab-link" href={`#/lab?${queryFromParams(params, true)}`} title="A link that reproduces this demo">
              Link to this demo
            </a>
          ) : null}
        </div>
      </form>
      <p className="lab-status" role="status" data-testid="lab-status" data-status={sweep.status}>
        {sweep.status === 'idle' && 'Ready. Press Run to measure.'}
        {sweep.status === 'running' && `Running${sweep.current ? ` on ${sweep.current} worker${sweep.current > 1 ? 's' : ''}` : ''}… (${sweep.rows.length} of ${shown?.workers.length ?? 0} worker counts done)`}
        {sweep.status === 'done' && `Done: ${sweep.rows.length} worker counts measured, medians of ${shown?.repeats} runs after a warm-up.`}
        {sweep.status === 'cancelled' && 'Cancelled. The workers were stopped; Run starts afresh.'}
        {sweep.status === 'error' && <span className="field-error">The run failed: {sweep.error?.message}</span>}
      </p>
      {shown ? <SpeedupChart rows={sweep.rows} workerCounts={shown.workers} cores={cores} /> : null}
      <ResultsTable rows={sweep.rows} pending={pending} />
      {sweep.rows.some((r) => r.time.noisy) ? (
        <p className="note">Rows marked <em>noisy</em> varied by more than 25 % between runs; close other tabs or raise the repeats.</p>
      ) : null}
      {sweep.rows.some((r) => r.efficiency > 1.1) ? (
        <p className="note" data-testid="superlinear-note">
          Efficiency above 100 % usually means the problem is too small to time well, or the 1-worker runs were still
          warming up: raise n or the repeats before reading the curve.
        </p>
      ) : null}
      {shown && shown.workers.some((p) => p > cores) ? (
        <p className="note">Counts above {cores} workers oversubscribe the cores the browser reports: workers then take turns on the same cores.</p>
      ) : null}
    </section>
  );
}
