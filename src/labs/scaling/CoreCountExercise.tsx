import { sweepResults } from '../kit/sweep-results.ts';
import { useState } from 'react';
import type { SweepRow } from '../../measure/sweep.ts';
import { parallelIntegrate2d } from '../../workers/kernel-pool.ts';
import type { LabComponentProps } from '../kit/definition.ts';
import { ExportButtons } from '../kit/ExportButtons.tsx';
import type { LabResults } from '../kit/export.ts';
import { formatMs, formatPercent, formatRatio, plural } from '../kit/format.ts';
import { LabActions, LabStatus } from '../kit/LabActions.tsx';
import { LabForm } from '../kit/LabForm.tsx';
import type { RawSettings } from '../kit/settings.ts';
import { useAutorun, useLabSettings } from '../kit/useLabSettings.ts';
import { useSweep, type SweepPlan } from '../kit/useSweep.ts';
import { COURSE_CORE_COUNTS, coreCountSettings, fastestCount, type CoreCountField, type CoreCountParams } from './core-count.ts';
import '../../styles/scaling.css';

/** Id of this lab in the lab registry and its links (`#/lab/core-count`). */
export const CORE_COUNT_LAB_ID = 'core-count';
const TITLE = 'Exercise: which core count is fastest?';

/** The course's sweep: the 2D integration on 1, 2, 4, 8, 12 and 14 workers of the kernel pool. */
const PLAN: SweepPlan<CoreCountParams, number> = {
  workerCounts: () => COURSE_CORE_COUNTS,
  repeats: (p) => p.repeats,
  runOnce: async (p, workers, signal) => (await parallelIntegrate2d(p.n, workers, signal)).value,
};

/** Every timed run and the table of the exercise, for export. */
export function coreCountResults(raw: RawSettings<CoreCountField>, rows: readonly SweepRow<number>[]): LabResults {
  return sweepResults({ id: CORE_COUNT_LAB_ID, title: 'Core-count exercise' }, coreCountSettings, raw, rows, { run: (value) => ({ value }) });
}

/**
 * The course's exercise "which core count is fastest?", answered on the reader's machine: the 2D
 * integration (grid n, default the course's 5000) timed on 1, 2, 4, 8, 12 and 14 workers with a
 * warm-up and repeats, the fastest count named, and counts above the reported cores flagged.
 * Main thread (React); the integration runs in the kernel worker pool.
 */
export function CoreCountExercise({ title = TITLE, ...props }: LabComponentProps<CoreCountField>) {
  const form = useLabSettings(coreCountSettings, props);
  const sweep = useSweep(PLAN);
  const [ranRaw, setRanRaw] = useState(form.raw);
  const cores = form.env.cores;
  const { status, rows, current } = sweep;
  const running = status === 'running';
  const answer = status === 'done' ? fastestCount(rows) : null;
  const over = COURSE_CORE_COUNTS.filter((p) => p > cores);
  const start = (params: CoreCountParams): void => {
    setRanRaw(form.raw);
    sweep.start(params);
  };
  useAutorun(props.autorun, form.params, start);

  return (
    <section className="lab core-count-exercise" aria-label="Which core count is fastest?">
      <h3 className="lab-title">{title}</h3>
      {over.length > 0 ? (
        <p className="note scaling-warning" role="note" data-testid="oversubscription-warning">
          Your browser reports {plural(cores, 'core')}. With {over.join(', ')} workers there are more workers than cores, so they
          take turns: expect no gain there, and often a loss.
        </p>
      ) : null}
      <LabForm form={form} disabled={running} onSubmit={start}>
        <LabActions status={status} canRun={!!form.params} onCancel={sweep.cancel} runLabel={`Run ${COURSE_CORE_COUNTS.join(', ')} workers`} link={{ lab: CORE_COUNT_LAB_ID, query: form.linkQuery }}>
          <ExportButtons results={sweep.ranWith && rows.length > 0 ? coreCountResults(ranRaw, rows) : null} filename={sweep.ranWith ? `core-count-n${sweep.ranWith.n}` : 'core-count'} />
        </LabActions>
      </LabForm>
      <LabStatus invalid={!form.params}
        status={status}
        error={sweep.error}
        text={{
          idle: 'Ready. Predict the answer, then press Run.',
          running: `Running on ${current ? plural(current, 'worker') : '… workers'} (${rows.length} of ${COURSE_CORE_COUNTS.length} done)…`,
          cancelled: 'Cancelled. The workers were stopped.',
          done: answer ? (
            <span className="core-count-answer" data-testid="core-count-answer">
              On this machine <strong>{plural(answer.fastest, 'worker')}</strong> finished fastest ({formatMs(answer.medianMs)} ms
              median)
              {answer.tied.length > 1 ? `; ${answer.tied.filter((p) => p !== answer.fastest).join(', ')} were within the measured spread of it` : ''}.
            </span>
          ) : 'Done.',
        }}
      />
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
                      <td>{formatPercent(r.efficiency)}</td>
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
