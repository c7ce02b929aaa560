import { sweepResults } from '../kit/sweep-results.ts';
import { useMemo, useState, useRef } from 'react';
import type { SweepRow } from '../../measure/sweep.ts';
import type { LabComponentProps } from '../kit/definition.ts';
import { ExportButtons } from '../kit/ExportButtons.tsx';
import { ClusterExportButton } from '../../cluster-export/ClusterExportButton.tsx';
import { scalingClusterJob } from '../../cluster-export/lab-jobs.ts';
import type { LabResults } from '../kit/export.ts';
import { plural } from '../kit/format.ts';
import { LabActions, LabStatus } from '../kit/LabActions.tsx';
import { LabForm } from '../kit/LabForm.tsx';
import type { RawSettings } from '../kit/settings.ts';
import { useAutorun, useLabSettings } from '../kit/useLabSettings.ts';
import { useSweep, type SweepPlan } from '../kit/useSweep.ts';
import { analyseScaling, medianPhases, type ScalingAnalysis } from './scaling-analysis.ts';
import { runWorkload, type WorkloadRun } from './scaling-pool.ts';
import { scalingSettings, type ScalingField, type ScalingParams } from './scaling-params.ts';
import { planWorkload } from './workload.ts';
import { ScalingChart } from './ScalingChart.tsx';
import { ScalingTable } from './ScalingTable.tsx';
import { FitReport } from './FitReport.tsx';
import { ImportResults } from '../kit/ImportResults.tsx';
import { ImportedTable } from '../kit/ImportedTable.tsx';
import { comparableSeries, type ImportedSeries } from '../kit/import-results.ts';
import { scalingComparisonKey, scalingImportRules } from './import-rules.ts';
import '../../styles/scaling.css';

/** Id of this lab in the lab registry and its links (`#/lab/scaling`). */
export const SCALING_LAB_ID = 'scaling';

const NONE: readonly number[] = [];
const FALLBACK_COUNTS: readonly number[] = [1, 2];

/** The sweep: the tunable workload on the scaling pool, one discarded warm-up per worker count. */
const PLAN: SweepPlan<ScalingParams, WorkloadRun> = {
  workerCounts: (p) => p.workers,
  repeats: (p) => p.repeats,
  runOnce: (p, workers, signal) => runWorkload(planWorkload(p.work, p.serialFraction, p.mode, workers), signal),
};

/** Each row's result becomes the median serial and parallel phase of its timed runs. */
function withPhaseMedians(rows: readonly SweepRow<WorkloadRun>[]): SweepRow<WorkloadRun>[] {
  return rows.map((row) => (row.runs.length > 0 ? { ...row, result: medianPhases(row.runs.map((r) => r.value)) } : row));
}

/** Every timed run (with its serial and parallel phase) and the analysed table, for export. */
export function scalingResults(raw: RawSettings<ScalingField>, rows: readonly SweepRow<WorkloadRun>[], analysis: ScalingAnalysis): LabResults {
  const exported = sweepResults({ id: SCALING_LAB_ID, title: 'Scaling lab' }, scalingSettings, raw, rows, {
    run: (v) => ({ value: v.checksum, serial_ms: v.serialMs, parallel_ms: v.parallelMs }),
  });
  const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);
  // The table is the analysed one: Karp-Flatt, phase medians and whether a row entered the fit.
  exported.summary = analysis.rows.map((r) => ({
    workers: r.workers,
    median_ms: r.time.median,
    min_ms: r.time.min,
    max_ms: r.time.max,
    speedup: finite(r.speedup),
    efficiency: finite(r.efficiency),
    karp_flatt: finite(r.karpFlatt),
    serial_ms: r.serialMs,
    parallel_ms: r.parallelMs,
    oversubscribed: r.oversubscribed,
    in_fit: r.inFit,
    noisy: r.time.noisy,
  }));
  return exported;
}

/**
 * The scaling lab: a job with a tunable serial fraction and amount of work runs for real on 1..N
 * workers (serial part on worker 0 while the others wait, then the parallel part split among all),
 * in strong or weak scaling. The chart overlays the measured speedup with Amdahl's law (strong) or
 * Gustafson's law (weak) fitted by least squares; the table gives Karp-Flatt per worker count.
 * Main thread (React); the work runs in the scaling worker pool.
 */
export function ScalingLab({ title = 'Scaling lab', ...props }: LabComponentProps<ScalingField>) {
  const form = useLabSettings(scalingSettings, props);
  const sweep = useSweep(PLAN);
  const chart = useRef<HTMLDivElement>(null);
  const [ranRaw, setRanRaw] = useState(form.raw);
  const cores = form.env.cores;
  const running = sweep.status === 'running';
  const ranWith = sweep.ranWith;
  const shown = ranWith ?? form.params;
  const rows = useMemo(() => withPhaseMedians(sweep.rows), [sweep.rows]);
  const analysis = useMemo(() => analyseScaling(rows, shown?.mode ?? 'strong', cores), [rows, shown?.mode, cores]);
  const pending = useMemo(
    () => (running && ranWith ? ranWith.workers.filter((p) => !rows.some((r) => r.workers === p)) : NONE),
    [running, ranWith, rows],
  );
  // Results brought back from files (another browser, the cluster export's program): charted when
  // they timed the same job as this page's sweep (before a sweep, the first file sets the job).
  const [imported, setImported] = useState<ImportedSeries[]>([]);
  const reference = useMemo(() => {
    const key = ranWith ? scalingComparisonKey(ranRaw) : null;
    return key?.ok ? key.key : null;
  }, [ranWith, ranRaw]);
  const charted = useMemo(() => comparableSeries(imported, reference).shown, [imported, reference]);
  const start = (params: ScalingParams): void => {
    setRanRaw(form.raw);
    sweep.start(params);
  };
  useAutorun(props.autorun, form.params, start);
  const results = ranWith && rows.length > 0 ? scalingResults(ranRaw, rows, analysis) : null;

  const over = shown ? shown.workers.filter((p) => p > cores) : [];
  return (
    <section className="lab scaling-lab" aria-label={title}>
      <h3 className="lab-title">{title}</h3>
      <LabForm form={form} disabled={running} onSubmit={start}>
        <LabActions status={sweep.status} canRun={!!form.params} onCancel={sweep.cancel} link={{ lab: SCALING_LAB_ID, query: form.linkQuery }}>
          <ExportButtons results={results} filename={ranWith ? `scaling-${ranWith.mode}-f${ranWith.serialFraction}-w${ranWith.work}` : 'scaling'} chart={chart} />
          <ClusterExportButton job={scalingClusterJob(form.raw, form.params)} />
        </LabActions>
      </LabForm>
      <LabStatus invalid={!form.params}
        status={sweep.status}
        error={sweep.error}
        text={{
          running: `Running${sweep.current ? ` on ${plural(sweep.current, 'worker')}` : ''}… (${rows.length} of ${ranWith?.workers.length ?? 0} worker counts done)`,
          done: `Done: ${rows.length} worker counts measured, medians of ${ranWith?.repeats} runs after a warm-up.`,
        }}
      />
      {ranWith ? <FitReport analysis={analysis} params={ranWith} cores={cores} /> : null}
      <div ref={chart}>
        <ScalingChart analysis={analysis} workerCounts={shown?.workers ?? FALLBACK_COUNTS} cores={cores} imported={charted} />
      </div>
      <ScalingTable analysis={analysis} pending={pending} />
      {charted.length > 0 ? <ImportedTable rows={analysis.rows} cores={cores} imported={charted} /> : null}
      <ImportResults rules={scalingImportRules} imported={imported} reference={reference} onChange={setImported} />
      {analysis.rows.some((r) => r.time.noisy) ? (
        <p className="note">Rows marked <em>noisy</em> varied by more than 25 % between runs; close other tabs or raise the repeats.</p>
      ) : null}
      {over.length > 0 ? (
        <p className="note scaling-warning" role="note">
          Your browser reports {plural(cores, 'core')}: {over.join(', ')} workers oversubscribe them (workers take turns on the
          same cores). Those points are drawn hollow and left out of the fit.
        </p>
      ) : null}
    </section>
  );
}
