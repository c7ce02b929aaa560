import { useCallback, useMemo, useState } from 'react';
import { useRun } from '../../hooks/useRun.ts';
import { measure } from '../../measure/measure.ts';
import { summarize } from '../../measure/stats.ts';
import type { LabComponentProps } from '../kit/definition.ts';
import { ExportButtons } from '../kit/ExportButtons.tsx';
import type { LabResults } from '../kit/export.ts';
import { formatMs, formatRatio, formatScientific } from '../kit/format.ts';
import { LabActions, LabStatus } from '../kit/LabActions.tsx';
import { LabForm } from '../kit/LabForm.tsx';
import { queryFromSettings, type RawSettings } from '../kit/settings.ts';
import { useAutorun, useLabSettings } from '../kit/useLabSettings.ts';
import { afterFrames } from '../../lib/after-frames.ts';
import { freezeSettings, modeSetOf, type FreezeField, type FreezeParams } from './freeze-settings.ts';
import { FrameLog, frameIntervalMs, frameStats, type FrameStats } from './frame-stats.ts';
import { FrameStage } from './FrameStage.tsx';
import { ASYNC_TASKS, GUARD_MS, labGrid, resizedGrid, setLabGrid, runCpuMode, warmWorkers, type CpuMode } from './run-cpu-modes.ts';
import '../../styles/lessons-labs.css';

/** Id of this lab in the lab registry and its links (`#/lab/freeze`). */
export const FREEZE_LAB_ID = 'freeze';
const TITLE = 'One thread: freeze, take turns, or use workers';

/** Props of {@link FreezeLab}: the lab's props, plus the lessons' `modes` shorthand. */
export interface FreezeLabProps extends LabComponentProps<FreezeField> {
  /**
   * Which ways of running to offer, in order (a lesson's shorthand for `initial={{ modes: 'main,async' }}`);
   * one of the combinations of the `modes` setting.
   */
  modes?: readonly CpuMode[];
}

/** One timed run of one mode. */
interface ModeRun {
  ms: number;
  frames: FrameStats;
  value: number;
  stoppedByGuard: boolean;
}

interface ModeRow {
  /** Every run of this mode so far. */
  runs: ModeRun[];
  n: number;
  workers: number;
}

const MODE_LABEL = (mode: CpuMode, workers: number): string =>
  mode === 'main' ? 'Main thread, one piece' : mode === 'async' ? `Main thread, ${ASYNC_TASKS} async tasks` : `${workers} workers`;

const BUTTON_LABEL = (mode: CpuMode, workers: number): string =>
  mode === 'main' ? 'Run on the main thread' : mode === 'async' ? `Run as ${ASYNC_TASKS} async tasks` : `Run on ${workers} workers`;

const RUNNING_TEXT: Record<CpuMode, string> = {
  main: 'Running on the main thread: the page freezes now, for about one second…',
  async: `Running as ${ASYNC_TASKS} async tasks that take turns on the main thread…`,
  workers: 'Running on workers: the page stays free…',
};

/** Every timed run and the table of the lab, for export. */
export function freezeResults(raw: RawSettings<FreezeField>, rows: Partial<Record<CpuMode, ModeRow>>): LabResults {
  const query = queryFromSettings(freezeSettings, raw);
  const entries = Object.entries(rows) as [CpuMode, ModeRow][];
  const baseline = rows.main ? summarize(rows.main.runs.map((r) => r.ms)).median : Number.NaN;
  return {
    lab: { id: FREEZE_LAB_ID, title: TITLE },
    settings: Object.fromEntries(new URLSearchParams(query)),
    query,
    runs: entries.flatMap(([mode, row]) =>
      row.runs.map((r, i) => ({
        series: MODE_LABEL(mode, row.workers),
        mode,
        ...(mode === 'workers' ? { workers: row.workers } : {}),
        repeat: i,
        ms: r.ms,
        value: r.value,
        n: row.n,
        frames_drawn: r.frames.drawn,
        frames_expected: r.frames.expected,
        longest_pause_ms: r.frames.longestGapMs,
        cut_short: r.stoppedByGuard,
      })),
    ),
    summary: entries.map(([mode, row]) => {
      const t = summarize(row.runs.map((r) => r.ms));
      return { how: MODE_LABEL(mode, row.workers), mode, n: row.n, median_ms: t.median, min_ms: t.min, max_ms: t.max, speedup: Number.isFinite(baseline) ? baseline / t.median : null };
    }),
  };
}

/**
 * The one-thread lab: the same CPU-bound integral run on the main thread (the page freezes, by
 * design and for at most 1.5 s, only when the button is pressed), as async tasks with Promise.all
 * (no faster), and on workers (the page keeps drawing, and it is faster on 2+ cores), with a
 * frame counter that shows which runs froze the page. Main thread (React).
 */
export function FreezeLab({ modes: lessonModes, title = TITLE, ...props }: FreezeLabProps) {
  const lessonSet = lessonModes ? modeSetOf(lessonModes) : undefined;
  const form = useLabSettings(freezeSettings, lessonSet ? { ...props, initial: { modes: lessonSet, ...props.initial } } : props);
  const log = useMemo(() => new FrameLog(), []);
  const [rows, setRows] = useState<Partial<Record<CpuMode, ModeRow>>>({});
  const [mode, setMode] = useState<CpuMode>('main');
  const [phase, setPhase] = useState<'prepare' | 'run' | 'count'>('prepare');
  const [ranRaw, setRanRaw] = useState(form.raw);

  const runOne = useCallback(
    async (signal: AbortSignal, m: CpuMode, workers: number) => {
      setMode(m);
      setPhase('prepare');
      if (m === 'workers') await warmWorkers(workers, signal);
      await afterFrames(3);
      const n = await labGrid();
      setPhase('run');
      await afterFrames(2); // let the announcement paint before the page may freeze
      const interval = frameIntervalMs(log.last(30));
      const start = performance.now();
      // One timed run per press (the workers were warmed above; the main thread needs no warm-up
      // beyond the calibration): presses add runs, and the table shows their median.
      const m1 = await measure({ repeats: 1, warmups: 0, signal, run: ({ signal: s }) => runCpuMode(m, n, workers, s ?? signal) });
      const ms = m1.runs[0]!.ms;
      const outcome = m1.last;
      const end = performance.now();
      setPhase('count');
      await afterFrames(3);
      const frames = frameStats(log.since(start - 1000), start, end, interval);
      const resized = m === 'main' ? resizedGrid(n, outcome.rowsDone, ms, outcome.stoppedByGuard) : null;
      if (resized !== null) setLabGrid(resized);
      const run: ModeRun = { ms, frames, value: outcome.value, stoppedByGuard: outcome.stoppedByGuard };
      setRows((prev) => {
        const kept = Object.fromEntries(Object.entries(prev).filter(([, r]) => r.n === n)) as Partial<Record<CpuMode, ModeRow>>;
        const old = kept[m];
        const runs = old && old.workers === workers ? [...old.runs, run] : [run];
        return { ...kept, [m]: { runs, n, workers } };
      });
      return { mode: m, wallMs: ms, frames, resized };
    },
    [log],
  );
  const job = useCallback(
    async (signal: AbortSignal, params: FreezeParams, toRun: readonly CpuMode[]) => {
      let last: Awaited<ReturnType<typeof runOne>> | undefined;
      for (const m of toRun) last = await runOne(signal, m, params.workers);
      return last;
    },
    [runOne],
  );
  const lab = useRun(job);
  const running = lab.status === 'running';
  const params = form.params;
  const modes = params?.modes ?? [];
  const workers = params?.workers ?? Number(form.raw.workers);
  // Run (the form's button, Enter, or a link's autorun) runs every mode except the one-piece
  // main-thread run: that one freezes the page, so only its own button starts it.
  const free = modes.filter((m) => m !== 'main');
  const start = (p: FreezeParams, toRun: readonly CpuMode[] = p.modes.filter((m) => m !== 'main')): void => {
    setRanRaw(form.raw);
    if (toRun.length > 0) void lab.run(p, toRun);
  };
  useAutorun(props.autorun, params, start);
  const baseline = rows.main ? summarize(rows.main.runs.map((r) => r.ms)).median : undefined;
  const last = lab.result;
  const shownN = Object.values(rows).find((r) => r !== undefined)?.n;
  const hasRows = Object.keys(rows).length > 0;
  const runLabel = free.length === 1 ? BUTTON_LABEL(free[0]!, workers) : free.length > 1 ? `Run ${free.map((m) => (m === 'async' ? `${ASYNC_TASKS} async tasks` : `${workers} workers`)).join(', then ')}` : 'Run';

  return (
    <section className="lab freeze-lab" aria-label={title}>
      <h3 className="lab-title">{title}</h3>
      <FrameStage log={log} />
      {modes.includes('main') ? (
        <p className="freeze-warning">
          <strong>Heads-up:</strong> “Run on the main thread” freezes this tab on purpose, for about a second (never more
          than {GUARD_MS / 1000} s). Watch the ball and the frame counter.
        </p>
      ) : null}
      <LabForm form={form} disabled={running} onSubmit={(p) => start(p)}>
        <LabActions status={lab.status} canRun={!!params && free.length > 0} onCancel={lab.cancel} runLabel={runLabel} link={{ lab: FREEZE_LAB_ID, query: form.linkQuery }}>
          {modes.includes('main') ? (
            <button type="button" disabled={running || !params} onClick={() => params && start(params, ['main'])}>
              {BUTTON_LABEL('main', workers)}
            </button>
          ) : null}
          <ExportButtons results={hasRows ? freezeResults(ranRaw, rows) : null} filename={`freeze-${shownN ?? 'n'}`} />
        </LabActions>
      </LabForm>
      <LabStatus invalid={!params}
        status={lab.status}
        error={lab.error}
        text={{
          idle: props.autorun && modes.includes('main')
            ? 'Ready. The link started the runs that keep the page free; press “Run on the main thread” yourself to see the freeze.'
            : 'Ready. Each button runs the same integral; the table compares them.',
          running: phase === 'prepare' ? (mode === 'workers' ? 'Starting the workers…' : 'Preparing…') : phase === 'run' ? RUNNING_TEXT[mode] : 'Counting frames…',
          done: last
            ? `Done: ${MODE_LABEL(last.mode, workers)} took ${formatMs(last.wallMs)} ms; the page drew ${last.frames.drawn} of ${last.frames.expected} frames.${
              last.resized !== null ? ` This computer ran slower than measured (is another program busy?), so the work was re-sized to n = ${last.resized}; run again to compare.` : ''}`
            : 'Done.',
          cancelled: 'Cancelled.',
        }}
      />
      <div className="table-wrap">
        <table className="results stack-on-phone" data-testid="freeze-results">
          <thead>
            <tr>
              <th scope="col">How</th>
              <th scope="col">Time (ms)</th>
              <th scope="col">Speedup</th>
              <th scope="col">Frames drawn</th>
              <th scope="col">Longest pause</th>
              <th scope="col">Result</th>
            </tr>
          </thead>
          <tbody>
            {modes.map((m) => {
              const row = rows[m];
              if (!row) {
                return (
                  <tr key={m} className="pending">
                    <td>{MODE_LABEL(m, workers)}</td>
                    <td colSpan={5}>not run yet</td>
                  </tr>
                );
              }
              const t = summarize(row.runs.map((r) => r.ms));
              const lastRun = row.runs.at(-1)!;
              const bad = lastRun.frames.droppedFraction > 0.5;
              return (
                <tr
                  key={m}
                  data-mode={m}
                  data-wall-ms={t.median.toFixed(1)}
                  data-last-wall-ms={lastRun.ms.toFixed(1)}
                  data-longest-gap-ms={lastRun.frames.longestGapMs.toFixed(1)}
                  data-dropped-fraction={lastRun.frames.droppedFraction.toFixed(3)}
                >
                  <td data-label="How">{MODE_LABEL(m, row.workers)}</td>
                  <td data-label="Time (ms)">
                    {formatMs(t.median)}
                    {row.runs.length > 1 ? <span className="spread"> (median of {row.runs.length})</span> : null}
                    {lastRun.stoppedByGuard ? <span className="badge badge-warn" title={`Stopped at the ${GUARD_MS / 1000} s guard before the end`}>cut short</span> : null}
                  </td>
                  <td data-label="Speedup">{baseline ? `${formatRatio(baseline / t.median)}×` : '–'}</td>
                  <td data-label="Frames drawn" className={bad ? 'dropped-bad' : 'dropped-ok'}>
                    {lastRun.frames.drawn} of {lastRun.frames.expected}
                  </td>
                  <td data-label="Longest pause">{formatMs(lastRun.frames.longestGapMs)} ms</td>
                  <td data-label="Result"><code>{formatScientific(lastRun.value)}</code></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="note" data-testid="course-reference">
        The course, in Python with n = 10 000 on a cluster node: serial 20.39 s
        {modes.includes('async') ? '; 4 threads 21.29 s (speedup 0.96, the GIL)' : ''}
        {modes.includes('workers') ? '; 4 processes 6.06 s (speedup 3.36)' : ''}.
      </p>
      <p className="note">
        The grid is sized once for this computer ({shownN ? `n = ${shownN}, ` : ''}under a second of work on one core) and
        kept for every run; if a run hits the {GUARD_MS / 1000} s limit because the computer is busier than measured, it is
        made smaller and the table starts afresh. Speedup is the one-piece time divided by this row&apos;s time: above 1 is faster.
        Workers are started and warmed up before their timed run. Press a button again to add runs; the time shown is
        the median.
      </p>
    </section>
  );
}
