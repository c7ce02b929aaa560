import { useRef, useState } from 'react';
import { defaultChunksize } from '../../workers/tasks/chunking.ts';
import type { LabComponentProps } from '../kit/definition.ts';
import { ExportButtons } from '../kit/ExportButtons.tsx';
import { formatCount, formatDuration, plural } from '../kit/format.ts';
import { LabActions, LabStatus } from '../kit/LabActions.tsx';
import { LabForm } from '../kit/LabForm.tsx';
import { Timeline } from '../kit/Timeline.tsx';
import { useAutorun, useLabSettings } from '../kit/useLabSettings.ts';
import { DEFAULT_ITEMS, MAP_TASKS, mapInitial, mapSettings, type MapField, type MapParams, type MapTask } from './map-settings.ts';
import { mapResults } from '../kit/map-results.ts';
import { barsFromProgress, barsFromResult } from '../kit/map-bars.ts';
import { usePoolMap } from '../kit/usePoolMap.ts';

/** Id of this lab in the lab registry and its links (`#/lab/pool-map`). */
export const MAP_LAB_ID = 'pool-map';

/** Props of {@link MapLab}: the kit's, plus the lesson's `task` shorthand. */
export interface MapLabProps extends LabComponentProps<MapField> {
  /** Starting task (the lesson's tag); the same as `initial={{ task }}` (its default items come with it). */
  task?: MapTask;
}

/** A result for the results line: numbers to 10 significant digits, anything else as JSON. */
function show(v: unknown): string {
  return typeof v === 'number' ? String(Number(v.toPrecision(10))) : JSON.stringify(v);
}

/**
 * The map lab: `pool.map(task, items)` (or `starmap`) on real workers with a chosen pool size and
 * chunk size; shows the results in input order, the chunks, the wall time and the timeline of the
 * run, live. A task that throws becomes a message here. Changing the task swaps in its default
 * items when the items were still the old task's defaults. Main thread (React); the work runs in
 * the page's task pool.
 */
export function MapLab({ task, title = 'Pool map lab', ...props }: MapLabProps) {
  const form = useLabSettings(mapSettings, { ...props, initial: mapInitial(task ? { task, ...props.initial } : props.initial) });
  const map = usePoolMap();
  const chart = useRef<HTMLDivElement>(null);
  const [ran, setRan] = useState<{ raw: typeof form.raw; params: MapParams } | null>(null);
  const running = map.status === 'running';
  const cores = form.env.cores;
  const { params } = form;
  const start = (p: MapParams): void => {
    setRan({ raw: form.raw, params: p });
    void map.run({ task: p.task, argsList: p.argsList, workers: p.workers, ...(p.chunksize ? { chunksize: p.chunksize } : {}) });
  };
  useAutorun(props.autorun, params, start);
  const lab = {
    ...form,
    update: (field: MapField, value: string): void => {
      const old = form.raw.task as MapTask;
      if (field === 'task' && Object.hasOwn(DEFAULT_ITEMS, value) && form.raw.items === DEFAULT_ITEMS[old]) form.updateMany({ task: value, items: DEFAULT_ITEMS[value as MapTask] });
      else form.update(field, value);
    },
  };
  const timeline = map.result ? barsFromResult(map.result) : map.progress ? barsFromProgress(map.progress) : null;
  const lanes = map.result?.workers ?? ran?.params.workers ?? params?.workers ?? 1;
  const autoChunk = params ? defaultChunksize(params.argsList.length, params.workers) : null;
  const call = params && MAP_TASKS[params.task].arity > 1 ? 'starmap' : 'map';
  const results = map.result && ran ? mapResults({ id: MAP_LAB_ID, title }, mapSettings, ran.raw, map.result, ran.params.task) : null;
  const shown = {
    ...lab,
    shown: lab.shown.map((f) =>
      f.name === 'workers' ? { ...f, help: `Pool size; this browser reports ${cores} cores.` } : f.name === 'chunksize' && autoChunk ? { ...f, help: `Items per message; blank = Python's default (${autoChunk} here).` } : f,
    ),
  };

  return (
    <section className="lab pool-lab" aria-label={title}>
      <h3 className="lab-title">{title}</h3>
      <LabForm form={shown} disabled={running} onSubmit={start}>
        <LabActions status={map.status} canRun={!!params} onCancel={map.cancel} runLabel={`Run ${call}`} link={{ lab: MAP_LAB_ID, query: form.linkQuery }}>
          <ExportButtons results={results} filename={`${MAP_LAB_ID}-${ran?.params.task ?? 'map'}`} chart={chart} />
        </LabActions>
      </LabForm>
      <LabStatus invalid={!params}
        status={map.status}
        error={map.error}
        text={{
          idle: 'Ready. Press Run.',
          running: `Running… ${formatCount(map.progress?.done ?? 0)} of ${formatCount(ran?.params.argsList.length ?? 0)} items done.`,
          done: map.result
            ? `Done: ${formatCount(map.result.results.length)} items in ${plural(map.result.chunks.length, 'chunk')} of up to ${map.result.chunksize} on ${plural(map.result.workers, 'worker')}, wall time ${formatDuration(map.result.endedAt - map.result.startedAt)}.`
            : 'Done.',
          error: (message) => <span data-testid="lab-error">The map failed: {message}</span>,
        }}
      />
      {map.result ? (
        <p className="pool-results" data-testid="map-results">
          [{map.result.results.map(show).join(', ')}]
        </p>
      ) : null}
      <div ref={chart}>{timeline ? <Timeline bars={timeline.bars} workers={lanes} wall={timeline.wall} cores={cores} label="Which worker ran which item" /> : null}</div>
    </section>
  );
}
