/**
 * What the measure-first labs download (CSV/JSON in the lab kit's results format,
 * src/labs/kit/export-schema.ts): every timed sample, not only the medians, and the table as shown.
 *
 * Pure: any thread.
 */
import type { SweepRow } from '../../measure/sweep.ts';
import type { LabResults } from '../kit/export.ts';
import { queryFromSettings, type LabSettings, type RawSettings } from '../kit/settings.ts';
import type { BandwidthRun, LatencyPoint, StageProfile } from './memory-runs.ts';

function header<F extends string>(id: string, title: string, settings: LabSettings<F, unknown>, raw: RawSettings<F>): Pick<LabResults, 'lab' | 'settings' | 'query'> {
  const query = queryFromSettings(settings, raw);
  return { lab: { id, title }, settings: Object.fromEntries(new URLSearchParams(query)), query };
}

/** The latency lab's results: one run per timed chase (ms of the chase, ns per load, working set in bytes). */
export function latencyResults<F extends string>(id: string, title: string, settings: LabSettings<F, unknown>, raw: RawSettings<F>, steps: number, points: readonly LatencyPoint[]): LabResults {
  return {
    ...header(id, title, settings, raw),
    runs: points.flatMap((p) => p.ns.samples.map((ns, repeat) => ({ series: `${p.bytes} B`, workers: 1, repeat, ms: (ns * steps) / 1e6, value: ns, bytes: p.bytes, ns_per_load: ns }))),
    summary: points.map((p) => ({ bytes: p.bytes, median_ns: p.ns.median, min_ns: p.ns.min, max_ns: p.ns.max, noisy: p.ns.noisy })),
  };
}

/** The bandwidth lab's results: one run per timed run of each worker count (page wall ms, span in the workers, GB/s). */
export function bandwidthResults<F extends string>(id: string, title: string, settings: LabSettings<F, unknown>, raw: RawSettings<F>, rows: readonly SweepRow<BandwidthRun>[]): LabResults {
  return {
    ...header(id, title, settings, raw),
    runs: rows.flatMap((r) => r.runs.map((run) => ({ series: `${r.workers} workers`, workers: r.workers, repeat: run.index, ms: run.ms, value: run.value.gbPerSecond, span_ms: run.value.spanMs, bytes: run.value.bytes }))),
    summary: rows.map((r) => ({ workers: r.workers, median_ms: r.time.median, noisy: r.time.noisy })),
  };
}

/** The profiling lab's results: one run per stage per timed run (ms of that stage). */
export function profileResults<F extends string>(id: string, title: string, settings: LabSettings<F, unknown>, raw: RawSettings<F>, profile: StageProfile): LabResults {
  return {
    ...header(id, title, settings, raw),
    runs: profile.stages.flatMap((s) => s.ms.samples.map((ms, repeat) => ({ series: s.stage, workers: 1, repeat, ms }))),
    summary: profile.stages.map((s) => ({ stage: s.stage, median_ms: s.ms.median, share: profile.totalMs > 0 ? s.ms.median / profile.totalMs : null, noisy: s.ms.noisy })),
  };
}
