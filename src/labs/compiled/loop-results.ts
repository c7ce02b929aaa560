/**
 * The export of the vectorization labs (vector add, breakers): every timed run of every loop and
 * one summary row per loop, in the lab kit's schema. Pure: any thread.
 */
import type { LabResults } from '../kit/export.ts';
import { queryFromSettings, type LabSettings, type RawSettings } from '../kit/settings.ts';
import type { LoopTiming } from '../../vectorize/time-loop.ts';

/**
 * The lab results of loop timings: one run per timed run (`ms` is the time of one loop, so runs
 * of loops of different lengths compare per loop), one summary row per loop.
 */
export function loopResults<F extends string>(id: string, title: string, settings: LabSettings<F, unknown>, raw: RawSettings<F>, timings: readonly LoopTiming[]): LabResults {
  const query = queryFromSettings(settings, raw);
  return {
    lab: { id, title },
    settings: Object.fromEntries(new URLSearchParams(query)),
    query,
    runs: timings.flatMap((t) => t.samplesUs.map((us, repeat) => ({ series: t.id, workers: 1, repeat, ms: us / 1000, value: t.checksum, loops_per_run: t.inner }))),
    summary: timings.map((t) => ({ loop: t.id, n: t.n, median_us: t.medianUs, ns_per_element: t.nsPerElement, noisy: t.noisy, checksum: t.checksum })),
  };
}
