import { sweepResults } from '../kit/sweep-results.ts';
import { useEffect, useMemo, useRef, useState } from 'react';
import { KERNELS } from '../../kernels/registry.ts';
import type { SweepRow } from '../../measure/sweep.ts';
import type { LabComponentProps } from '../kit/definition.ts';
import { ExportButtons } from '../kit/ExportButtons.tsx';
import { ClusterExportButton } from '../../cluster-export/ClusterExportButton.tsx';
import { speedupClusterJob } from '../../cluster-export/lab-jobs.ts';
import type { LabResults } from '../kit/export.ts';
import { LabActions, LabStatus } from '../kit/LabActions.tsx';
import { LabForm } from '../kit/LabForm.tsx';
import type { RawSettings } from '../kit/settings.ts';
import { useAutorun, useLabSettings } from '../kit/useLabSettings.ts';
import { plural } from '../kit/format.ts';
import { kernelDefaults, kernelOf, speedupSettings, type SpeedupField, type SpeedupParams } from './settings.ts';
import { useSpeedupSweep, type SpeedupValue } from './useSpeedupSweep.ts';
import { useWebGpuProbe } from '../gpu/useWebGpuProbe.ts';
import { GpuTimingTable } from '../gpu/GpuTimingTable.tsx';
import { computeMethodLabel } from '../../gpu/timing.ts';
import { SpeedupChart } from './SpeedupChart.tsx';
import { ResultsTable } from './ResultsTable.tsx';
import { publishSweep } from './last-sweep.ts';
import { ImportResults } from '../kit/ImportResults.tsx';
import { comparableSeries, type ImportedSeries } from '../kit/import-results.ts';
import { speedupComparisonKey, speedupImportRules } from './import-rules.ts';
import { ImportedTable } from '../kit/ImportedTable.tsx';

/** Id of this lab in the lab registry and its links (`#/lab/speedup`). */
export const SPEEDUP_LAB_ID = 'speedup';

/** Every timed run and the table of a finished (or partial) sweep, for export. */
export function speedupResults(raw: RawSettings<SpeedupField>, _params: SpeedupParams, rows: readonly SweepRow<SpeedupValue>[]): LabResults {
  return sweepResults({ id: SPEEDUP_LAB_ID, title: 'Speedup lab' }, speedupSettings, raw, rows, {
    run: (v) => ({
      value: v.value,
      text: v.text,
      ...(v.gpu
        ? { upload_ms: v.gpu.timings.uploadMs, compute_ms: v.gpu.timings.computeMs, download_ms: v.gpu.timings.downloadMs, compute_timing: computeMethodLabel(v.gpu.timings.computeMethod), adapter: v.gpu.description }
        : {}),
    }),
    summary: (r) => ({ result: r.result.text }),
  });
}

/**
 * The speedup lab: runs a registered kernel on 1..N workers and charts the measured speedup live
 * against the ideal line, with a results table, exports and a link that reproduces the demo.
 * Main thread (React); the work runs in the kernel worker pool.
 */
export function SpeedupLab({ title = 'Speedup lab', ...props }: LabComponentProps<SpeedupField>) {
  const form = useLabSettings(speedupSettings, props);
  const sweep = useSpeedupSweep();
  const chart = useRef<HTMLDivElement>(null);
  const [ranRaw, setRanRaw] = useState(form.raw);
  // Imported results files (kept in memory for this page: a reload starts from a clean slate).
  const [imported, setImported] = useState<ImportedSeries[]>([]);
  const running = sweep.status === 'running';
  const cores = form.env.cores;

  // impl=webgpu: refused beside the field until this page's adapter probe says yes.
  const wantsGpu = form.raw.impl?.trim() === 'webgpu';
  const gpu = useWebGpuProbe(wantsGpu);
  const gpuBlock = !wantsGpu || form.errors.impl ? undefined : gpu.state === 'checking' ? 'Checking for a WebGPU adapter…' : gpu.ok ? undefined : `${gpu.message} Nothing runs with impl=webgpu here; choose js, wasm or simd.`;
  const params = gpuBlock ? null : form.params;

  const start = (p: SpeedupParams): void => {
    setRanRaw(form.raw);
    sweep.start(p);
  };
  useAutorun(props.autorun, params, start);

  useEffect(() => {
    if (sweep.status === 'done' && sweep.ranWith) publishSweep({ params: sweep.ranWith, rows: sweep.rows });
  }, [sweep.status, sweep.rows, sweep.ranWith]);

  const lab = { ...form, params, linkQuery: gpuBlock ? null : form.linkQuery, errors: gpuBlock ? { ...form.errors, impl: gpuBlock } : form.errors, update: (field: SpeedupField, value: string): void => {
    // Switching kernel: a kernel parameter still at the old kernel's default takes the new one's.
    const from = kernelOf(form.raw);
    const to = KERNELS.find((k) => k.id === value);
    if (field === 'kernel' && from && to) {
      const carry = Object.fromEntries(Object.entries(kernelDefaults(to)).filter(([n]) => form.raw[n] === undefined || form.raw[n] === from.fields[n]?.default));
      form.updateMany({ kernel: value, ...carry });
    } else form.update(field, value);
  } };

  const shown = sweep.ranWith ?? params;
  const gpuRows = sweep.rows.flatMap((r) => r.runs.flatMap((run, i) => (run.value.gpu ? [{ label: `run ${i + 1}`, timings: run.value.gpu.timings }] : [])));
  const gpuDescription = sweep.rows.find((r) => r.result.gpu)?.result.gpu?.description ?? '';
  const shownGpu = (shown?.impl ?? form.raw.impl) === 'webgpu';
  const pending = running && shown ? shown.workers.filter((p) => !sweep.rows.some((r) => r.workers === p)) : [];
  const results = sweep.ranWith && sweep.rows.length > 0 ? speedupResults(ranRaw, sweep.ranWith, sweep.rows) : null;
  // Kept stable between renders, so that the memoized chart does not redraw with the status line.
  const reference = useMemo(() => {
    const ownKey = sweep.ranWith ? speedupComparisonKey(ranRaw) : null;
    return ownKey?.ok ? ownKey.key : null;
  }, [sweep.ranWith, ranRaw]);
  const charted = useMemo(() => comparableSeries(imported, reference).shown, [imported, reference]);
  const filename = sweep.ranWith ? `speedup-${sweep.ranWith.kernel.id}-${sweep.ranWith.impl}-${Object.entries(sweep.ranWith.values).map(([k, v]) => `${k}${v}`).join('-')}` : 'speedup';

  return (
    <section className="lab speedup-lab" aria-label={title}>
      <h3 className="lab-title">{title}</h3>
      <LabForm form={lab} disabled={running} onSubmit={start}>
        <LabActions status={sweep.status} canRun={!!params} onCancel={sweep.cancel} link={{ lab: SPEEDUP_LAB_ID, query: lab.linkQuery }}>
          <ExportButtons results={results} filename={filename} {...(shownGpu ? {} : { chart })} />
          <ClusterExportButton job={speedupClusterJob(form.raw, params)} />
        </LabActions>
      </LabForm>
      <LabStatus invalid={!params}
        status={sweep.status}
        error={sweep.error}
        text={{
          running: shownGpu ? 'Running on the GPU…' : `Running${sweep.current ? ` on ${plural(sweep.current, 'worker')}` : ''}… (${sweep.rows.length} of ${shown?.workers.length ?? 0} worker counts done)`,
          done: shownGpu
            ? `Done on the GPU: median of ${shown?.repeats} runs after a warm-up.`
            : `Done: ${sweep.rows.length} worker counts measured, medians of ${shown?.repeats} runs after a warm-up.`,
        }}
      />
      {shownGpu ? (
        <p className="note" data-testid="gpu-workers-note">
          With WebGPU the whole problem goes to the GPU in one run, submitted from the page’s one GPU worker: the worker
          counts do not apply (the field is hidden) and the table has one row, the GPU. {shown?.kernel.webgpu?.note} To see the
          GPU against CPU workers as the problem grows, use the <a href="#/lab/gpu-throughput">GPU throughput lab</a>.
        </p>
      ) : null}
      <div ref={chart}>
        {shown && !shownGpu ? <SpeedupChart rows={sweep.rows} workerCounts={shown.workers} cores={cores} imported={charted} /> : null}
      </div>
      <ResultsTable rows={sweep.rows} pending={pending} gpu={shownGpu} />
      {charted.length > 0 ? <ImportedTable rows={sweep.rows} cores={cores} imported={charted} /> : null}
      <ImportResults rules={speedupImportRules} imported={imported} reference={reference} onChange={setImported} />
      <GpuTimingTable rows={gpuRows} description={gpuDescription} />
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
