import { useId, useMemo, useState } from 'react';
import { reportedCores } from '../../env/environment.ts';
import { useRun } from '../../hooks/useRun.ts';
import { median } from '../../measure/stats.ts';
import { canShareMemory } from '../../shared-memory/shared-buffer.ts';
import type { HistogramVariant } from '../../shared-memory/histogram.ts';
import { formatMs, formatRatio } from '../speedup/format.ts';
import { histogramByMessage, histogramColumns, histogramTrials, type HistogramCell } from './histogram-job.ts';
import { parseInteger } from './lab-inputs.ts';
import { LabField } from '../form/LabField.tsx';
import '../../styles/shared-memory.css';

const VARIANT_LABEL: Record<HistogramVariant, string> = {
  plain: 'plain +1',
  mutex: 'mutex, +1',
  atomic: 'Atomics.add',
  private: 'private + merge',
};

/**
 * The race-condition lab: workers that start together at a barrier count values into the same
 * few bins of a shared histogram, with plain read-increment-write, a mutex, Atomics.add, and
 * private histograms merged at the end; several trials side by side, lost updates counted.
 * Without shared memory it runs only the private histograms returned by message.
 * Main thread (React); the work runs in the shared-memory worker pool.
 */
export function HistogramRaceLab() {
  const id = useId();
  const cores = useMemo(() => reportedCores(), []);
  const shared = useMemo(() => canShareMemory(), []);
  const [raw, setRaw] = useState({ workers: String(Math.min(Math.max(cores, 2), 4)), bins: '4', increments: '3000000', trials: '6' });
  const workers = parseInteger(raw.workers, 'Workers', 1, 8);
  const bins = parseInteger(raw.bins, 'Bins', 1, 256);
  const increments = parseInteger(raw.increments, 'Increments per worker', 1, 20_000_000);
  const trials = parseInteger(raw.trials, 'Trials', 1, 20);
  const valid = workers.ok && bins.ok && increments.ok && trials.ok;
  const [rows, setRows] = useState<HistogramCell[][]>([]);
  const [ran, setRan] = useState<{ workers: number; increments: number; trials: number } | null>(null);

  const race = useRun((signal: AbortSignal, p: number, b: number, inc: number, t: number) =>
    histogramTrials({ workers: p, bins: b, incrementsPerWorker: inc, trials: t, seed: 11 }, signal, setRows));
  const byMessage = useRun((signal: AbortSignal, p: number, b: number, inc: number) => histogramByMessage(p, inc, b, 11, signal));
  const running = race.status === 'running' || byMessage.status === 'running';

  const start = (): void => {
    if (!workers.ok || !bins.ok || !increments.ok || !trials.ok) return;
    if (shared) {
      setRows([]);
      setRan({ workers: workers.value, increments: increments.value, trials: trials.value });
      void race.run(workers.value, bins.value, increments.value, trials.value);
    } else {
      void byMessage.run(workers.value, bins.value, increments.value);
    }
  };
  const set = (field: keyof typeof raw) => (value: string) => setRaw({ ...raw, [field]: value });
  const columns = ran ? histogramColumns(ran.workers) : [];
  const status = shared ? race : byMessage;
  const medianMs = (c: number): number => median(rows.map((r) => r[c]!.countMs));
  const privateCol = columns.findIndex((c) => c.variant === 'private');
  const atomicCol = columns.findIndex((c) => c.variant === 'atomic' && c.workers === ran?.workers);
  const atomic1Col = columns.findIndex((c) => c.variant === 'atomic' && c.workers === 1);

  return (
    <section className="lab sm-lab" aria-label="Race condition lab" data-testid="race-lab">
      <h3 className="lab-title">A race on a shared histogram</h3>
      <form className="lab-form" onSubmit={(e) => { e.preventDefault(); start(); }}>
        <LabField id={id} name="p" label="Workers" value={raw.workers} onChange={set('workers')} disabled={running}
          error={workers.ok ? undefined : workers.error} help={`At least 2 for a race; ${cores} cores reported.`} testId="race-workers" />
        <LabField id={id} name="b" label="Bins" value={raw.bins} onChange={set('bins')} disabled={running}
          error={bins.ok ? undefined : bins.error} help="Few bins: workers collide on the same counters more often." testId="race-bins" />
        <LabField id={id} name="i" label="Increments per worker" value={raw.increments} onChange={set('increments')} disabled={running}
          error={increments.ok ? undefined : increments.error} help="Values each worker counts, one increment each." testId="race-increments" />
        {shared ? (
          <LabField id={id} name="t" label="Trials" value={raw.trials} onChange={set('trials')} disabled={running}
            error={trials.ok ? undefined : trials.error} help="The race is random: repeat it. One extra warm-up trial is not shown." testId="race-trials" />
        ) : null}
        <div className="lab-actions">
          <button type="submit" className="primary" disabled={!valid || running}>{shared ? 'Run trials' : 'Run private histograms by message'}</button>
          <button type="button" onClick={status.cancel} disabled={!running}>Cancel</button>
        </div>
      </form>
      <p className="lab-status" role="status" data-testid="race-status" data-status={status.status}>
        {status.status === 'idle' && (shared ? 'Ready. Each trial runs every variant on fresh, zeroed bins.' : 'Ready. Without shared memory only the message-passing variant can run.')}
        {status.status === 'running' && (shared ? `Running… ${rows.length} of ${ran?.trials ?? 0} trials done.` : 'Running…')}
        {status.status === 'done' && (shared ? `Done: ${rows.length} trials.` : 'Done.')}
        {status.status === 'cancelled' && 'Cancelled. The workers were stopped; Run starts afresh.'}
        {status.status === 'error' && <span className="field-error">The run failed: {status.error?.message}</span>}
      </p>

      {shared && ran && rows.length > 0 ? (
        <div className="sm-table-wrap">
          <table className="sm-table sm-race-table" data-testid="race-table">
            <caption>
              Each cell: what the shared bins add up to, against the {(ran.workers * ran.increments).toLocaleString('en')} increments made
              ({ran.increments.toLocaleString('en')} per worker; {ran.increments.toLocaleString('en')} for the 1-worker column)
            </caption>
            <thead>
              <tr>
                <th scope="col">trial</th>
                {columns.map((c, i) => (
                  <th scope="col" key={i}>{VARIANT_LABEL[c.variant]}<br /><span className="sm-sub">{c.workers} worker{c.workers > 1 ? 's' : ''}</span></th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, t) => (
                <tr key={t} data-testid="race-trial">
                  <th scope="row">{t + 1}</th>
                  {row.map((cell, c) => (
                    <td key={c} className={`num ${cell.exact ? 'sm-ok' : 'sm-bad'}`} data-variant={columns[c]!.variant} data-workers={columns[c]!.workers}
                      data-lost={cell.lost} data-exact={cell.exact}>
                      {cell.actualTotal.toLocaleString('en')}
                      <br />
                      {cell.exact ? <span className="sm-sub">exact</span> : (
                        <span className="sm-sub">lost {cell.lost.toLocaleString('en')}<br />({((100 * cell.lost) / cell.expectedTotal).toFixed(1)} %)</span>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">median time</th>
                {columns.map((_, c) => <td key={c} className="num" data-testid={`race-ms-${c}`}>{formatMs(medianMs(c))} ms</td>)}
              </tr>
              <tr>
                <th scope="row">per increment, each worker</th>
                {columns.map((_, c) => (
                  <td key={c} className="num">{((1e6 * medianMs(c)) / ran.increments).toFixed(1)} ns</td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      ) : null}
      {shared && ran && rows.length > 0 && atomicCol >= 0 ? (
        <p className="sm-verdict" data-testid="race-summary">
          Atomics.add on {ran.workers} workers took {formatRatio(medianMs(atomicCol) / medianMs(privateCol))}× as long as private histograms,
          and {formatRatio(medianMs(atomicCol) / medianMs(atomic1Col))}× as long as one worker doing its share alone:
          {medianMs(atomicCol) > medianMs(atomic1Col) ? ' with contention, adding workers made each increment slower.' : ' here contention did not slow the workers down.'}
          {' '}Times are medians of {rows.length} trials after a discarded warm-up{rows.length < 3 ? '; with so few trials treat them as rough' : ''}.
        </p>
      ) : null}

      {!shared && byMessage.result ? (
        <p className="sm-verdict sm-ok" data-testid="race-message-result">
          Private histograms returned by message: {byMessage.result.total.toLocaleString('en')} counts in {byMessage.result.counts.length} bins
          ({byMessage.result.counts.map((c) => c.toLocaleString('en')).join(', ')}), exact by construction, in {formatMs(byMessage.result.ms)} ms.
        </p>
      ) : null}
    </section>
  );
}
