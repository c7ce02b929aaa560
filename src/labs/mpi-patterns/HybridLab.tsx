/**
 * The hybrid lab: the course's 2D integral on p workers arranged as p ranks x 1 thread (pure MPI),
 * the hybrids (2 x 2 for p = 4: ranks that each start a team of threads sharing the rank's
 * SharedArrayBuffer), and 1 rank x p threads (pure threads), each timed by median of repeats after
 * a discarded warm-up, with the integral each gives and the messages each needs. Without
 * SharedArrayBuffer the lab says so and runs nothing. Main thread (React).
 */
import { useMemo, useRef, useState } from 'react';
import { useRun } from '../../hooks/useRun.ts';
import { layoutsOf } from '../../mpi/patterns/hybrid.ts';
import { canShareMemory, NO_SHARED_MEMORY_MESSAGE } from '../../shared-memory/shared-buffer.ts';
import type { LabComponentProps } from '../kit/definition.ts';
import { ExportButtons } from '../kit/ExportButtons.tsx';
import { LabActions, LabStatus } from '../kit/LabActions.tsx';
import type { RawSettings } from '../kit/settings.ts';
import { hybridResults } from './results.ts';
import { LabForm } from '../kit/LabForm.tsx';
import { useAutorun, useLabSettings } from '../kit/useLabSettings.ts';
import { plural } from '../kit/format.ts';
import { measureLayouts, WARMUP, type HybridRow } from './hybrid-run.ts';
import { HybridChart } from './HybridChart.tsx';
import { HybridTable } from './HybridTable.tsx';
import { hybridSettings, type HybridField, type HybridParams } from './settings.ts';

/** Id of this lab in the lab registry (`#/lab/hybrid-ranks-threads`). */
export const HYBRID_LAB_ID = 'hybrid-ranks-threads';

/** The hybrid lab. */
export function HybridLab({ title = 'Ranks × threads on the 2D integral', ...props }: LabComponentProps<HybridField>) {
  const form = useLabSettings(hybridSettings, props);
  const [rows, setRows] = useState<HybridRow[]>([]);
  const [ranWith, setRanWith] = useState<RawSettings<HybridField> | null>(null);
  const chart = useRef<HTMLDivElement>(null);
  const shared = canShareMemory();
  const { status, error, run, cancel } = useRun(async (signal: AbortSignal, params: HybridParams) => {
    setRows([]);
    return measureLayouts(params.workers, params.n, params.repeats, signal, (row) => setRows((r) => [...r, row]));
  });
  const running = status === 'running';
  const start = (params: HybridParams): void => {
    if (!shared) return;
    setRanWith(form.raw);
    void run(params);
  };
  useAutorun(props.autorun && shared, form.params, start);
  const noisy = rows.some((r) => r.timing.noisy);
  // Every layout has a bar slot from the start, so the chart's first render happens before a run.
  const workers = form.params?.workers;
  const layouts = useMemo(() => (workers ? layoutsOf(workers) : []), [workers]);
  const data = useMemo(() => layouts.map((lay) => {
    const row = rows.find((r) => r.ranks === lay.ranks && r.threads === lay.threads);
    return { layout: `${lay.ranks}×${lay.threads}`, median: row ? Number(row.timing.median.toFixed(2)) : null };
  }), [layouts, rows]);
  const total = layouts.length;
  const results = status === 'done' && ranWith ? hybridResults(hybridSettings, ranWith, rows) : null;

  return (
    <section className="lab hybrid-lab" aria-label={`Hybrid lab: ${title}`} data-testid="hybrid-lab">
      <h3 className="lab-title">{title}</h3>
      {!shared && (
        <p className="note field-error" role="alert" data-testid="hybrid-no-sab">
          {NO_SHARED_MEMORY_MESSAGE} A rank&apos;s team of threads shares its partial sums in a SharedArrayBuffer, so this lab cannot run here.
        </p>
      )}
      <LabForm form={form} disabled={running || !shared} onSubmit={start}>
        <LabActions status={status} canRun={!!form.params && shared} onCancel={cancel} link={{ lab: HYBRID_LAB_ID, query: form.linkQuery }}>
          <ExportButtons results={results} filename={`hybrid-p${form.raw.workers}-n${form.raw.n}`} chart={chart} />
        </LabActions>
      </LabForm>
      <LabStatus invalid={!form.params}
        status={status}
        error={error}
        text={{
          idle: shared ? `Press Run to time ${plural(total, 'layout')}, each with ${WARMUP} discarded warm-up run and ${form.params?.repeats ?? '?'} timed repeats.` : 'Nothing to run without shared memory.',
          running: `Measuring layout ${Math.min(rows.length + 1, total)} of ${total}…`,
          done: `Measured ${plural(rows.length, 'layout')}.${noisy ? ' Some timings are noisy (slowest repeat over 25 % slower than the fastest): other programs share these cores; compare medians with care.' : ''}`,
          cancelled: 'Stopped: the rank workers and their threads were terminated.',
        }}
      />
      {shared && layouts.length > 0 && (
        <figure className="hybrid-figure" data-testid="hybrid-figure" data-rows={rows.length}>
          <div ref={chart}>
            <HybridChart data={data} />
          </div>
          <HybridTable layouts={layouts} rows={rows} />
          <figcaption className="note">
            Per repeat, the ranks exchange messages only inside the barrier and the reduce; a rank&apos;s threads get one call
            each and return their partial sums through the rank&apos;s shared memory.
          </figcaption>
        </figure>
      )}
    </section>
  );
}
