import { useId, useMemo, useState } from 'react';
import { reportedCores } from '../../env/environment.ts';
import { analyseScaling } from './scaling-analysis.ts';
import { defaultScalingRaw, validateScalingParams, type RawScalingParams, type ScalingField, type ScalingParams } from './scaling-params.ts';
import { useScalingSweep } from './useScalingSweep.ts';
import { ScalingChart } from './ScalingChart.tsx';
import { ScalingTable } from './ScalingTable.tsx';
import { FitReport } from './FitReport.tsx';
import '../../styles/scaling.css';

/** Props of {@link ScalingLab}. */
export interface ScalingLabProps {
  /** Starting settings (text per field); the rest take this machine's defaults. */
  initial?: Partial<RawScalingParams>;
  /** Heading of the lab. */
  title?: string;
}

const NONE: readonly number[] = [];
const FALLBACK_COUNTS: readonly number[] = [1, 2];

const HELP: Record<Exclude<ScalingField, 'mode'>, string> = {
  serialFraction: 'Share f of the work only one worker can do (0 to 1).',
  work: 'Total work W of the one-worker job, in sin evaluations (about 10 ns each).',
  workers: 'Comma-separated worker counts; include 1, the baseline.',
  repeats: 'Timed runs per worker count, after one discarded warm-up.',
};

/**
 * The scaling lab: a job with a tunable serial fraction and amount of work runs for real on 1..N
 * workers (serial part on worker 0 while the others wait, then the parallel part split among all),
 * in strong or weak scaling. The chart overlays the measured speedup with Amdahl's law (strong) or
 * Gustafson's law (weak) fitted by least squares; the table gives Karp-Flatt per worker count.
 * Main thread (React); the work runs in the scaling worker pool.
 */
export function ScalingLab({ initial, title = 'Scaling lab' }: ScalingLabProps) {
  const cores = useMemo(() => reportedCores(), []);
  const [raw, setRaw] = useState<RawScalingParams>(() => ({ ...defaultScalingRaw(cores), ...initial }));
  const { params, errors } = useMemo(() => validateScalingParams(raw, cores), [raw, cores]);
  const sweep = useScalingSweep();
  const [ranWith, setRanWith] = useState<ScalingParams | null>(null);
  const id = useId();
  const running = sweep.status === 'running';
  const shown = ranWith ?? params;
  const analysis = useMemo(() => analyseScaling(sweep.rows, shown?.mode ?? 'strong', cores), [sweep.rows, shown?.mode, cores]);
  const pending = useMemo(
    () => (running && ranWith ? ranWith.workers.filter((p) => !sweep.rows.some((r) => r.workers === p)) : NONE),
    [running, ranWith, sweep.rows],
  );

  const update = (field: ScalingField, value: string): void => setRaw((r) => ({ ...r, [field]: value }));
  const start = (): void => {
    if (!params) return;
    setRanWith(params);
    void sweep.run(params);
  };

  const field = (name: Exclude<ScalingField, 'mode'>, label: string, inputMode: 'decimal' | 'numeric' | 'text') => (
    <div className={`field${errors[name] ? ' field-invalid' : ''}`}>
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input id={`${id}-${name}`} name={name} inputMode={inputMode} value={raw[name]} disabled={running}
        aria-invalid={errors[name] ? true : undefined} aria-describedby={`${id}-${name}-msg`}
        onChange={(e) => update(name, e.target.value)} />
      <small id={`${id}-${name}-msg`} className={errors[name] ? 'field-error' : 'field-help'} role={errors[name] ? 'alert' : undefined}
        data-testid={`scaling-error-${name}`}>
        {errors[name] ?? HELP[name]}
      </small>
    </div>
  );

  const over = shown ? shown.workers.filter((p) => p > cores) : [];
  return (
    <section className="lab scaling-lab" aria-label={title}>
      <h3 className="lab-title">{title}</h3>
      <form className="lab-form" onSubmit={(e) => { e.preventDefault(); start(); }}>
        {field('serialFraction', 'Serial fraction f', 'decimal')}
        {field('work', 'Work W (sin evaluations)', 'numeric')}
        <div className={`field${errors.mode ? ' field-invalid' : ''}`}>
          <label htmlFor={`${id}-mode`}>Scaling</label>
          <select id={`${id}-mode`} name="mode" value={raw.mode} disabled={running} aria-describedby={`${id}-mode-msg`}
            aria-invalid={errors.mode ? true : undefined} onChange={(e) => update('mode', e.target.value)}>
            <option value="strong">Strong: fixed work W</option>
            <option value="weak">Weak: parallel part grows with p</option>
          </select>
          <small id={`${id}-mode-msg`} className={errors.mode ? 'field-error' : 'field-help'} role={errors.mode ? 'alert' : undefined}
            data-testid="scaling-error-mode">
            {errors.mode ?? (raw.mode === 'weak' ? 'Each worker gets (1 − f)·W of parallel work.' : 'The p workers share (1 − f)·W.')}
          </small>
        </div>
        {field('workers', 'Worker counts', 'text')}
        {field('repeats', 'Repeats', 'numeric')}
        <div className="lab-actions">
          <button type="submit" className="primary" disabled={!params || running}>Run</button>
          <button type="button" onClick={sweep.cancel} disabled={!running}>Cancel</button>
        </div>
      </form>
      <p className="lab-status" role="status" data-testid="scaling-status" data-status={sweep.status}>
        {sweep.status === 'idle' && 'Ready. Press Run to measure.'}
        {sweep.status === 'running' &&
          `Running${sweep.current ? ` on ${sweep.current} worker${sweep.current > 1 ? 's' : ''}` : ''}… (${sweep.rows.length} of ${ranWith?.workers.length ?? 0} worker counts done)`}
        {sweep.status === 'done' && `Done: ${sweep.rows.length} worker counts measured, medians of ${ranWith?.repeats} runs after a warm-up.`}
        {sweep.status === 'cancelled' && 'Cancelled. The workers were stopped; Run starts afresh.'}
        {sweep.status === 'error' && <span className="field-error">The run failed: {sweep.error?.message}</span>}
      </p>
      {ranWith ? <FitReport analysis={analysis} params={ranWith} cores={cores} /> : null}
      <ScalingChart analysis={analysis} workerCounts={shown?.workers ?? FALLBACK_COUNTS} cores={cores} />
      <ScalingTable analysis={analysis} pending={pending} />
      {analysis.rows.some((r) => r.time.noisy) ? (
        <p className="note">Rows marked <em>noisy</em> varied by more than 25 % between runs; close other tabs or raise the repeats.</p>
      ) : null}
      {over.length > 0 ? (
        <p className="note scaling-warning" role="note">
          Your browser reports {cores} core{cores > 1 ? 's' : ''}: {over.join(', ')} workers oversubscribe them (workers take turns on the
          same cores). Those points are drawn hollow and left out of the fit.
        </p>
      ) : null}
    </section>
  );
}
