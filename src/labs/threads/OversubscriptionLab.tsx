import { useMemo, useState } from 'react';
import { useRun } from '../../hooks/useRun.ts';
import type { LabComponentProps } from '../kit/definition.ts';
import { formatMs, formatPercent, formatRatio, plural } from '../kit/format.ts';
import { LabActions, LabStatus } from '../kit/LabActions.tsx';
import { LabForm } from '../kit/LabForm.tsx';
import { Timeline } from '../kit/Timeline.tsx';
import { useAutorun, useLabSettings } from '../kit/useLabSettings.ts';
import { ExportButtons } from '../kit/ExportButtons.tsx';
import type { LabResults } from '../kit/export.ts';
import { queryFromSettings, type RawSettings } from '../kit/settings.ts';
import { canShareMemory, NO_SHARED_MEMORY_MESSAGE } from '../../shared-memory/shared-buffer.ts';
import { randomMatrix } from '../../threaded-library/library.ts';
import { runSplit, splitConfigs, type SplitRun } from './oversubscription.ts';
import { oversubscriptionSettings, type OversubscriptionField, type OversubscriptionParams } from './threads-settings.ts';

/** Id of this lab in the lab registry and its links. */
export const OVERSUBSCRIPTION_LAB_ID = 'nested-threads';

/**
 * Each configuration once as a warm-up (its workers start; thrown away), then once timed, in
 * order, each after the previous has finished (so they never share the cores with each other).
 */
async function measureSplits(signal: AbortSignal, params: OversubscriptionParams, cores: number, onRun: (runs: SplitRun[]) => void): Promise<SplitRun[]> {
  const a = randomMatrix(params.n, 2026);
  const runs: SplitRun[] = [];
  for (const config of splitConfigs(cores)) {
    await runSplit(a, params.n, Math.min(params.jobs, config.p), config, cores, signal);
    runs.push(await runSplit(a, params.n, params.jobs, config, cores, signal));
    onRun([...runs]);
  }
  return runs;
}

/** The three timed runs for export: one run per configuration, and the table's rows. */
export function splitResults(raw: RawSettings<OversubscriptionField>, runs: readonly SplitRun[], cores: number): LabResults {
  const query = queryFromSettings(oversubscriptionSettings, raw);
  const best = Math.min(...runs.map((r) => r.ms));
  return {
    lab: { id: OVERSUBSCRIPTION_LAB_ID, title: 'Nested threads lab' },
    settings: Object.fromEntries(new URLSearchParams(query)),
    query,
    runs: runs.map((r) => ({ series: r.config.label, workers: r.lanes, repeat: 0, ms: r.ms, value: r.checksums[0] ?? null, outer: r.config.p, threads: r.config.t })),
    summary: runs.map((r) => ({ configuration: r.config.label, outer: r.config.p, threads: r.config.t, lanes: r.lanes, cores, ms: r.ms, vs_fastest: r.ms / best, barrier_share: r.waitMs / (r.lanes * r.ms) })),
  };
}

/**
 * The oversubscription lab: the same jobs run by p outer workers each calling the threaded library
 * with t threads, for p × t = c (outer workers only, or library threads only) and p × t = c² (both:
 * a pool of c processes whose BLAS each starts c threads). Wall times side by side and, for the
 * run chosen, the timeline of every library thread: with c² threads on c cores each team waits at
 * its barriers for members the operating system has paused, while the others spin. Main thread (React).
 */
export function OversubscriptionLab({ title = 'Outer workers × library threads', ...props }: LabComponentProps<OversubscriptionField>) {
  const form = useLabSettings(oversubscriptionSettings, props);
  const cores = form.env.cores;
  const shared = useMemo(() => canShareMemory(), []);
  const [runs, setRuns] = useState<SplitRun[]>([]);
  const [shownId, setShownId] = useState<SplitRun['config']['id']>('both');
  const [ranRaw, setRanRaw] = useState(form.raw);
  const { status, error, run, cancel } = useRun((signal: AbortSignal, params: OversubscriptionParams) => {
    setRuns([]);
    return measureSplits(signal, params, cores, setRuns);
  });
  const start = (params: OversubscriptionParams): void => {
    setRanRaw(form.raw);
    void run(params);
  };
  useAutorun(props.autorun, shared ? form.params : null, start);
  const best = runs.length > 0 ? Math.min(...runs.map((r) => r.ms)) : Number.NaN;
  const shown = runs.find((r) => r.config.id === shownId) ?? runs[runs.length - 1];
  const same = runs.length > 1 && runs.every((r) => r.checksums.every((c, i) => c === runs[0]!.checksums[i]));
  return (
    <section className="lab oversubscription-lab" aria-label={title}>
      <h3 className="lab-title">{title}</h3>
      {shared ? null : (
        <p className="note" role="note">
          The library&apos;s threads share the matrices in memory, and this page cannot share memory between workers. {NO_SHARED_MEMORY_MESSAGE}
        </p>
      )}
      <LabForm form={form} disabled={status === 'running'} onSubmit={start}>
        <LabActions status={status} canRun={shared && !!form.params} onCancel={cancel} link={{ lab: OVERSUBSCRIPTION_LAB_ID, query: form.linkQuery }}>
          <ExportButtons results={status === 'done' && runs.length > 0 ? splitResults(ranRaw, runs, cores) : null} filename={`nested-threads-n${ranRaw.n}-jobs${ranRaw.jobs}`} />
        </LabActions>
      </LabForm>
      <LabStatus invalid={!form.params}
        status={status}
        error={error}
        text={{
          running: `Running ${runs.length + 1} of 3…`,
          done: `Done: the same ${plural(form.params?.jobs ?? 0, 'job')} three ways${same ? ', with the same products every time' : ''}.`,
        }}
      />
      {runs.length === 0 ? null : (
        <div className="table-wrap">
          <table className="results" data-testid="oversubscription-table">
            <caption className="table-caption">The same jobs, shared between outer workers (p) and library threads (t), on {plural(cores, 'core')}</caption>
            <thead>
              <tr>
                <th scope="col">Configuration</th>
                <th scope="col">Threads (p × t)</th>
                <th scope="col">Wall (ms)</th>
                <th scope="col">vs fastest</th>
                <th scope="col">At barriers</th>
                <th scope="col">Timeline</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((r) => (
                <tr key={r.config.id} data-config={r.config.id} data-ms={r.ms}>
                  <th scope="row">{r.config.label}</th>
                  <td>
                    {r.lanes}
                    {r.lanes > cores ? <span className="noisy"> &gt; cores</span> : null}
                  </td>
                  <td>{formatMs(r.ms)}</td>
                  <td>{formatRatio(r.ms / best)}×</td>
                  <td title="Share of the library threads' time spent waiting at barriers">{formatPercent(r.waitMs / (r.lanes * r.ms))}</td>
                  <td>
                    <button type="button" aria-pressed={shown?.config.id === r.config.id} onClick={() => setShownId(r.config.id)} aria-label={`Show the timeline of ${r.config.label}`}>
                      Show
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {shown ? (
        <Timeline
          bars={shown.bars}
          workers={shown.lanes}
          wall={shown.ms}
          cores={cores}
          laneName="library thread"
          label={`Timeline of ${shown.config.label}: each bar is a stretch of work between two barriers; gaps are waits`}
        />
      ) : null}
    </section>
  );
}
