import { useCallback, useId, useMemo, useState } from 'react';
import { reportedCores } from '../../env/environment.ts';
import { useRun } from '../../hooks/useRun.ts';
import { runSweep, type SweepRow } from '../../measure/sweep.ts';
import { WorkerPool } from '../../workers/pool.ts';
import { createKernelWorker, parallelIntegrate2d } from '../../workers/kernel-pool.ts';
import type { KernelsApi } from '../../workers/kernels.worker.ts';
import { formatMs, formatRatio } from '../speedup/format.ts';
import { COURSE_CORE_COUNTS, COURSE_GRID, fastestCount, validateExercise } from './core-count.ts';
import '../../styles/scaling.css';

/** This exercise's own kernel pool, so it never collides with a speedup lab running on the same page. */
let pool: WorkerPool<KernelsApi> | null = null;
function exercisePool(): WorkerPool<KernelsApi> {
  pool ??= new WorkerPool<KernelsApi>(createKernelWorker);
  return pool;
}

/**
 * The course's exercise "which core count is fastest?", answered on the reader's machine: the 2D
 * integration (grid n, default the course's 5000) timed on 1, 2, 4, 8, 12 and 14 workers with a
 * warm-up and repeats, the fastest count named, and counts above the reported cores flagged.
 * Main thread (React); the integration runs in kernel workers.
 */
export function CoreCountExercise() {
  const cores = useMemo(() => reportedCores(), []);
  const id = useId();
  const [rawN, setRawN] = useState(String(COURSE_GRID));
  const [rawRepeats, setRawRepeats] = useState('3');
  const { params, errors } = validateExercise(rawN, rawRepeats);
  const [rows, setRows] = useState<SweepRow<number>[]>([]);
  const [current, setCurrent] = useState<number | null>(null);
  const job = useCallback(async (signal: AbortSignal, p: { n: number; repeats: number }) => {
    setRows([]);
    try {
      return await runSweep({
        workerCounts: COURSE_CORE_COUNTS,
        repeats: p.repeats,
        signal,
        runOnce: async (workers, s) => {
          setCurrent(workers);
          return (await parallelIntegrate2d(p.n, workers, s, exercisePool())).value;
        },
        onRow: (_row, all) => setRows([...all]),
      });
    } finally {
      setCurrent(null);
    }
  }, []);
  const { status, error, run, cancel } = useRun(job);
  const running = status === 'running';
  const answer = status === 'done' ? fastestCount(rows) : null;
  const over = COURSE_CORE_COUNTS.filter((p) => p > cores);

  return (
    <section className="lab core-count-exercise" aria-label="Which core count is fastest?">
      <h3 className="lab-title">Exercise: which core count is fastest?</h3>
      {over.length > 0 ? (
        <p className="note scaling-warning" role="note" data-testid="oversubscription-warning">
          Your browser reports {cores} core{cores > 1 ? 's' : ''}. With {over.join(', ')} workers there are more workers than cores, so they
          take turns: expect no gain there, and often a loss.
        </p>
      ) : null}
      <form className="lab-form" onSubmit={(e) => { e.preventDefault(); if (params) void run(params); }}>
        <div className={`field${errors.n ? ' field-invalid' : ''}`}>
          <label htmlFor={`${id}-n`}>Grid size n</label>
          <input id={`${id}-n`} inputMode="numeric" value={rawN} disabled={running} aria-invalid={errors.n ? true : undefined}
            aria-describedby={`${id}-n-msg`} onChange={(e) => setRawN(e.target.value)} />
          <small id={`${id}-n-msg`} className={errors.n ? 'field-error' : 'field-help'} role={errors.n ? 'alert' : undefined}>
            {errors.n ?? `The course's script uses n = ${COURSE_GRID} (n² sin evaluations).`}
          </small>
        </div>
        <div className={`field${errors.repeats ? ' field-invalid' : ''}`}>
          <label htmlFor={`${id}-repeats`}>Repeats</label>
          <input id={`${id}-repeats`} inputMode="numeric" value={rawRepeats} disabled={running} aria-invalid={errors.repeats ? true : undefined}
            aria-describedby={`${id}-repeats-msg`} onChange={(e) => setRawRepeats(e.target.value)} />
          <small id={`${id}-repeats-msg`} className={errors.repeats ? 'field-error' : 'field-help'} role={errors.repeats ? 'alert' : undefined}>
            {errors.repeats ?? 'Timed runs per count, after one warm-up.'}
          </small>
        </div>
        <div className="lab-actions">
          <button type="submit" className="primary" disabled={!params || running}>Run 1, 2, 4, 8, 12, 14 workers</button>
          <button type="button" onClick={cancel} disabled={!running}>Cancel</button>
        </div>
      </form>
      <p className="lab-status" role="status" data-status={status}>
        {status === 'idle' && 'Ready. Predict the answer, then press Run.'}
        {status === 'running' && `Running on ${current ?? '…'} worker${current === 1 ? '' : 's'} (${rows.length} of ${COURSE_CORE_COUNTS.length} done)…`}
        {status === 'cancelled' && 'Cancelled. The workers were stopped.'}
        {status === 'error' && <span className="field-error">The run failed: {error?.message}</span>}
        {status === 'done' && answer ? (
          <span className="core-count-answer" data-testid="core-count-answer">
            On this machine <strong>{answer.fastest} worker{answer.fastest > 1 ? 's' : ''}</strong> finished fastest ({formatMs(answer.medianMs)} ms
            median)
            {answer.tied.length > 1 ? `; ${answer.tied.filter((p) => p !== answer.fastest).join(', ')} were within the measured spread of it` : ''}.
          </span>
        ) : null}
      </p>
      <div className="table-wrap">
        <table className="results" data-testid="core-count-table">
          <thead>
            <tr>
              <th scope="col">Workers</th>
              <th scope="col">Time (ms)</th>
              <th scope="col">Speedup</th>
              <th scope="col">Efficiency</th>
            </tr>
          </thead>
          <tbody>
            {COURSE_CORE_COUNTS.map((p) => {
              const r = rows.find((row) => row.workers === p);
              return (
                <tr key={p} className={answer?.fastest === p ? 'fastest' : r ? undefined : 'pending'}>
                  <td>
                    {p}
                    {p > cores ? <span className="badge badge-warn" title={`More workers than the ${cores} cores the browser reports`}>&gt; {cores} cores</span> : null}
                  </td>
                  {r ? (
                    <>
                      <td>
                        {formatMs(r.time.median)}
                        <span className="spread"> ({formatMs(r.time.min)}–{formatMs(r.time.max)})</span>
                        {r.time.noisy ? <span className="badge badge-warn">noisy</span> : null}
                      </td>
                      <td>{formatRatio(r.speedup)}</td>
                      <td>{Number.isFinite(r.efficiency) ? `${(100 * r.efficiency).toFixed(0)} %` : '–'}</td>
                    </>
                  ) : (
                    <td colSpan={3}>{running ? 'waiting…' : '–'}</td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
