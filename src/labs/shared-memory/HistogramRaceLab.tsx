import { useMemo, useState } from 'react';
import { useRun } from '../../hooks/useRun.ts';
import { median } from '../../measure/stats.ts';
import { canShareMemory } from '../../shared-memory/shared-buffer.ts';
import type { HistogramVariant } from '../../shared-memory/histogram.ts';
import type { LabComponentProps } from '../kit/definition.ts';
import { ExportButtons } from '../kit/ExportButtons.tsx';
import type { LabResults } from '../kit/export.ts';
import { LabActions, LabStatus } from '../kit/LabActions.tsx';
import { LabForm } from '../kit/LabForm.tsx';
import { queryFromSettings, type RawSettings } from '../kit/settings.ts';
import { useAutorun, useLabSettings } from '../kit/useLabSettings.ts';
import { formatCount, formatMs, formatRatio, plural } from '../kit/format.ts';
import { histogramByMessage, histogramColumns, histogramTrials, type HistogramCell } from './histogram-job.ts';
import { LabIsolationNote } from './IsolationNotice.tsx';
import { raceSettings, type RaceField, type RaceParams } from './settings.ts';
import '../../styles/shared-memory.css';

/** Id of this lab in the lab registry and its links (`#/lab/histogram-race`). */
export const HISTOGRAM_RACE_LAB_ID = 'histogram-race';

const VARIANT_LABEL: Record<HistogramVariant, string> = {
  plain: 'plain +1',
  mutex: 'mutex, +1',
  atomic: 'Atomics.add',
  private: 'private + merge',
};

/** The private histograms returned by message (the run without shared memory). */
interface ByMessage {
  counts: number[];
  total: number;
  ms: number;
}

/**
 * Every timed run for export: with shared memory one run per trial and column (its counting
 * time as the workers measured it, the total it reached and the updates lost); without, the one
 * run of the private histograms by message.
 */
export function histogramRaceResults(raw: RawSettings<RaceField>, params: RaceParams, trials: readonly HistogramCell[][], byMessage: ByMessage | undefined): LabResults {
  const query = queryFromSettings(raceSettings, raw);
  const columns = histogramColumns(params.workers);
  const base = { lab: { id: HISTOGRAM_RACE_LAB_ID, title: 'A race on a shared histogram' }, settings: Object.fromEntries(new URLSearchParams(query)), query };
  if (byMessage) {
    return {
      ...base,
      runs: [{ series: 'private by message', workers: params.workers, repeat: 0, ms: byMessage.ms, value: byMessage.total }],
      summary: byMessage.counts.map((count, bin) => ({ bin, count })),
    };
  }
  return {
    ...base,
    runs: trials.flatMap((row, t) =>
      row.map((cell, c) => ({
        series: `${columns[c]!.variant}, ${plural(columns[c]!.workers, 'worker')}`,
        workers: columns[c]!.workers,
        repeat: t,
        ms: cell.countMs,
        value: cell.actualTotal,
        variant: columns[c]!.variant,
        expected: cell.expectedTotal,
        lost: cell.lost,
        exact: cell.exact,
      })),
    ),
    summary: columns.map((col, c) => ({
      variant: col.variant,
      workers: col.workers,
      median_ms: trials.length > 0 ? median(trials.map((r) => r[c]!.countMs)) : null,
      exact_trials: trials.filter((r) => r[c]!.exact).length,
      max_lost: Math.max(0, ...trials.map((r) => r[c]!.lost)),
    })),
  };
}

/**
 * The race-condition lab: workers that start together at a barrier count values into the same
 * few bins of a shared histogram, with plain read-increment-write, a mutex, Atomics.add, and
 * private histograms merged at the end; several trials side by side, lost updates counted.
 * Without shared memory it runs only the private histograms returned by message, and says why.
 * Main thread (React); the work runs in the shared-memory worker pool.
 */
export function HistogramRaceLab({ title = 'A race on a shared histogram', ...props }: LabComponentProps<RaceField>) {
  const form = useLabSettings(raceSettings, props);
  const shared = useMemo(() => canShareMemory(), []);
  const [ranRaw, setRanRaw] = useState(form.raw);
  const [rows, setRows] = useState<HistogramCell[][]>([]);
  const [ran, setRan] = useState<RaceParams | null>(null);

  const job = useRun(
    (signal: AbortSignal, p: RaceParams): Promise<ByMessage | null> =>
      shared
        ? histogramTrials({ workers: p.workers, bins: p.bins, incrementsPerWorker: p.increments, trials: p.trials, seed: 11 }, signal, setRows).then(() => null)
        : histogramByMessage(p.workers, p.increments, p.bins, 11, signal),
  );
  const running = job.status === 'running';
  const byMessage = job.result ?? undefined;

  const start = (p: RaceParams): void => {
    setRanRaw(form.raw);
    setRows([]);
    setRan(p);
    void job.run(p);
  };
  useAutorun(props.autorun, form.params, start);

  const columns = ran ? histogramColumns(ran.workers) : [];
  const medianMs = (c: number): number => median(rows.map((r) => r[c]!.countMs));
  const privateCol = columns.findIndex((c) => c.variant === 'private');
  const atomicCol = columns.findIndex((c) => c.variant === 'atomic' && c.workers === ran?.workers);
  const atomic1Col = columns.findIndex((c) => c.variant === 'atomic' && c.workers === 1);
  const results = ran && (rows.length > 0 || byMessage) ? histogramRaceResults(ranRaw, ran, rows, byMessage) : null;
  const lab = { ...form, shown: form.shown.map((f) => (f.name === 'workers' ? { ...f, help: `At least 2 for a race; ${form.env.cores} cores reported.` } : f)) };

  return (
    <section className="lab sm-lab" aria-label="Race condition lab" data-testid="race-lab">
      <h3 className="lab-title">{title}</h3>
      <LabIsolationNote runs="Only the private histograms returned by message run here: the race needs shared bins." />
      <LabForm form={lab} disabled={running} onSubmit={start}>
        <LabActions status={job.status} canRun={!!form.params} onCancel={job.cancel} runLabel={shared ? 'Run trials' : 'Run private histograms by message'}
          link={{ lab: HISTOGRAM_RACE_LAB_ID, query: form.linkQuery }}>
          <ExportButtons results={results} filename={ran ? `histogram-race-p${ran.workers}-b${ran.bins}` : 'histogram-race'} />
        </LabActions>
      </LabForm>
      <LabStatus invalid={!form.params}
        status={job.status}
        error={job.error}
        text={{
          idle: shared ? 'Ready. Each trial runs every variant on fresh, zeroed bins.' : 'Ready. Without shared memory only the message-passing variant can run.',
          running: shared ? `Running… ${rows.length} of ${ran?.trials ?? 0} trials done.` : 'Running…',
          done: shared ? `Done: ${plural(rows.length, 'trial')}.` : 'Done.',
        }}
      />

      {shared && ran && rows.length > 0 ? (
        <div className="sm-table-wrap">
          <table className="sm-table sm-race-table" data-testid="race-table">
            <caption>
              Each cell: what the shared bins add up to, against the {formatCount(ran.workers * ran.increments)} increments made
              ({formatCount(ran.increments)} per worker; {formatCount(ran.increments)} for the 1-worker column)
            </caption>
            <thead>
              <tr>
                <th scope="col">trial</th>
                {columns.map((c, i) => (
                  <th scope="col" key={i}>{VARIANT_LABEL[c.variant]}<br /><span className="sm-sub">{plural(c.workers, 'worker')}</span></th>
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
                      {formatCount(cell.actualTotal)}
                      <br />
                      {cell.exact ? <span className="sm-sub">exact</span> : (
                        <span className="sm-sub">lost {formatCount(cell.lost)}<br />({formatRatio((100 * cell.lost) / cell.expectedTotal)} %)</span>
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
                  <td key={c} className="num">{formatRatio((1e6 * medianMs(c)) / ran.increments)} ns</td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      ) : null}
      {shared && ran && rows.length > 0 && atomicCol >= 0 ? (
        <p className="sm-verdict" data-testid="race-summary">
          Atomics.add on {plural(ran.workers, 'worker')} took {formatRatio(medianMs(atomicCol) / medianMs(privateCol))}× as long as private histograms,
          and {formatRatio(medianMs(atomicCol) / medianMs(atomic1Col))}× as long as one worker doing its share alone:
          {medianMs(atomicCol) > medianMs(atomic1Col) ? ' with contention, adding workers made each increment slower.' : ' here contention did not slow the workers down.'}
          {' '}Times are medians of {plural(rows.length, 'trial')} after a discarded warm-up{rows.length < 3 ? '; with so few trials treat them as rough' : ''}.
        </p>
      ) : null}

      {!shared && byMessage ? (
        <p className="sm-verdict sm-ok" data-testid="race-message-result">
          Private histograms returned by message: {formatCount(byMessage.total)} counts in {byMessage.counts.length} bins
          ({byMessage.counts.map((c) => formatCount(c)).join(', ')}), exact by construction, in {formatMs(byMessage.ms)} ms.
        </p>
      ) : null}
    </section>
  );
}
