import { useId, useMemo, useState } from 'react';
import { reportedCores } from '../../env/environment.ts';
import { combineSamples, piEstimate, type PiSample } from '../../kernels/monte-carlo-pi.ts';
import { Timeline } from '../timeline/Timeline.tsx';
import { formatDuration } from '../timeline/timeline-model.ts';
import { parseWhole, SEED } from './compare-params.ts';
import { LabField } from '../form/LabField.tsx';
import type { Variant, VariantRow } from './measure-variants.ts';
import { barsFromProgress, barsFromResult } from './run-bars.ts';
import { useVariantSweep } from './useVariantSweep.ts';

function estimateOf(row: VariantRow) {
  const sample = combineSamples(row.last.results as PiSample[]);
  return { sample, ...piEstimate(sample) };
}

/**
 * The course's Monte Carlo pi exercise on workers: `sample(n)` called `tasks` times with `darts`
 * darts each through `pool.map` (Python's default chunk size), the results combined, timed against
 * one `sample(tasks × darts)` call on a single worker. Warm-up discarded, medians of the repeats.
 * Main thread (React); the darts fly in workers.
 */
export function PiPoolLab({ title = 'Monte Carlo pi with a pool' }: { title?: string }) {
  const id = useId();
  const cores = useMemo(() => reportedCores(), []);
  const [raw, setRaw] = useState({ tasks: '10', darts: '100000', workers: String(Math.min(cores, 8)), repeats: '5' });
  const sweep = useVariantSweep();
  const running = sweep.status === 'running';
  const tasks = parseWhole(raw.tasks, 'Tasks', 1, 1000);
  const darts = parseWhole(raw.darts, 'Darts per task', 1, 100_000_000);
  const workers = parseWhole(raw.workers, 'Workers', 1, 32);
  const repeats = parseWhole(raw.repeats, 'Repeats', 1, 10);
  const set = (f: keyof typeof raw) => (v: string) => setRaw((r) => ({ ...r, [f]: v }));
  const total = 'value' in tasks && 'value' in darts ? tasks.value * darts.value : null;
  const tooMuch = total !== null && total > 400_000_000;
  const variants = useMemo<Variant[]>(() => {
    if (!('value' in tasks) || !('value' in darts) || !('value' in workers)) return [];
    const n = tasks.value;
    const d = darts.value;
    return [
      { label: `sample(${(n * d).toLocaleString('en')}) on 1 worker`, task: 'samplePi', argsList: [[n * d, SEED, 0]], workers: 1 },
      {
        label: `pool.map(sample, [${d.toLocaleString('en')}] × ${n}) on ${workers.value} worker${workers.value === 1 ? '' : 's'}`,
        task: 'samplePi',
        argsList: Array.from({ length: n }, (_, k) => [d, SEED, k + 1]),
        workers: workers.value,
      },
    ];
  }, [tasks, darts, workers]);
  const valid = variants.length === 2 && 'value' in repeats && !tooMuch;
  const [serial, pooled] = sweep.rows;
  const live = sweep.live ? barsFromProgress(sweep.live.progress) : null;

  return (
    <section className="lab pool-lab pi-pool-lab" aria-label={title}>
      <h3 className="lab-title">{title}</h3>
      <form className="lab-form" onSubmit={(e) => { e.preventDefault(); if (valid && 'value' in repeats) void sweep.run(variants, repeats.value); }}>
        <LabField id={id} name="tasks" label="Calls of sample" value={raw.tasks} onChange={set('tasks')} error={'error' in tasks ? tasks.error : undefined} disabled={running} help="The exercise: 10." />
        <LabField id={id} name="darts" label="Darts per call" value={raw.darts} onChange={set('darts')}
          error={'error' in darts ? darts.error : tooMuch ? 'More than 400 million darts in all takes too long here; use fewer.' : undefined} disabled={running} help="The exercise: 10^5. Then try 10^7." />
        <LabField id={id} name="workers" label="Workers" value={raw.workers} onChange={set('workers')} error={'error' in workers ? workers.error : undefined} disabled={running} help={`Pool size; ${cores} cores reported.`} />
        <LabField id={id} name="repeats" label="Repeats" value={raw.repeats} onChange={set('repeats')} error={'error' in repeats ? repeats.error : undefined} disabled={running} help="Timed runs each, after a warm-up." />
        <div className="lab-actions">
          <button type="submit" className="primary" disabled={!valid || running}>Run</button>
          <button type="button" onClick={sweep.cancel} disabled={!running}>Cancel</button>
        </div>
      </form>
      <p className="lab-status" role="status" data-testid="lab-status" data-status={sweep.status}>
        {sweep.status === 'idle' && 'Ready. Both versions throw the same number of darts.'}
        {sweep.status === 'running' && `Running ${sweep.live?.variant.label ?? '…'}`}
        {sweep.status === 'done' && 'Done: medians of the timed runs after a warm-up.'}
        {sweep.status === 'cancelled' && 'Cancelled: the workers were stopped.'}
        {sweep.status === 'error' && <span className="field-error">The run failed: {sweep.error?.message}</span>}
      </p>
      {sweep.rows.length > 0 ? (
        <div className="table-wrap">
          <table className="results" data-testid="pi-table">
            <thead>
              <tr><th className="wrap">Version</th><th>π estimate</th><th>Error (1 s.e.)</th><th>Time (median)</th></tr>
            </thead>
            <tbody>
              {sweep.rows.map((row) => {
                const e = estimateOf(row);
                return (
                  <tr key={row.variant.label}>
                    <td className="wrap">{row.variant.label}{row.time.noisy ? <span className="badge badge-warn">noisy</span> : null}</td>
                    <td data-testid="pi-estimate">{e.estimate.toFixed(5)}</td>
                    <td>{(e.estimate - Math.PI).toExponential(1)} <span className="spread">({e.standardError.toExponential(1)})</span></td>
                    <td>{formatDuration(row.time.median)} <span className="spread">({formatDuration(row.time.min)}–{formatDuration(row.time.max)})</span></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {serial && pooled ? (
        <p data-testid="pi-speedup">
          The pool took {formatDuration(pooled.time.median)} against {formatDuration(serial.time.median)} on one worker: a speedup of{' '}
          <strong>{(serial.time.median / pooled.time.median).toFixed(2)}</strong> with {pooled.variant.workers} workers
          (chunk size {pooled.chunksize}, so {pooled.last.chunks.length} messages).
        </p>
      ) : null}
      {live && sweep.live ? (
        <Timeline bars={live.bars} workers={sweep.live.variant.workers} wall={live.wall} cores={cores} label={`Now running: ${sweep.live.variant.label}`} />
      ) : pooled ? (
        <Timeline {...barsFromResult(pooled.last)} workers={pooled.last.workers} cores={cores} label="Last timed pool run" />
      ) : null}
    </section>
  );
}
