import { useCallback, useMemo, useState } from 'react';
import { reportedCores } from '../../env/environment.ts';
import { useRun } from '../../hooks/useRun.ts';
import { summarize } from '../../measure/stats.ts';
import { formatMs, formatRatio, formatScientific } from '../speedup/format.ts';
import { afterFrames } from './after-frames.ts';
import { FrameLog, frameIntervalMs, frameStats, type FrameStats } from './frame-stats.ts';
import { FrameStage } from './FrameStage.tsx';
import { ASYNC_TASKS, GUARD_MS, labGrid, resizedGrid, setLabGrid, runCpuMode, warmWorkers, type CpuMode } from './run-cpu-modes.ts';
import '../../styles/lessons-labs.css';

/** Props of {@link FreezeLab}. */
export interface FreezeLabProps {
  /** Which ways of running to offer, in order (default all three). */
  modes?: readonly CpuMode[];
  /** Heading (also the accessible name of the lab). */
  title?: string;
}

interface ModeRow {
  /** Wall times of every run of this mode so far (ms). */
  times: number[];
  frames: FrameStats;
  value: number;
  stoppedByGuard: boolean;
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

/**
 * The one-thread lab: the same CPU-bound integral run on the main thread (the page freezes, by
 * design and for at most 1.5 s, only when the button is pressed), as async tasks with Promise.all
 * (no faster), and on workers (the page keeps drawing, and it is faster on 2+ cores), with a
 * frame counter that shows which runs froze the page. Main thread (React).
 */
export function FreezeLab({ modes = ['main', 'async', 'workers'], title = 'One thread: freeze, take turns, or use workers' }: FreezeLabProps) {
  const log = useMemo(() => new FrameLog(), []);
  const workers = useMemo(() => Math.min(4, Math.max(2, reportedCores())), []);
  const [rows, setRows] = useState<Partial<Record<CpuMode, ModeRow>>>({});
  const [mode, setMode] = useState<CpuMode>('main');
  const [phase, setPhase] = useState<'prepare' | 'run' | 'count'>('prepare');

  const job = useCallback(
    async (signal: AbortSignal, m: CpuMode) => {
      setMode(m);
      setPhase('prepare');
      if (m === 'workers') await warmWorkers(workers, signal);
      await afterFrames(3);
      const n = await labGrid();
      setPhase('run');
      await afterFrames(2); // let the announcement paint before the page may freeze
      const interval = frameIntervalMs(log.last(30));
      const start = performance.now();
      const outcome = await runCpuMode(m, n, workers, signal);
      const end = performance.now();
      setPhase('count');
      await afterFrames(3);
      const frames = frameStats(log.since(start - 1000), start, end, interval);
      const resized = m === 'main' ? resizedGrid(n, outcome.rowsDone, end - start, outcome.stoppedByGuard) : null;
      if (resized !== null) setLabGrid(resized);
      setRows((prev) => {
        const kept = Object.fromEntries(Object.entries(prev).filter(([, r]) => r.n === n)) as Partial<Record<CpuMode, ModeRow>>;
        const old = kept[m];
        const times = old ? [...old.times, end - start] : [end - start];
        return { ...kept, [m]: { times, frames, value: outcome.value, stoppedByGuard: outcome.stoppedByGuard, n, workers } };
      });
      return { mode: m, wallMs: end - start, frames, resized };
    },
    [log, workers],
  );
  const lab = useRun(job);
  const running = lab.status === 'running';
  const baseline = rows.main ? summarize(rows.main.times).median : undefined;
  const last = lab.result;
  const shownN = Object.values(rows).find((r) => r !== undefined)?.n;

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
      <div className="lab-actions">
        {modes.map((m) => (
          <button key={m} type="button" className={m === 'main' ? 'primary' : undefined} disabled={running} onClick={() => void lab.run(m)}>
            {BUTTON_LABEL(m, workers)}
          </button>
        ))}
        {modes.includes('workers') || modes.includes('async') ? (
          <button type="button" onClick={lab.cancel} disabled={!running || mode === 'main'}>
            Cancel
          </button>
        ) : null}
      </div>
      <p className="lab-status" role="status" data-testid="freeze-status" data-status={lab.status}>
        {lab.status === 'idle' && 'Ready. Each button runs the same integral; the table compares them.'}
        {running && (phase === 'prepare' ? (mode === 'workers' ? 'Starting the workers…' : 'Preparing…') : phase === 'run' ? RUNNING_TEXT[mode] : 'Counting frames…')}
        {lab.status === 'done' && last &&
          `Done: ${MODE_LABEL(last.mode, workers)} took ${formatMs(last.wallMs)} ms; the page drew ${last.frames.drawn} of ${last.frames.expected} frames.${
            last.resized !== null ? ` This computer ran slower than measured (is another program busy?), so the work was re-sized to n = ${last.resized}; run again to compare.` : ''}`}
        {lab.status === 'cancelled' && 'Cancelled.'}
        {lab.status === 'error' && <span className="field-error">The run failed: {lab.error?.message}</span>}
      </p>
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
              const t = summarize(row.times);
              const bad = row.frames.droppedFraction > 0.5;
              return (
                <tr
                  key={m}
                  data-mode={m}
                  data-wall-ms={t.median.toFixed(1)}
                  data-last-wall-ms={row.times.at(-1)!.toFixed(1)}
                  data-longest-gap-ms={row.frames.longestGapMs.toFixed(1)}
                  data-dropped-fraction={row.frames.droppedFraction.toFixed(3)}
                >
                  <td data-label="How">{MODE_LABEL(m, row.workers)}</td>
                  <td data-label="Time (ms)">
                    {formatMs(t.median)}
                    {row.times.length > 1 ? <span className="spread"> (median of {row.times.length})</span> : null}
                    {row.stoppedByGuard ? <span className="badge badge-warn" title={`Stopped at the ${GUARD_MS / 1000} s guard before the end`}>cut short</span> : null}
                  </td>
                  <td data-label="Speedup">{baseline ? `${formatRatio(baseline / t.median)}×` : '–'}</td>
                  <td data-label="Frames drawn" className={bad ? 'dropped-bad' : 'dropped-ok'}>
                    {row.frames.drawn} of {row.frames.expected}
                  </td>
                  <td data-label="Longest pause">{formatMs(row.frames.longestGapMs)} ms</td>
                  <td data-label="Result"><code>{formatScientific(row.value)}</code></td>
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
