import { memo, startTransition, useId, useMemo, useState } from 'react';
import { reportedCores } from '../../env/environment.ts';
import { useRun } from '../../hooks/useRun.ts';
import { canShareMemory } from '../../shared-memory/shared-buffer.ts';
import { formatMs } from '../speedup/format.ts';
import { parseInteger, parseSizes } from './lab-inputs.ts';
import { MovingDataChart } from './MovingDataChart.tsx';
import { MOVE_LABELS, moveDataSweep, type MoveRow } from './star-catalogue-job.ts';
import { LabField } from '../form/LabField.tsx';
import '../../styles/shared-memory.css';

const MB = 1024 * 1024;
const Chart = memo(MovingDataChart);

/**
 * The moving-data lab: the workshop's star catalogue made by workers in 20 chunks and delivered
 * to the page by structured-clone copy, by transfer, and in place in a SharedArrayBuffer, timed
 * as the catalogue grows. Main thread (React); the work runs in the shared-memory worker pool.
 */
export function StarCatalogueLab() {
  const id = useId();
  const cores = useMemo(() => reportedCores(), []);
  const [rawSizes, setRawSizes] = useState('125000, 250000, 500000, 1000000');
  const [rawWorkers, setRawWorkers] = useState(String(Math.min(Math.max(cores, 2), 4)));
  const [rawRepeats, setRawRepeats] = useState('5');
  const sizes = useMemo(() => parseSizes(rawSizes, 'Catalogue sizes', 1000, 4_000_000), [rawSizes]);
  const workers = parseInteger(rawWorkers, 'Workers', 1, 16);
  const repeats = parseInteger(rawRepeats, 'Repeats', 1, 20);
  const [rows, setRows] = useState<readonly MoveRow[]>([]);
  const [ranSizes, setRanSizes] = useState<readonly number[]>([]);
  const job = useRun((signal: AbortSignal, s: number[], p: number, reps: number) =>
    moveDataSweep({ sizes: s, workers: p, repeats: reps, seed: 2026, signal, onRow: (r) => startTransition(() => setRows(r)) }));
  const running = job.status === 'running';
  const valid = sizes.ok && workers.ok && repeats.ok;
  const shared = useMemo(() => canShareMemory(), []);

  const start = (): void => {
    if (!sizes.ok || !workers.ok || !repeats.ok) return;
    setRows([]);
    setRanSizes(sizes.value);
    void job.run(sizes.value, workers.value, repeats.value);
  };

  // The chart is drawn from the start (empty axes for the typed sizes) so its first, costliest
  // render happens before a run, not during one.
  const chartSizes = useMemo(() => (ranSizes.length > 0 ? ranSizes : sizes.ok ? sizes.value : ranSizes), [ranSizes, sizes]);
  const doneSizes = [...new Set(rows.map((r) => r.stars))];
  const agree = doneSizes.every((s) => new Set(rows.filter((r) => r.stars === s).map((r) => r.fingerprint)).size === 1);

  return (
    <section className="lab sm-lab" aria-label="Moving data lab" data-testid="moving-lab">
      <h3 className="lab-title">Moving data: copy, transfer or share</h3>
      <form className="lab-form" onSubmit={(e) => { e.preventDefault(); start(); }}>
        <LabField id={id} name="sizes" label="Catalogue sizes (stars)" inputMode="text" value={rawSizes} onChange={setRawSizes}
          disabled={running} error={sizes.ok ? undefined : sizes.error} help="Comma-separated; the course makes 1 000 000 stars (16 MB)." />
        <LabField id={id} name="p" label="Workers" value={rawWorkers} onChange={setRawWorkers} disabled={running}
          error={workers.ok ? undefined : workers.error} help={`They share the 20 chunks; ${cores} cores reported.`} />
        <LabField id={id} name="r" label="Repeats" value={rawRepeats} onChange={setRawRepeats} disabled={running}
          error={repeats.ok ? undefined : repeats.error} help="Timed runs per size and method, after one discarded warm-up." />
        <div className="lab-actions">
          <button type="submit" className="primary" disabled={!valid || running}>Run</button>
          <button type="button" onClick={job.cancel} disabled={!running}>Cancel</button>
        </div>
      </form>
      <p className="lab-status" role="status" data-testid="moving-status" data-status={job.status}>
        {job.status === 'idle' && `Ready. Run times ${shared ? 'all three methods' : 'copy and transfer (shared memory is unavailable here)'} for each size.`}
        {job.status === 'running' && `Running… ${doneSizes.length} of ${ranSizes.length} sizes done.`}
        {job.status === 'done' && `Done: medians of ${repeats.ok ? repeats.value : '?'} runs after a warm-up, per size and method.`}
        {job.status === 'cancelled' && 'Cancelled. The workers were stopped; Run starts afresh.'}
        {job.status === 'error' && <span className="field-error">The run failed: {job.error?.message}</span>}
      </p>
      <Chart rows={rows} sizes={chartSizes} />
      {rows.length > 0 ? (
        <div className="sm-table-wrap">
          <table className="sm-table" data-testid="moving-table">
            <caption>Wall time from dispatch to a complete 2 × N catalogue on the page</caption>
            <thead>
              <tr><th scope="col">stars</th><th scope="col">data</th><th scope="col">method</th><th scope="col">median (min–max)</th><th scope="col">generating, all workers</th></tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.stars}-${r.method}`} data-method={r.method}>
                  <td className="num">{r.stars.toLocaleString('en')}</td>
                  <td className="num">{((2 * 8 * r.stars) / MB).toFixed(1)} MB</td>
                  <td>{MOVE_LABELS[r.method]}</td>
                  <td className="num">{formatMs(r.time.median)} ms ({formatMs(r.time.min)}–{formatMs(r.time.max)}){r.time.noisy ? <em> noisy</em> : null}</td>
                  <td className="num">{formatMs(r.computeMs)} ms</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {rows.length > 0 ? (
        <p className={agree ? 'sm-verdict sm-ok' : 'sm-verdict sm-bad'} data-testid="moving-verdict">
          {agree ? 'Every method delivered the same stars (same seed, same streams): only the way they travelled differs.' : 'The methods delivered different catalogues, which should never happen.'}
        </p>
      ) : null}
      {rows.some((r) => r.time.noisy) ? <p className="note">Rows marked <em>noisy</em> varied by more than 25 % between runs; raise the repeats or close other tabs.</p> : null}
    </section>
  );
}
