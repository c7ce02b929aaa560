import { useCallback, useRef, useState } from 'react';
import { useRun } from '../../hooks/useRun.ts';
import { measure } from '../../measure/measure.ts';
import { runKernel } from '../../workers/kernel-pool.ts';
import { runGpuKernel } from '../../gpu/gpu-client.ts';
import { probeWebGpu } from '../../gpu/availability.ts';
import type { GpuKernelRun } from '../../kernels/registry.ts';
import type { LabComponentProps } from '../kit/definition.ts';
import { ExportButtons } from '../kit/ExportButtons.tsx';
import type { LabResults } from '../kit/export.ts';
import { formatCompact, formatCount, formatMs, plural } from '../kit/format.ts';
import { LabActions, LabStatus } from '../kit/LabActions.tsx';
import { LabForm } from '../kit/LabForm.tsx';
import { queryFromSettings, type RawSettings } from '../kit/settings.ts';
import { useAutorun, useLabSettings } from '../kit/useLabSettings.ts';
import { DEFAULT_SIZES, paramsAtSize, throughputSettings, type ThroughputField, type ThroughputParams } from './settings.ts';
import { findCrossover, throughput, type Crossover, type ThroughputRow } from './throughput.ts';
import { ThroughputChart } from './ThroughputChart.tsx';
import { GpuTimingTable } from './GpuTimingTable.tsx';
import { useWebGpuProbe } from './useWebGpuProbe.ts';

/** Id of this lab in the lab registry (`#/lab/gpu-throughput`). */
export const THROUGHPUT_LAB_ID = 'gpu-throughput';
const TITLE = 'GPU throughput lab';

/** What a run found: the rows, and why the GPU was left out if it was. */
interface ThroughputOutcome {
  params: ThroughputParams;
  rows: ThroughputRow[];
  gpuMissing: string | null;
  description: string;
}

/** Every timed run and one summary row per size, for export. */
export function throughputResults(raw: RawSettings<ThroughputField>, o: ThroughputOutcome): LabResults {
  const query = queryFromSettings(throughputSettings, raw);
  const { workers } = o.params;
  return {
    lab: { id: THROUGHPUT_LAB_ID, title: TITLE },
    settings: Object.fromEntries(new URLSearchParams(query)),
    query,
    runs: o.rows.flatMap((r) => [
      ...r.cpu.time.samples.map((ms, i) => ({ series: `cpu ${plural(workers, 'worker')}`, workers, repeat: i, ms, value: r.size, work: r.work })),
      ...(r.gpu ? r.gpu.time.samples.map((ms, i) => ({ series: 'gpu', workers: 1, repeat: i, ms, value: r.size, work: r.work })) : []),
    ]),
    summary: o.rows.map((r) => ({
      size: r.size,
      work: r.work,
      cpu_median_ms: r.cpu.time.median,
      cpu_per_s: r.cpu.rate,
      gpu_median_ms: r.gpu?.time.median ?? null,
      gpu_per_s: r.gpu?.rate ?? null,
      gpu_upload_ms: r.gpu?.timings.uploadMs ?? null,
      gpu_compute_ms: r.gpu?.timings.computeMs ?? null,
      gpu_download_ms: r.gpu?.timings.downloadMs ?? null,
      gpu_result: r.gpu?.text ?? null,
      cpu_result: r.cpu.text,
      adapter: o.description || null,
    })),
  };
}

function crossoverText(c: Crossover, unit: string, cpu: string): string {
  switch (c.kind) {
    case 'no-gpu':
      return `Only the CPU side was measured: ${cpu}.`;
    case 'gpu-always':
      return `The GPU was ahead of ${cpu} at every size measured: try smaller sizes to find where it falls behind.`;
    case 'cpu-always':
      return `${cpu[0]!.toUpperCase()}${cpu.slice(1)} stayed ahead of the GPU at every size measured: the GPU did not overtake. On a software adapter (SwiftShader) that is expected; on a real GPU, try larger sizes.`;
    case 'mixed':
      return `The GPU won at some sizes but not at the largest: measure again with more repeats.`;
    case 'crossover':
      return `The GPU overtook ${cpu} between ${formatCompact(c.below.work)} and ${formatCompact(c.from.work)} ${unit}: slower below, faster from ${formatCompact(c.from.work)} on.`;
  }
}

/**
 * The GPU throughput lab: a kernel with a GPU path at growing problem sizes, on p CPU workers (js)
 * and on the GPU, charted as throughput against size so the crossover shows: for small work the
 * GPU's fixed costs (submission, upload, download, the worker's messages) dominate, for large
 * work its many cores win. Without WebGPU the CPU side still runs and the page says why the GPU
 * is missing. Main thread (React); the work runs in the kernel pool and the GPU worker.
 */
export function ThroughputLab({ title = TITLE, ...props }: LabComponentProps<ThroughputField>) {
  const form = useLabSettings(throughputSettings, props);
  const gpu = useWebGpuProbe();
  const [ranRaw, setRanRaw] = useState(form.raw);
  const [rows, setRows] = useState<ThroughputRow[]>([]);
  const [phase, setPhase] = useState('');
  const chart = useRef<HTMLDivElement>(null);
  const job = useCallback(async (signal: AbortSignal, params: ThroughputParams): Promise<ThroughputOutcome> => {
    setRows([]);
    const probe = await probeWebGpu();
    const done: ThroughputRow[] = [];
    let description = '';
    const { kernel, workers, repeats } = params;
    for (const size of params.sizes) {
      const values = paramsAtSize(kernel, size);
      const work = kernel.work.amount(values);
      setPhase(`${formatCompact(size)} on ${plural(workers, 'CPU worker')}`);
      const cpu = await measure({ repeats, signal, run: async ({ signal: s }) => (await runKernel(kernel.id, 'js', values, workers, s)).value });
      const row: ThroughputRow = { size, work, cpu: { time: cpu.time, rate: throughput(work, cpu.time.median), text: cpu.last.text } };
      if (probe.ok) {
        setPhase(`${formatCompact(size)} on the GPU`);
        const g = await measure<GpuKernelRun>({ repeats, signal, run: ({ signal: s }) => runGpuKernel(kernel.id, values, s) });
        description = g.last.description;
        row.gpu = { time: g.time, rate: throughput(work, g.time.median), text: g.last.result.text, timings: g.last.timings };
      }
      done.push(row);
      setRows([...done]);
    }
    return { params, rows: done, gpuMissing: probe.ok ? null : probe.message, description };
  }, []);
  const { status, result, error, run, cancel } = useRun(job);
  const start = (params: ThroughputParams): void => {
    setRanRaw(form.raw);
    void run(params);
  };
  useAutorun(props.autorun, form.params, start);
  const running = status === 'running';
  const lab = {
    ...form,
    update: (field: ThroughputField, value: string): void => {
      // Switching kernel: sizes still at the old kernel's defaults take the new kernel's.
      if (field === 'kernel' && form.raw.sizes === DEFAULT_SIZES[form.raw.kernel.trim()] && DEFAULT_SIZES[value]) form.updateMany({ kernel: value, sizes: DEFAULT_SIZES[value] });
      else form.update(field, value);
    },
  };
  const shown = result?.params ?? form.params;
  const unit = shown?.kernel.work.unit ?? 'units';
  const cpuLabel = `${plural(shown?.workers ?? 1, 'CPU worker')} (js)`;
  const crossover = findCrossover(rows);
  const description = result?.description ?? '';
  return (
    <section className="lab gpu-throughput-lab" aria-label={title}>
      <h3 className="lab-title">{title}</h3>
      {gpu.state === 'answered' && !gpu.ok ? (
        <p className="note" role="note" data-testid="gpu-missing">
          <strong>No GPU here:</strong> {gpu.message} The CPU side still runs.
        </p>
      ) : null}
      {gpu.state === 'answered' && gpu.ok ? <p className="note" data-testid="gpu-adapter-note">GPU adapter: {gpu.description}.</p> : null}
      <LabForm form={lab} disabled={running} onSubmit={start}>
        <LabActions status={status} canRun={!!form.params} onCancel={cancel} link={{ lab: THROUGHPUT_LAB_ID, query: form.linkQuery }}>
          <ExportButtons results={result ? throughputResults(ranRaw, result) : null} filename={result ? `gpu-throughput-${result.params.kernel.id}` : 'gpu-throughput'} chart={chart} />
        </LabActions>
      </LabForm>
      <LabStatus invalid={!form.params}
        status={status}
        error={error}
        text={{
          running: `Measuring ${phase}… (${rows.length} of ${shown?.sizes.length ?? 0} sizes done)`,
          done: result ? `Done. ${crossoverText(crossover, unit, cpuLabel)}` : 'Done.',
        }}
      />
      <div ref={chart}>{rows.length > 0 ? <ThroughputChart rows={rows} unit={unit} cpuLabel={cpuLabel} crossover={crossover} /> : null}</div>
      {rows.length > 0 ? (
        <div className="table-wrap">
          <table className="results" data-testid="throughput-table">
            <thead>
              <tr>
                <th scope="col">Size</th>
                <th scope="col">CPU time (ms)</th>
                <th scope="col">CPU {unit}/s</th>
                <th scope="col">GPU time (ms)</th>
                <th scope="col">GPU {unit}/s</th>
                <th scope="col">Faster</th>
                <th scope="col">Results (CPU, GPU)</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.size} data-size={r.size} data-cpu-rate={r.cpu.rate} data-gpu-rate={r.gpu?.rate ?? ''}>
                  <th scope="row">{formatCount(r.work)} {unit}</th>
                  <td>{formatMs(r.cpu.time.median)}</td>
                  <td>{formatCompact(r.cpu.rate)}</td>
                  <td>{r.gpu ? formatMs(r.gpu.time.median) : '–'}</td>
                  <td>{r.gpu ? formatCompact(r.gpu.rate) : '–'}</td>
                  <td>{r.gpu ? (r.gpu.rate > r.cpu.rate ? 'GPU' : 'CPU') : 'CPU (no GPU)'}</td>
                  <td>
                    <code>{r.cpu.text}</code>
                    {r.gpu ? (
                      <>
                        , <code>{r.gpu.text}</code>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {rows.some((r) => r.gpu) ? (
        <>
          <p className="note">
            GPU times are wall times of the whole call from the page (the worker’s message, upload, compute, download);
            the split of the last run at each size:
          </p>
          <GpuTimingTable rows={rows.flatMap((r) => (r.gpu ? [{ label: `${formatCompact(r.work)} ${unit}`, timings: r.gpu.timings }] : []))} description={description || (gpu.state === 'answered' && gpu.ok ? gpu.description : '')} />
        </>
      ) : null}
    </section>
  );
}
