import { useId, useMemo, useState } from 'react';
import { reportedCores } from '../../env/environment.ts';
import { defaultChunksize } from '../../workers/tasks/chunking.ts';
import { Timeline } from '../timeline/Timeline.tsx';
import { formatDuration } from '../timeline/timeline-model.ts';
import { LabField } from '../form/LabField.tsx';
import { MAP_TASKS, validateMap, type MapField, type MapTask, type RawMap } from './map-params.ts';
import { barsFromProgress, barsFromResult } from './run-bars.ts';
import { usePoolMap } from './usePoolMap.ts';

/** Props of {@link MapLab}. */
export interface MapLabProps {
  /** Starting task (default square). */
  task?: MapTask;
  /** Starting items, as typed (default 1..10, or tuples for power). */
  items?: string;
  /** Starting chunk size ('' = Python's default). */
  chunksize?: string;
  title?: string;
}

const DEFAULT_ITEMS: Record<MapTask, string> = { square: '1..10', slowSquare: '5, 1, 4, 2, 3, 8, 1, 6', sqrt: '16, 9, 4, -1, 1', power: '(2, 10), (3, 2), (10, -1), (2, 0.5)' };

function show(v: unknown): string {
  return typeof v === 'number' ? String(Number(v.toPrecision(10))) : JSON.stringify(v);
}

/**
 * The map lab: `pool.map(task, items)` (or `starmap`) on real workers with a chosen pool size and
 * chunk size; shows the results in input order, the chunks, the wall time and the timeline of the
 * run, live. A task that throws becomes a message here. Main thread (React).
 */
export function MapLab({ task = 'square', items, chunksize = '', title = 'Pool map lab' }: MapLabProps) {
  const cores = useMemo(() => reportedCores(), []);
  const id = useId();
  const [raw, setRaw] = useState<RawMap>({ task, items: items ?? DEFAULT_ITEMS[task], workers: String(Math.min(4, cores)), chunksize });
  const { params, errors } = useMemo(() => validateMap(raw), [raw]);
  const map = usePoolMap();
  const running = map.status === 'running';
  const set = (field: MapField) => (value: string) => {
    setRaw((r) => {
      const next = { ...r, [field]: value };
      if (field === 'task' && r.items === DEFAULT_ITEMS[r.task as MapTask] && value in DEFAULT_ITEMS) next.items = DEFAULT_ITEMS[value as MapTask];
      return next;
    });
  };
  const start = () => {
    if (!params) return;
    void map.run({ task: params.task, argsList: params.argsList, workers: params.workers, ...(params.chunksize ? { chunksize: params.chunksize } : {}) });
  };
  const timeline = map.result ? barsFromResult(map.result) : map.progress ? barsFromProgress(map.progress) : null;
  const lanes = map.result?.workers ?? params?.workers ?? 1;
  const autoChunk = params ? defaultChunksize(params.argsList.length, params.workers) : null;
  const call = params && MAP_TASKS[params.task].arity > 1 ? 'starmap' : 'map';

  return (
    <section className="lab pool-lab" aria-label={title}>
      <h3 className="lab-title">{title}</h3>
      <form className="lab-form" onSubmit={(e) => { e.preventDefault(); start(); }}>
        <div className={`field${errors.task ? ' field-invalid' : ''}`}>
          <label htmlFor={`${id}-task`}>Task</label>
          <select id={`${id}-task`} name="task" value={raw.task} disabled={running} onChange={(e) => set('task')(e.target.value)} aria-describedby={`${id}-task-msg`}>
            {Object.entries(MAP_TASKS).map(([name, t]) => <option key={name} value={name}>{t.label}</option>)}
          </select>
          <small id={`${id}-task-msg`} className={errors.task ? 'field-error' : 'field-help'}>{errors.task ?? 'A named function in the task worker.'}</small>
        </div>
        <LabField id={id} name="items" label="Items" inputMode="text" value={raw.items} onChange={set('items')} error={errors.items} disabled={running}
          help={raw.task === 'power' ? 'Tuples, one per call: (2, 10), (3, 2)' : 'Numbers, or a range such as 1..100'} />
        <LabField id={id} name="workers" label="Workers" value={raw.workers} onChange={set('workers')} error={errors.workers} disabled={running}
          help={`Pool size; this browser reports ${cores} cores.`} />
        <LabField id={id} name="chunksize" label="Chunk size" value={raw.chunksize} onChange={set('chunksize')} error={errors.chunksize} disabled={running}
          placeholder={autoChunk ? `default: ${autoChunk}` : 'default'} help={`Items per message; blank = Python's default${autoChunk ? ` (${autoChunk} here)` : ''}.`} />
        <div className="lab-actions">
          <button type="submit" className="primary" disabled={!params || running}>Run {call}</button>
          <button type="button" onClick={map.cancel} disabled={!running}>Cancel</button>
        </div>
      </form>
      <p className="lab-status" role="status" data-testid="lab-status" data-status={map.status}>
        {map.status === 'idle' && 'Ready. Press Run.'}
        {map.status === 'running' && `Running… ${map.progress?.done ?? 0} of ${params?.argsList.length ?? '?'} items done.`}
        {map.status === 'done' && map.result &&
          `Done: ${map.result.results.length} items in ${map.result.chunks.length} chunk${map.result.chunks.length === 1 ? '' : 's'} of up to ${map.result.chunksize} on ${map.result.workers} worker${map.result.workers === 1 ? '' : 's'}, wall time ${formatDuration(map.result.endedAt - map.result.startedAt)}.`}
        {map.status === 'cancelled' && 'Cancelled: the workers were stopped. Run starts fresh ones.'}
        {map.status === 'error' && <span className="field-error" data-testid="lab-error">The map failed: {map.error?.message}</span>}
      </p>
      {map.result ? (
        <p className="pool-results" data-testid="map-results">
          [{map.result.results.map(show).join(', ')}]
        </p>
      ) : null}
      {timeline ? <Timeline bars={timeline.bars} workers={lanes} wall={timeline.wall} cores={cores} label="Which worker ran which item" /> : null}
    </section>
  );
}
