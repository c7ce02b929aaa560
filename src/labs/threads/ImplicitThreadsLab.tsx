import { useMemo } from 'react';
import type { LabComponentProps } from '../kit/definition.ts';
import { ExportButtons } from '../kit/ExportButtons.tsx';
import { formatFixed, formatMs, formatRatio, plural } from '../kit/format.ts';
import { LabActions, LabStatus } from '../kit/LabActions.tsx';
import { LabForm } from '../kit/LabForm.tsx';
import { sweepResults } from '../kit/sweep-results.ts';
import { useAutorun, useLabSettings } from '../kit/useLabSettings.ts';
import { useSweep, type SweepPlan } from '../kit/useSweep.ts';
import { canShareMemory, NO_SHARED_MEMORY_MESSAGE } from '../../shared-memory/shared-buffer.ts';
import { checksum, dot, randomMatrix, THREADS_VARIABLE } from '../../threaded-library/library.ts';
import { threadsSettings, type ThreadsField, type ThreadsParams } from './threads-settings.ts';

/** Id of this lab in the lab registry and its links. */
export const IMPLICIT_THREADS_LAB_ID = 'implicit-threads';

/** Seed of the matrix A (np.random.rand's stand-in). */
const SEED = 2026;

/** The matrix of the last sweep, kept while n stays the same (making it is O(n²), the product O(n³)). */
let cached: { n: number; a: SharedArrayBuffer } | null = null;
function matrixOf(n: number): SharedArrayBuffer {
  if (cached?.n !== n) cached = { n, a: randomMatrix(n, SEED) };
  return cached.a;
}

/** The sweep: the same call with each PL_NUM_THREADS, warm-up discarded, medians of the repeats. */
const PLAN: SweepPlan<ThreadsParams, number> = {
  workerCounts: (p) => p.threads,
  repeats: (p) => p.repeats,
  runOnce: async (p, threads, signal) => {
    const run = await dot(matrixOf(p.n), p.n, { [THREADS_VARIABLE]: String(threads) }, { cores: navigator.hardwareConcurrency || 2, ...(signal ? { signal } : {}) });
    return checksum(run.c);
  },
};

/** HPC2N's figures for `np.dot(A, A)` with a 3000 × 3000 A (OpenBLAS): seconds by OMP_NUM_THREADS. */
const HPC2N_SECONDS: Record<number, number> = { 1: 1.14, 2: 0.6 };

/**
 * The implicit-threads lab: the caller's code is one line, `dot(A, A)`; what changes between runs
 * is the library's environment variable PL_NUM_THREADS (its OMP_NUM_THREADS), which sets how many
 * worker threads the library splits the product over. Each value is timed (warm-up discarded,
 * medians), its speedup given beside HPC2N's, and the products' checksums compared (equal bit for
 * bit: every entry is added in the same order whatever the team). Main thread (React).
 */
export function ImplicitThreadsLab({ title = 'A library that threads by itself', ...props }: LabComponentProps<ThreadsField>) {
  const form = useLabSettings(threadsSettings, props);
  const sweep = useSweep(PLAN);
  const shared = useMemo(() => canShareMemory(), []);
  const running = sweep.status === 'running';
  useAutorun(props.autorun, shared ? form.params : null, sweep.start);
  const ran = sweep.ranWith;
  const rows = sweep.rows;
  const sums = new Set(rows.map((r) => r.result));
  const results = ran && rows.length > 0 ? sweepResults({ id: IMPLICIT_THREADS_LAB_ID, title: 'Implicit threads lab' }, threadsSettings, form.raw, rows, { run: (v) => ({ value: v }) }) : null;
  return (
    <section className="lab threads-lab" aria-label={title}>
      <h3 className="lab-title">{title}</h3>
      <pre className="threads-caller" aria-label="The caller's code, the same in every run">
        <code>{`$ export ${THREADS_VARIABLE}=<threads>     # outside the program\nconst C = dot(A, A);              // the program: one call`}</code>
      </pre>
      {shared ? null : (
        <p className="note" role="note">
          The library&apos;s threads share the matrices in memory, and this page cannot share memory between workers. {NO_SHARED_MEMORY_MESSAGE}
        </p>
      )}
      <LabForm form={form} disabled={running} onSubmit={sweep.start}>
        <LabActions status={sweep.status} canRun={shared && !!form.params} onCancel={sweep.cancel} link={{ lab: IMPLICIT_THREADS_LAB_ID, query: form.linkQuery }}>
          <ExportButtons results={results} filename={ran ? `implicit-threads-n${ran.n}` : 'implicit-threads'} />
        </LabActions>
      </LabForm>
      <LabStatus invalid={!form.params}
        status={sweep.status}
        error={sweep.error}
        text={{
          running: `Timing dot(A, A) with ${THREADS_VARIABLE}=${sweep.current ?? '…'} (${rows.length} of ${ran?.threads.length ?? 0} values done)…`,
          done: `Done: ${plural(rows.length, 'value')} of ${THREADS_VARIABLE} timed, medians of ${ran?.repeats} calls after a warm-up; ${
            sums.size === 1 ? 'every team computed the same C, bit for bit' : 'the products differ'
          }.`,
        }}
      />
      {rows.length === 0 ? null : (
        <div className="table-wrap">
          <table className="results" data-testid="threads-table">
            <caption className="table-caption">dot(A, A) for n = {ran?.n ?? form.raw.n}, by {THREADS_VARIABLE}</caption>
            <thead>
              <tr>
                <th scope="col">{THREADS_VARIABLE}</th>
                <th scope="col">Median (ms)</th>
                <th scope="col">Speedup</th>
                <th scope="col">Efficiency</th>
                <th scope="col">HPC2N, n = 3000 (s)</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.workers} data-threads={r.workers} data-speedup={r.speedup}>
                  <th scope="row">{r.workers}</th>
                  <td>
                    {formatMs(r.time.median)}
                    {r.time.noisy ? <span className="noisy"> noisy</span> : null}
                  </td>
                  <td>{formatRatio(r.speedup)}</td>
                  <td>{formatRatio(r.efficiency)}</td>
                  <td>{HPC2N_SECONDS[r.workers] === undefined ? '–' : `${formatFixed(HPC2N_SECONDS[r.workers]!, 2)} (S = ${formatRatio(HPC2N_SECONDS[1]! / HPC2N_SECONDS[r.workers]!)})`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
