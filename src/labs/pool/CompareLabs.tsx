import { useRef, useState, type ReactNode } from 'react';
import type { LabComponentProps } from '../kit/definition.ts';
import { ExportButtons } from '../kit/ExportButtons.tsx';
import { LabActions, LabStatus } from '../kit/LabActions.tsx';
import { LabForm } from '../kit/LabForm.tsx';
import { Timeline } from '../kit/Timeline.tsx';
import type { LabSettings, RawSettings } from '../kit/settings.ts';
import { useAutorun, useLabSettings, type LabSettingsState } from '../kit/useLabSettings.ts';
import { chunksizeInitial, chunksizeSettings, oversubscriptionSettings, type ChunksizeField, type ChunkWorkload, type OversubscriptionField, type VariantParams } from './compare-settings.ts';
import { barsFromProgress, barsFromResult } from '../kit/map-bars.ts';
import { useVariantSweep } from './useVariantSweep.ts';
import { variantResults } from './variant-results.ts';
import { VariantTable } from './VariantTable.tsx';

/** Ids of these labs in the lab registry and their links. */
export const CHUNKSIZE_LAB_ID = 'chunksize';
export const OVERSUBSCRIPTION_LAB_ID = 'oversubscription';

/** Form, status line, table, timeline and exports shared by the comparison labs. */
function VariantLab<F extends string>({ lab, form, autorun, speedup, what, className, children }: {
  lab: { id: string; title: string };
  form: LabSettingsState<F, VariantParams>;
  autorun: boolean | undefined;
  speedup: boolean;
  what: string;
  className: string;
  children?: ReactNode;
}) {
  const sweep = useVariantSweep();
  const [selected, setSelected] = useState<number | null>(null);
  const chart = useRef<HTMLDivElement>(null);
  const [ranRaw, setRanRaw] = useState(form.raw);
  const running = sweep.status === 'running';
  const cores = form.env.cores;
  const start = (params: VariantParams): void => {
    setRanRaw(form.raw);
    setSelected(null);
    sweep.start(params);
  };
  useAutorun(autorun, form.params, start);
  const shownIndex = selected ?? sweep.rows.length - 1;
  const shownRow = sweep.rows[shownIndex];
  const live = sweep.live ? barsFromProgress(sweep.live.progress) : null;
  const variants = sweep.ranWith?.variants ?? form.params?.variants ?? [];
  const pending = running ? variants.slice(sweep.rows.length).map((v) => v.label) : [];
  const results = sweep.ranWith && sweep.rows.length > 0 ? variantResults(lab, form.settings as LabSettings<F, unknown>, ranRaw, sweep.rows) : null;

  return (
    <section className={`lab pool-lab ${className}`} aria-label={lab.title}>
      <h3 className="lab-title">{lab.title}</h3>
      <LabForm form={form} disabled={running} onSubmit={start}>
        <LabActions status={sweep.status} canRun={!!form.params} onCancel={sweep.cancel} link={{ lab: lab.id, query: form.linkQuery }}>
          <ExportButtons results={results} filename={lab.id} chart={chart} />
        </LabActions>
      </LabForm>
      <LabStatus invalid={!form.params}
        status={sweep.status}
        error={sweep.error}
        text={{
          idle: `Ready. Each ${what} is run once as a warm-up, then timed. This browser reports ${cores} cores.`,
          running: `Measuring ${sweep.live?.variant.label ?? '…'} (${sweep.rows.length} of ${variants.length} done)…`,
          done: `Done: ${sweep.rows.length} ${what}s measured; medians of the timed runs after a warm-up.`,
        }}
      />
      {sweep.rows.length > 0 || pending.length > 0 ? (
        <VariantTable rows={sweep.rows} pending={pending} selected={shownIndex} onSelect={setSelected} speedup={speedup} />
      ) : null}
      {sweep.rows.some((r) => r.time.noisy) ? <p className="note">Rows marked <em>noisy</em> varied by more than 25 % between runs; close other tabs or raise the repeats.</p> : null}
      <div ref={chart}>
        {live && sweep.live ? (
          <Timeline bars={live.bars} workers={sweep.live.variant.workers} wall={live.wall} cores={cores} label={`Now running: ${sweep.live.variant.label}`} />
        ) : shownRow ? (
          <Timeline {...barsFromResult(shownRow.last)} workers={shownRow.last.workers} cores={cores} label={`Last timed run of ${shownRow.variant.label}`} />
        ) : null}
      </div>
      {children}
    </section>
  );
}

/** Props of {@link ChunksizeLab}: the kit's, plus the lesson's `workload` shorthand. */
export interface ChunksizeLabProps extends LabComponentProps<ChunksizeField> {
  /** Starting workload (the lesson's tag); the same as `initial={{ workload }}`. */
  workload?: ChunkWorkload;
}

/**
 * Chunk size measured: the same map with chunk sizes from 1 (one message per item) to large (few
 * messages, coarse balance), on tiny tasks where messaging dominates or uneven CPU tasks where
 * balance does. Changing the workload resets items and chunk sizes to its defaults.
 * Main thread (React); the work runs on the page's task pool.
 */
export function ChunksizeLab({ title = 'Chunk size: overhead against balance', workload, ...props }: ChunksizeLabProps) {
  const initial = chunksizeInitial(workload ? { workload, ...props.initial } : props.initial);
  const form = useLabSettings(chunksizeSettings, { ...props, initial });
  const lab = {
    ...form,
    update: (field: ChunksizeField, value: string): void => {
      if (field === 'workload' && (value === 'tiny' || value === 'uneven')) form.updateMany(chunksizeInitial({ workload: value }) as Partial<RawSettings<ChunksizeField>>);
      else form.update(field, value);
    },
  };
  return <VariantLab lab={{ id: CHUNKSIZE_LAB_ID, title }} form={lab} autorun={props.autorun} speedup={false} what="chunk size" className="chunksize-lab" />;
}

/**
 * Oversubscription measured: the same CPU-bound map (equal Monte Carlo pi tasks) on 1, the cores,
 * twice and four times the cores. Past the cores, wall time stops falling and every task takes
 * longer, because the workers take turns. Main thread (React); the work runs on the task pool.
 */
export function OversubscriptionLab({ title = 'Oversubscription: more workers than cores', ...props }: LabComponentProps<OversubscriptionField>) {
  const form = useLabSettings(oversubscriptionSettings, props);
  return (
    <VariantLab lab={{ id: OVERSUBSCRIPTION_LAB_ID, title }} form={form} autorun={props.autorun} speedup what="pool size" className="oversubscription-lab">
      <p className="note">Lanes shaded orange are workers beyond the {form.env.cores} cores the browser reports.</p>
    </VariantLab>
  );
}
