import { useState } from 'react';
import { blockRows } from '../../kernels/decomposition.ts';
import { useRun } from '../../hooks/useRun.ts';
import type { LabComponentProps } from '../kit/definition.ts';
import { ExportButtons } from '../kit/ExportButtons.tsx';
import type { LabResults } from '../kit/export.ts';
import { LabActions, LabStatus } from '../kit/LabActions.tsx';
import { LabForm } from '../kit/LabForm.tsx';
import { queryFromSettings, type RawSettings } from '../kit/settings.ts';
import { useAutorun, useLabSettings } from '../kit/useLabSettings.ts';
import { formatCount, formatMs, formatScientific, plural } from '../kit/format.ts';
import { LabIsolationNote } from './IsolationNotice.tsx';
import { comparePartialSums, type SumsRun } from './partial-sums-job.ts';
import { sumsSettings, type SumsField, type SumsParams } from './settings.ts';
import '../../styles/shared-memory.css';

/** Id of this lab in the lab registry and its links (`#/lab/shared-sums`). */
export const SHARED_SUMS_LAB_ID = 'shared-sums';

/** What one press of Run measured. */
interface SumsResult {
  n: number;
  workers: number;
  message: SumsRun;
  shared: SumsRun | null;
}

/** The runs (one per mode) and the per-rank table of a finished comparison, for export. */
export function sharedSumsResults(raw: RawSettings<SumsField>, r: SumsResult): LabResults {
  const query = queryFromSettings(sumsSettings, raw);
  const runs = [r.message, ...(r.shared ? [r.shared] : [])];
  return {
    lab: { id: SHARED_SUMS_LAB_ID, title: 'Shared partial sums' },
    settings: Object.fromEntries(new URLSearchParams(query)),
    query,
    runs: runs.map((run) => ({ series: run.mode, workers: r.workers, repeat: 0, ms: run.ms, value: run.value })),
    summary: r.message.partials.map((m, rank) => ({ rank, message: m, shared: r.shared ? r.shared.partials[rank]! : null })),
  };
}

/**
 * The shared-partial-sums lab: the 2D integral on p workers, partial integrals returned by message
 * beside partial integrals written into a shared Float64Array slot per rank, both added in rank
 * order. Without shared memory only the message version runs, and the lab says why.
 * Main thread (React); the work runs in the shared-memory worker pool.
 */
export function SharedSumsLab({ title = 'Shared partial sums', ...props }: LabComponentProps<SumsField>) {
  const form = useLabSettings(sumsSettings, props);
  const [ranRaw, setRanRaw] = useState(form.raw);
  const job = useRun((signal: AbortSignal, p: SumsParams) => comparePartialSums(p.n, p.workers, signal).then((r): SumsResult => ({ ...r, n: p.n, workers: p.workers })));
  const running = job.status === 'running';
  const r = job.result;
  const same = r?.shared ? Object.is(r.shared.value, r.message.value) && r.shared.partials.every((x, i) => Object.is(x, r.message.partials[i])) : null;
  const start = (p: SumsParams): void => {
    setRanRaw(form.raw);
    void job.run(p);
  };
  useAutorun(props.autorun, form.params, start);
  const shown = { ...form, shown: form.shown.map((f) => (f.name === 'workers' ? { ...f, help: `One row block (rank) each; this machine reports ${form.env.cores} cores.` } : f)) };

  return (
    <section className="lab sm-lab" aria-label={`${title} lab`} data-testid="sums-lab">
      <h3 className="lab-title">{title}</h3>
      <LabIsolationNote runs="The partial sums returned by message still run; the shared slots are left out." />
      <LabForm form={shown} disabled={running} onSubmit={start}>
        <LabActions status={job.status} canRun={!!form.params} onCancel={job.cancel} runLabel="Run both" link={{ lab: SHARED_SUMS_LAB_ID, query: form.linkQuery }}>
          <ExportButtons results={r ? sharedSumsResults(ranRaw, r) : null} filename={r ? `shared-sums-n${r.n}-p${r.workers}` : 'shared-sums'} />
        </LabActions>
      </LabForm>
      <LabStatus invalid={!form.params}
        status={job.status}
        error={job.error}
        text={{
          idle: 'Ready. Run computes the integral twice: results by message, then results in shared slots.',
          running: 'Running… (the workers compute; the page stays responsive)',
          done: r ? `Done: n = ${formatCount(r.n)} on ${plural(r.workers, 'worker')}.` : 'Done.',
        }}
      />
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
