import { memo, startTransition, useMemo, useRef, useState } from 'react';
import { useRun } from '../../hooks/useRun.ts';
import { canShareMemory } from '../../shared-memory/shared-buffer.ts';
import type { LabComponentProps } from '../kit/definition.ts';
import { ExportButtons } from '../kit/ExportButtons.tsx';
import type { LabResults } from '../kit/export.ts';
import { LabActions, LabStatus } from '../kit/LabActions.tsx';
import { LabForm } from '../kit/LabForm.tsx';
import { queryFromSettings, type RawSettings } from '../kit/settings.ts';
import { useAutorun, useLabSettings } from '../kit/useLabSettings.ts';
import { formatCount, formatMs, formatRatio, plural } from '../kit/format.ts';
import { LabIsolationNote } from './IsolationNotice.tsx';
import { MovingDataChart } from './MovingDataChart.tsx';
import { movingSettings, type MovingField, type MovingParams } from './settings.ts';
import { MOVE_LABELS, moveDataSweep, type MoveRow } from './star-catalogue-job.ts';
import '../../styles/shared-memory.css';

/** Id of this lab in the lab registry and its links (`#/lab/moving-data`). */
export const MOVING_DATA_LAB_ID = 'moving-data';

const MB = 1024 * 1024;
const Chart = memo(MovingDataChart);

/** Every timed run (per size and method) and the table of a sweep, for export. */
export function movingDataResults(raw: RawSettings<MovingField>, params: MovingParams, rows: readonly MoveRow[]): LabResults {
  const query = queryFromSettings(movingSettings, raw);
  return {
    lab: { id: MOVING_DATA_LAB_ID, title: 'Moving data' },
    settings: Object.fromEntries(new URLSearchParams(query)),
    query,
    runs: rows.flatMap((row) =>
      row.runs.map((run) => ({
        series: `${row.method} ${row.stars}`,
        workers: params.workers,
        repeat: run.index,
        ms: run.ms,
        stars: row.stars,
        method: row.method,
        compute_ms: run.value.computeMs,
      })),
    ),
    summary: rows.map((r) => ({
      stars: r.stars,
      megabytes: (2 * 8 * r.stars) / MB,
      method: r.method,
      median_ms: r.time.median,
      min_ms: r.time.min,
      max_ms: r.time.max,
      compute_ms: r.computeMs,
      fingerprint: r.fingerprint,
      noisy: r.time.noisy,
    })),
  };
}

/**
 * The moving-data lab: the workshop's star catalogue made by workers in 20 chunks and delivered
 * to the page by structured-clone copy, by transfer, and in place in a SharedArrayBuffer, timed
 * as the catalogue grows (one warm-up and `repeats` timed runs per size and method). Without
 * shared memory the third method is left out and the lab says why.
 * Main thread (React); the work runs in the shared-memory worker pool.
 */
export function StarCatalogueLab({ title = 'Moving data: copy, transfer or share', ...props }: LabComponentProps<MovingField>) {
  const form = useLabSettings(movingSettings, props);
  const chart = useRef<HTMLDivElement>(null);
  const [ranRaw, setRanRaw] = useState(form.raw);
  const [rows, setRows] = useState<readonly MoveRow[]>([]);
  const [ran, setRan] = useState<MovingParams | null>(null);
  const job = useRun((signal: AbortSignal, p: MovingParams) =>
    moveDataSweep({ sizes: p.sizes, workers: p.workers, repeats: p.repeats, seed: 2026, signal, onRow: (r) => startTransition(() => setRows(r)) }));
  const running = job.status === 'running';
  const shared = useMemo(() => canShareMemory(), []);

  const start = (p: MovingParams): void => {
    setRanRaw(form.raw);
    setRows([]);
    setRan(p);
    void job.run(p);
  };
  useAutorun(props.autorun, form.params, start);

  // The chart is drawn from the start (empty axes for the typed sizes) so its first, costliest
  // render happens before a run, not during one.
  const typed = form.params?.sizes;
  const chartSizes = useMemo(() => ran?.sizes ?? typed ?? [], [ran, typed]);
  const doneSizes = [...new Set(rows.map((r) => r.stars))];
  const agree = doneSizes.every((s) => new Set(rows.filter((r) => r.stars === s).map((r) => r.fingerprint)).size === 1);
  const results = ran && rows.length > 0 ? movingDataResults(ranRaw, ran, rows) : null;
  const lab = { ...form, shown: form.shown.map((f) => (f.name === 'workers' ? { ...f, help: `They share the 20 chunks; ${form.env.cores} cores reported.` } : f)) };

  return (
    <section className="lab sm-lab" aria-label="Moving data lab" data-testid="moving-lab">
      <h3 className="lab-title">{title}</h3>
      <LabIsolationNote runs="Copy and transfer still run; the SharedArrayBuffer method is left out." />
      <LabForm form={lab} disabled={running} onSubmit={start}>
        <LabActions status={job.status} canRun={!!form.params} onCancel={job.cancel} link={{ lab: MOVING_DATA_LAB_ID, query: form.linkQuery }}>
          <ExportButtons results={results} filename={ran ? `moving-data-p${ran.workers}` : 'moving-data'} chart={chart} />
        </LabActions>
      </LabForm>
      <LabStatus invalid={!form.params}
        status={job.status}
        error={job.error}
        text={{
          idle: `Ready. Run times ${shared ? 'all three methods' : 'copy and transfer (shared memory is unavailable here)'} for each size.`,
          running: `Running… ${doneSizes.length} of ${ran?.sizes.length ?? 0} sizes done.`,
          done: `Done: medians of ${ran ? plural(ran.repeats, 'run') : 'the runs'} after a warm-up, per size and method.`,
        }}
      />
      <div ref={chart}>
        <Chart rows={rows} sizes={chartSizes} />
      </div>
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
                  <td className="num">{formatCount(r.stars)}</td>
                  <td className="num">{formatRatio((2 * 8 * r.stars) / MB)} MB</td>
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
