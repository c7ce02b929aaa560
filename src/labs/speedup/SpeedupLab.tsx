import { sweepResults } from '../kit/sweep-results.ts';
import { useEffect, useRef, useState } from 'react';
import { KERNELS, type KernelResult } from '../../kernels/registry.ts';
import type { SweepRow } from '../../measure/sweep.ts';
import type { LabComponentProps } from '../kit/definition.ts';
import { ExportButtons } from '../kit/ExportButtons.tsx';
import type { LabResults } from '../kit/export.ts';
import { LabActions, LabStatus } from '../kit/LabActions.tsx';
import { LabForm } from '../kit/LabForm.tsx';
import type { RawSettings } from '../kit/settings.ts';
import { useAutorun, useLabSettings } from '../kit/useLabSettings.ts';
import { plural } from '../kit/format.ts';
import { kernelDefaults, kernelOf, speedupSettings, type SpeedupField, type SpeedupParams } from './settings.ts';
import { useSpeedupSweep } from './useSpeedupSweep.ts';
import { SpeedupChart } from './SpeedupChart.tsx';
import { ResultsTable } from './ResultsTable.tsx';
import { publishSweep } from './last-sweep.ts';

/** Id of this lab in the lab registry and its links (`#/lab/speedup`). */
export const SPEEDUP_LAB_ID = 'speedup';

/** Every timed run and the table of a finished (or partial) sweep, for export. */
export function speedupResults(raw: RawSettings<SpeedupField>, _params: SpeedupParams, rows: readonly SweepRow<KernelResult>[]): LabResults {
  return sweepResults({ id: SPEEDUP_LAB_ID, title: 'Speedup lab' }, speedupSettings, raw, rows, {
    run: (v) => ({ value: v.value, text: v.text }),
    summary: (r) => ({ result: r.result.text }),
  });
}

/**
 * The speedup lab: runs a registered kernel on 1..N workers and charts the measured speedup live
 * against the ideal line, with a results table, exports and a link that reproduces the demo.
 * Main thread (React); the work runs in the kernel worker pool.
 */
export function SpeedupLab({ title = 'Speedup lab', ...props }: LabComponentProps<SpeedupField>) {
  const form = useLabSettings(speedupSettings, props);
  const sweep = useSpeedupSweep();
  const chart = useRef<HTMLDivElement>(null);
  const [ranRaw, setRanRaw] = useState(form.raw);
  const running = sweep.status === 'running';
  const cores = form.env.cores;

  const start = (params: SpeedupParams): void => {
    setRanRaw(form.raw);
    sweep.start(params);
  };
  useAutorun(props.autorun, form.params, start);

  useEffect(() => {
    if (sweep.status === 'done' && sweep.ranWith) publishSweep({ params: sweep.ranWith, rows: sweep.rows });
  }, [sweep.status, sweep.rows, sweep.ranWith]);

  const lab = { ...form, update: (field: SpeedupField, value: string): void => {
    // Switching kernel: a kernel parameter still at the old kernel's default takes the new one's.
    const from = kernelOf(form.raw);
    const to = KERNELS.find((k) => k.id === value);
    if (field === 'kernel' && from && to) {
      const carry = Object.fromEntries(Object.entries(kernelDefaults(to)).filter(([n]) => form.raw[n] === undefined || form.raw[n] === from.fields[n]?.default));
      form.updateMany({ kernel: value, ...carry });
    } else form.update(field, value);
  } };

  const shown = sweep.ranWith ?? form.params;
  const pending = running && shown ? shown.workers.filter((p) => !sweep.rows.some((r) => r.workers === p)) : [];
  const results = sweep.ranWith && sweep.rows.length > 0 ? speedupResults(ranRaw, sweep.ranWith, sweep.rows) : null;
  const filename = sweep.ranWith ? `speedup-${sweep.ranWith.kernel.id}-${sweep.ranWith.impl}-${Object.entries(sweep.ranWith.values).map(([k, v]) => `${k}${v}`).join('-')}` : 'speedup';

  return (
    <section className="lab speedup-lab" aria-label={title}>
      <h3 className="lab-title">{title}</h3>
      <LabForm form={lab} disabled={running} onSubmit={start}>
        <LabActions status={sweep.status} canRun={!!form.params} onCancel={sweep.cancel} link={{ lab: SPEEDUP_LAB_ID, query: form.linkQuery }}>
          <ExportButtons results={results} filename={filename} chart={chart} />
        </LabActions>
      </LabForm>
      <LabStatus
        status={sweep.status}
        error={sweep.error}
        text={{
          running: `Running${sweep.current ? ` on ${plural(sweep.current, 'worker')}` : ''}… (${sweep.rows.length} of ${shown?.workers.length ?? 0} worker counts done)`,
          done: `Done: ${sweep.rows.length} worker counts measured, medians of ${shown?.repeats} runs after a warm-up.`,
        }}
      />
      <div ref={chart}>{shown ? <SpeedupChart rows={sweep.rows} workerCounts={shown.workers} cores={cores} /> : null}</div>
      <ResultsTable rows={sweep.rows} pending={pending} />
      {sweep.rows.some((r) => r.time.noisy) ? (
        <p className="note">Rows marked <em>noisy</em> varied by more than 25 % between runs; close other tabs or raise the repeats.</p>
      ) : null}
      {sweep.rows.some((r) => r.efficiency > 1.1) ? (
        <p className="note" data-testid="superlinear-note">
          Efficiency above 100 % usually means the problem is too small to time well, or the 1-worker runs were still
          warming up: raise n or the repeats before reading the curve.
        </p>
      ) : null}
      {shown && shown.workers.some((p) => p > cores) ? (
        <p className="note">Counts above {cores} workers oversubscribe the cores the browser reports: workers then take turns on the same cores.</p>
      ) : null}
    </section>
  );
}
