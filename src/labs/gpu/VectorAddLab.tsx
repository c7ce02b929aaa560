import { useCallback, useState, type ReactElement } from 'react';
import { useRun } from '../../hooks/useRun.ts';
import { measure } from '../../measure/measure.ts';
import { runCpuVectorAdd, runGpuVectorAdd } from '../../gpu/gpu-client.ts';
import { probeWebGpu } from '../../gpu/availability.ts';
import { computeMethodLabel } from '../../gpu/timing.ts';
import type { GpuVectorAddRun } from '../../gpu/vector-add-gpu.ts';
import type { LabComponentProps } from '../kit/definition.ts';
import { ExportButtons } from '../kit/ExportButtons.tsx';
import type { LabResults } from '../kit/export.ts';
import { formatCount, formatFixed, formatMs, formatPercent } from '../kit/format.ts';
import { LabActions, LabStatus } from '../kit/LabActions.tsx';
import { LabForm } from '../kit/LabForm.tsx';
import { queryFromSettings, type RawSettings } from '../kit/settings.ts';
import { useAutorun, useLabSettings } from '../kit/useLabSettings.ts';
import { vectorAddSettings, type VectorAddField, type VectorAddParams } from './settings.ts';
import { gigabytesPerSecond, gpuTotalMs, KERNEL_BYTES_PER_ELEMENT, summarizeVectorAdd, transferShare, type VectorAddRow } from './vector-add-model.ts';
import { useWebGpuProbe } from './useWebGpuProbe.ts';

/** Id of this lab in the lab registry (`#/lab/gpu-vector-add`). */
export const VECTOR_ADD_LAB_ID = 'gpu-vector-add';
const TITLE = 'Vector add: where the GPU’s time goes';

/** A CPU-only row, for browsers without WebGPU. */
interface CpuOnlyRow {
  length: number;
  cpuMs: number;
}

interface VectorAddOutcome {
  params: VectorAddParams;
  rows: VectorAddRow[];
  cpuOnly: CpuOnlyRow[];
  description: string;
  gpuMissing: string | null;
  /** Every timed run, for export. */
  runs: { series: string; length: number; repeat: number; ms: number }[];
}

/** The runs and the table, for export. */
export function vectorAddResults(raw: RawSettings<VectorAddField>, o: VectorAddOutcome): LabResults {
  const query = queryFromSettings(vectorAddSettings, raw);
  return {
    lab: { id: VECTOR_ADD_LAB_ID, title: TITLE },
    settings: Object.fromEntries(new URLSearchParams(query)),
    query,
    runs: o.runs.map((r) => ({ series: r.series, workers: 1, repeat: r.repeat, ms: r.ms, value: r.length })),
    summary: o.rows.length
      ? o.rows.map((r) => ({
          elements: r.length,
          upload_ms: r.uploadMs,
          compute_ms: r.computeMs,
          download_ms: r.downloadMs,
          gpu_total_ms: gpuTotalMs(r),
          cpu_loop_ms: r.cpuMs,
          kernel_gb_per_s: gigabytesPerSecond(KERNEL_BYTES_PER_ELEMENT * r.length, r.computeMs),
          upload_gb_per_s: gigabytesPerSecond(r.uploadBytes, r.uploadMs),
          download_gb_per_s: gigabytesPerSecond(r.downloadBytes, r.downloadMs),
          transfer_share: transferShare(r),
          mismatches: r.mismatches,
          compute_timing: computeMethodLabel(r.computeMethod),
          adapter: o.description,
        }))
      : o.cpuOnly.map((r) => ({ elements: r.length, cpu_loop_ms: r.cpuMs, gpu: 'unavailable' })),
  };
}

/** Upload / compute / download as one stacked bar per length, widths proportional to time. */
function PhaseBars({ rows }: { rows: readonly VectorAddRow[] }) {
  const colours = { upload: 'var(--accent-2)', compute: 'var(--accent)', download: 'var(--danger)' };
  return (
    <figure data-testid="phase-bars" style={{ margin: '1rem 0' }}>
      <figcaption>Share of the GPU’s time per phase (upload, compute, download):</figcaption>
      {rows.map((r) => {
        const total = gpuTotalMs(r) || 1;
        const parts = [
          ['upload', r.uploadMs],
          ['compute', r.computeMs],
          ['download', r.downloadMs],
        ] as const;
        return (
          <div key={r.length} style={{ display: 'flex', alignItems: 'center', gap: '.5rem', margin: '.25rem 0' }}>
            <span style={{ minWidth: '8.5rem', fontVariantNumeric: 'tabular-nums' }}>{formatCount(r.length)}</span>
            <svg viewBox="0 0 100 10" preserveAspectRatio="none" style={{ flex: 1, height: '1.1rem' }} role="img"
              aria-label={`${formatCount(r.length)} elements: upload ${formatPercent(r.uploadMs / total)}, compute ${formatPercent(r.computeMs / total)}, download ${formatPercent(r.downloadMs / total)}`}>
              {parts.reduce<{ x: number; els: ReactElement[] }>(
                (acc, [name, ms]) => {
                  const w = (100 * ms) / total;
                  acc.els.push(<rect key={name} x={acc.x} y={0} width={w} height={10} fill={colours[name]} />);
                  return { x: acc.x + w, els: acc.els };
                },
                { x: 0, els: [] },
              ).els}
            </svg>
          </div>
        );
      })}
      <p className="note" aria-hidden="true">
        <span style={{ color: colours.upload }}>■</span> upload <span style={{ color: colours.compute }}>■</span> compute{' '}
        <span style={{ color: colours.download }}>■</span> download
      </p>
    </figure>
  );
}

/**
 * The vector-add lab: the UPPMAX page's c = a + b at growing lengths on the GPU, each run split
 * into upload, compute and download, beside the same loop in JavaScript on the CPU, so it shows
 * that for a cheap kernel moving the data costs more than computing. Every element is checked.
 * Without WebGPU the CPU loop still runs and the page says why the GPU is missing. Main thread
 * (React); the work runs in the GPU worker.
 */
export function VectorAddLab({ title = TITLE, ...props }: LabComponentProps<VectorAddField>) {
  const form = useLabSettings(vectorAddSettings, props);
  const gpu = useWebGpuProbe();
  const [ranRaw, setRanRaw] = useState(form.raw);
  const [progress, setProgress] = useState('');
  const job = useCallback(async (signal: AbortSignal, params: VectorAddParams): Promise<VectorAddOutcome> => {
    const probe = await probeWebGpu();
    const rows: VectorAddRow[] = [];
    const cpuOnly: CpuOnlyRow[] = [];
    const runs: VectorAddOutcome['runs'] = [];
    let description = '';
    for (const length of params.sizes) {
      setProgress(`${formatCount(length)} elements on the CPU`);
      const cpu = await measure({ repeats: params.repeats, signal, run: async ({ signal: s }) => (await runCpuVectorAdd(length, s)).ms });
      cpu.runs.forEach((r) => runs.push({ series: 'cpu loop', length, repeat: r.index, ms: r.value }));
      if (!probe.ok) {
        cpuOnly.push({ length, cpuMs: cpu.time.median });
        continue;
      }
      setProgress(`${formatCount(length)} elements on the GPU`);
      const g = await measure<GpuVectorAddRun>({ repeats: params.repeats, signal, run: ({ signal: s }) => runGpuVectorAdd(length, s) });
      description = g.last.description;
      g.runs.forEach((r) => runs.push({ series: 'gpu total', length, repeat: r.index, ms: r.value.timings.uploadMs + r.value.timings.computeMs + r.value.timings.downloadMs }));
      rows.push(summarizeVectorAdd(length, g.runs.map((r) => r.value), cpu.runs.map((r) => r.value)));
    }
    return { params, rows, cpuOnly, description, gpuMissing: probe.ok ? null : probe.message, runs };
  }, []);
  const { status, result, error, run, cancel } = useRun(job);
  const start = (params: VectorAddParams): void => {
    setRanRaw(form.raw);
    void run(params);
  };
  useAutorun(props.autorun, form.params, start);
  const running = status === 'running';
  const rows = result?.rows ?? [];
  const exact = rows.every((r) => r.mismatches === 0);
  return (
    <section className="lab gpu-vector-add-lab" aria-label="Vector add lab">
      <h3 className="lab-title">{title}</h3>
      {gpu.state === 'answered' && !gpu.ok ? (
        <p className="note" role="note" data-testid="gpu-missing">
          <strong>No GPU here:</strong> {gpu.message} The CPU loop still runs.
        </p>
      ) : null}
      <LabForm form={form} disabled={running} onSubmit={start}>
        <LabActions status={status} canRun={!!form.params} onCancel={cancel} link={{ lab: VECTOR_ADD_LAB_ID, query: form.linkQuery }}>
          <ExportButtons results={result ? vectorAddResults(ranRaw, result) : null} filename="gpu-vector-add" />
        </LabActions>
      </LabForm>
      <LabStatus invalid={!form.params}
        status={status}
        error={error}
        text={{
          running: `Adding ${progress}…`,
          done: result
            ? rows.length
              ? `Done: ${rows.length} lengths; every element ${exact ? 'matched the CPU exactly' : 'was checked, and some differ (see the table)'}.`
              : `Done on the CPU only: ${result.cpuOnly.length} lengths.`
            : 'Done.',
        }}
      />
      {rows.length > 0 ? (
        <>
          <p className="note">
            Medians of the repeats on <span data-testid="gpu-adapter">{result?.description}</span>. Compute: {computeMethodLabel(rows[0]!.computeMethod)}; upload and download:
            wall clock in the GPU worker. Kernel GB/s counts the 12 bytes the kernel reads and writes per element.
          </p>
          <div className="table-wrap">
            <table className="results" data-testid="vector-add-table">
              <caption className="sr-only">Vector add on the GPU and the CPU, per length</caption>
              <thead>
                <tr>
                  <th scope="col">Elements</th>
                  <th scope="col">Upload (ms)</th>
                  <th scope="col">Compute (ms)</th>
                  <th scope="col">Download (ms)</th>
                  <th scope="col">Moving data</th>
                  <th scope="col">Kernel GB/s</th>
                  <th scope="col">Transfer GB/s (up, down)</th>
                  <th scope="col">CPU loop (ms)</th>
                  <th scope="col">Check</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.length} data-length={r.length} data-mismatches={r.mismatches} data-upload-ms={r.uploadMs} data-compute-ms={r.computeMs} data-download-ms={r.downloadMs} data-method={r.computeMethod}>
                    <th scope="row">{formatCount(r.length)}</th>
                    <td>{formatMs(r.uploadMs)}</td>
                    <td>{formatMs(r.computeMs)}</td>
                    <td>{formatMs(r.downloadMs)}</td>
                    <td>{formatPercent(transferShare(r))}</td>
                    <td>{formatFixed(gigabytesPerSecond(KERNEL_BYTES_PER_ELEMENT * r.length, r.computeMs), 2)}</td>
                    <td>
                      {formatFixed(gigabytesPerSecond(r.uploadBytes, r.uploadMs), 2)}, {formatFixed(gigabytesPerSecond(r.downloadBytes, r.downloadMs), 2)}
                    </td>
                    <td>{formatMs(r.cpuMs)}</td>
                    <td>{r.mismatches === 0 ? 'exact' : `${formatCount(r.mismatches)} differ`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <PhaseBars rows={rows} />
        </>
      ) : null}
      {result && result.cpuOnly.length > 0 ? (
        <div className="table-wrap">
          <table className="results" data-testid="vector-add-cpu-table">
            <caption>The CPU loop alone (no WebGPU in this browser).</caption>
            <thead>
              <tr>
                <th scope="col">Elements</th>
                <th scope="col">CPU loop (ms)</th>
              </tr>
            </thead>
            <tbody>
              {result.cpuOnly.map((r) => (
                <tr key={r.length}>
                  <th scope="row">{formatCount(r.length)}</th>
                  <td>{formatMs(r.cpuMs)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
