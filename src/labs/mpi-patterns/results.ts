/**
 * The MPI-patterns labs' results for export (src/labs/kit/export.ts): one timed run per lab run
 * (halo, sky simulation) or per kept repeat (hybrid), and the table rows as the lab shows them.
 * Pure: any thread.
 */
import type { LabResults } from '../kit/export.ts';
import { queryFromSettings, type LabSettings, type RawSettings } from '../kit/settings.ts';
import type { MpiSnapshot } from '../../mpi/run-core.ts';
import type { FolderFile } from './opfs-folder.ts';
import type { HybridRow } from './hybrid-run.ts';

function base<F extends string>(id: string, title: string, settings: LabSettings<F, unknown>, raw: RawSettings<F>): Pick<LabResults, 'lab' | 'settings' | 'query'> {
  const query = queryFromSettings(settings, raw);
  return { lab: { id, title }, settings: Object.fromEntries(new URLSearchParams(query)), query };
}

/** The halo lab's run: wall time, messages, bytes and the largest difference from the serial stencil (degrees). */
export function haloResults<F extends string>(settings: LabSettings<F, unknown>, raw: RawSettings<F>, snap: MpiSnapshot, difference: number | null, edited: boolean): LabResults {
  return {
    ...base('halo-exchange', 'Halo exchange', settings, raw),
    runs: [{ series: `${snap.size} ranks`, workers: snap.size, repeat: 0, ms: snap.elapsedMs, value: difference, messages: snap.trace.totalMessages, bytes: snap.trace.totalBytes, edited }],
    summary: snap.states.map((state, rank) => ({ rank, state, output: snap.output.filter((l) => l.rank === rank).map((l) => l.text).join('\n') })),
  };
}

/** The sky lab's run: wall time and whether the catalogue checked out; one summary row per file. */
export function skyResults<F extends string>(settings: LabSettings<F, unknown>, raw: RawSettings<F>, snap: MpiSnapshot, files: readonly FolderFile[], ok: boolean): LabResults {
  return {
    ...base('sky-sim-files', 'Sky simulation: a file per rank', settings, raw),
    runs: [{ series: `${snap.size} ranks`, workers: snap.size, repeat: 0, ms: snap.elapsedMs, value: ok ? 'catalogue checked' : 'catalogue wrong', messages: snap.trace.totalMessages }],
    summary: files.map((f) => ({ file: f.name, bytes: f.bytes })),
  };
}

/** The hybrid lab's repeats (one run per kept repeat of each layout) and its table. */
export function hybridResults<F extends string>(settings: LabSettings<F, unknown>, raw: RawSettings<F>, rows: readonly HybridRow[]): LabResults {
  return {
    ...base('hybrid-ranks-threads', 'Hybrid ranks × threads', settings, raw),
    runs: rows.flatMap((r) => r.timing.samples.map((ms, repeat) => ({ series: `${r.ranks}x${r.threads}`, workers: r.ranks * r.threads, repeat, ms, value: r.integral, ranks: r.ranks, threads: r.threads }))),
    summary: rows.map((r) => ({
      layout: `${r.ranks}x${r.threads}`, integral: r.integral, medianMs: r.timing.median, minMs: r.timing.min, maxMs: r.timing.max, noisy: r.timing.noisy,
      reduceMessages: r.reduceMessages, barrierMessages: r.barrierMessages, threadCalls: r.threadCalls,
    })),
  };
}
