import { useId, useMemo, useState } from 'react';
import { reportedCores } from '../../env/environment.ts';
import { blockRows } from '../../kernels/decomposition.ts';
import { useRun } from '../../hooks/useRun.ts';
import { formatMs, formatScientific } from '../speedup/format.ts';
import { parseInteger } from './lab-inputs.ts';
import { comparePartialSums } from './partial-sums-job.ts';
import { LabField } from '../form/LabField.tsx';
import '../../styles/shared-memory.css';

/**
 * The shared-partial-sums lab: the 2D integral on p workers, partial integrals returned by message
 * beside partial integrals written into a shared Float64Array slot per rank, both added in rank
 * order. Main thread (React); the work runs in the shared-memory worker pool.
 */
export function SharedSumsLab() {
  const id = useId();
  const [rawN, setRawN] = useState('10000');
  const [rawWorkers, setRawWorkers] = useState('4');
  const n = parseInteger(rawN, 'Grid size n', 4, 40_000);
  const workers = parseInteger(rawWorkers, 'Workers', 1, 16);
  const cores = useMemo(() => reportedCores(), []);
  const job = useRun((signal: AbortSignal, nn: number, p: number) => comparePartialSums(nn, p, signal).then((r) => ({ ...r, n: nn, workers: p })));
  const running = job.status === 'running';
  const r = job.result;
  const same = r?.shared ? Object.is(r.shared.value, r.message.value) && r.shared.partials.every((x, i) => Object.is(x, r.message.partials[i])) : null;

  return (
    <section className="lab sm-lab" aria-label="Shared partial sums lab" data-testid="sums-lab">
      <h3 className="lab-title">Shared partial sums</h3>
      <form className="lab-form" onSubmit={(e) => { e.preventDefault(); if (n.ok && workers.ok) void job.run(n.value, workers.value); }}>
        <LabField id={id} name="n" label="Grid size n" value={rawN} onChange={setRawN} disabled={running}
          error={n.ok ? undefined : n.error} help="n² evaluations of sin; the course uses 10 000." />
        <LabField id={id} name="p" label="Workers" value={rawWorkers} onChange={setRawWorkers} disabled={running}
          error={workers.ok ? undefined : workers.error} help={`One row block (rank) each; this machine reports ${cores} cores.`} />
        <div className="lab-actions">
          <button type="submit" className="primary" disabled={!n.ok || !workers.ok || running}>Run both</button>
          <button type="button" onClick={job.cancel} disabled={!running}>Cancel</button>
        </div>
      </form>
      <p className="lab-status" role="status" data-testid="sums-status" data-status={job.status}>
        {job.status === 'idle' && 'Ready. Run computes the integral twice: results by message, then results in shared slots.'}
        {job.status === 'running' && 'Running… (the workers compute; the page stays responsive)'}
        {job.status === 'done' && r && `Done: n = ${r.n.toLocaleString('en')} on ${r.workers} worker${r.workers > 1 ? 's' : ''}.`}
        {job.status === 'cancelled' && 'Cancelled. The workers were stopped; Run starts afresh.'}
        {job.status === 'error' && <span className="field-error">The run failed: {job.error?.message}</span>}
      </p>
      {r ? (
        <div className="sm-table-wrap">
          <table className="sm-table" data-testid="sums-table">
            <caption>Partial integrals h²·Σ sin(x+y) per rank, and their sum in rank order</caption>
            <thead>
              <tr><th scope="col">rank</th><th scope="col">rows</th><th scope="col">returned by message</th><th scope="col">written to shared slot</th></tr>
            </thead>
            <tbody>
              {r.message.partials.map((m, rank) => {
                const { begin, end } = blockRows(r.n, r.workers, rank);
                return (
                  <tr key={rank}>
                    <td>{rank}</td><td>[{begin}, {end})</td><td className="num">{formatScientific(m)}</td>
                    <td className="num">{r.shared ? formatScientific(r.shared.partials[rank]!) : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>sum in rank order</th>
                <td className="num" data-testid="sums-message">{formatScientific(r.message.value)}</td>
                <td className="num" data-testid="sums-shared">{r.shared ? formatScientific(r.shared.value) : 'needs SharedArrayBuffer'}</td>
              </tr>
              <tr>
                <th scope="row" colSpan={2}>wall time</th>
                <td className="num">{formatMs(r.message.ms)} ms</td>
                <td className="num">{r.shared ? `${formatMs(r.shared.ms)} ms` : '—'}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      ) : null}
      {same !== null ? (
        <p className={same ? 'sm-verdict sm-ok' : 'sm-verdict sm-bad'} data-testid="sums-verdict">
          {same
            ? 'Identical to the last bit: same blocks, same order of addition. Only the way the numbers travelled differs.'
            : 'The two versions differ, which should never happen: please report it.'}
        </p>
      ) : null}
      <p className="note">One run each, no repeats: the integration dominates, and both versions do the same arithmetic. The point here is the result, not the time.</p>
    </section>
  );
}
