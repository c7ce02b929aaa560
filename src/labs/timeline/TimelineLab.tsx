import { useId, useMemo, useState } from 'react';
import { reportedCores } from '../../env/environment.ts';
import { parseWhole, randomDarts, SEED } from '../pool/compare-params.ts';
import { LabField } from '../form/LabField.tsx';
import { barsFromProgress, barsFromResult } from '../pool/run-bars.ts';
import { usePoolMap } from '../pool/usePoolMap.ts';
import { Timeline } from './Timeline.tsx';
import { formatDuration } from './timeline-model.ts';

type Sizes = 'equal' | 'random' | 'one-big';

/** Darts per task for each size pattern (mean about `darts`). */
function dartsFor(sizes: Sizes, tasks: number, darts: number): number[] {
  if (sizes === 'equal') return Array(tasks).fill(darts) as number[];
  if (sizes === 'random') return randomDarts(tasks, Math.round(darts / 4), Math.round(darts * 1.75));
  return Array.from({ length: tasks }, (_, i) => (i === tasks - 1 ? darts * Math.min(8, tasks) : darts));
}

/**
 * The timeline lab: a pool runs CPU-bound Monte Carlo pi tasks of equal, random or "one big
 * last" sizes, and the Gantt chart fills in live from the real timing records, with each worker's
 * utilisation: watching `top` during a job. Main thread (React); the work runs on workers.
 */
export function TimelineLab({ title = 'Timeline lab: watch the workers' }: { title?: string }) {
  const id = useId();
  const cores = useMemo(() => reportedCores(), []);
  const [raw, setRaw] = useState({ tasks: '24', darts: '3000000', workers: String(Math.min(cores, 8)), chunksize: '1' });
  const [sizes, setSizes] = useState<Sizes>('random');
  const map = usePoolMap();
  const running = map.status === 'running';
  const tasks = parseWhole(raw.tasks, 'Tasks', 1, 500);
  const darts = parseWhole(raw.darts, 'Darts per task', 1000, 20_000_000);
  const workers = parseWhole(raw.workers, 'Workers', 1, 32);
  const chunksize = parseWhole(raw.chunksize, 'Chunk size', 1, 500);
  const set = (f: keyof typeof raw) => (v: string) => setRaw((r) => ({ ...r, [f]: v }));
  const valid = 'value' in tasks && 'value' in darts && 'value' in workers && 'value' in chunksize;
  const start = () => {
    if (!valid) return;
    const list = dartsFor(sizes, tasks.value, darts.value);
    void map.run({ task: 'samplePi', argsList: list.map((d, k) => [d, SEED, k]), workers: workers.value, chunksize: chunksize.value });
  };
  const timeline = map.result ? barsFromResult(map.result) : map.progress ? barsFromProgress(map.progress) : null;
  const lanes = map.result?.workers ?? ('value' in workers ? workers.value : 1);

  return (
    <section className="lab pool-lab timeline-lab" aria-label={title}>
      <h3 className="lab-title">{title}</h3>
      <form className="lab-form" onSubmit={(e) => { e.preventDefault(); start(); }}>
        <div className="field">
          <label htmlFor={`${id}-sizes`}>Task sizes</label>
          <select id={`${id}-sizes`} value={sizes} disabled={running} onChange={(e) => setSizes(e.target.value as Sizes)}>
            <option value="equal">Equal</option>
            <option value="random">Random (¼× to 1¾×)</option>
            <option value="one-big">One big task last</option>
          </select>
          <small className="field-help">Monte Carlo pi tasks, real CPU work.</small>
        </div>
        <LabField id={id} name="tasks" label="Tasks" value={raw.tasks} onChange={set('tasks')} error={'error' in tasks ? tasks.error : undefined} disabled={running} help="Items in the map." />
        <LabField id={id} name="darts" label="Darts per task" value={raw.darts} onChange={set('darts')} error={'error' in darts ? darts.error : undefined} disabled={running} help="Average work per task." />
        <LabField id={id} name="workers" label="Workers" value={raw.workers} onChange={set('workers')} error={'error' in workers ? workers.error : undefined} disabled={running} help={`${cores} cores reported.`} />
        <LabField id={id} name="chunksize" label="Chunk size" value={raw.chunksize} onChange={set('chunksize')} error={'error' in chunksize ? chunksize.error : undefined} disabled={running} help="Tasks per message." />
        <div className="lab-actions">
          <button type="submit" className="primary" disabled={!valid || running}>Run</button>
          <button type="button" onClick={map.cancel} disabled={!running}>Cancel</button>
        </div>
      </form>
      <p className="lab-status" role="status" data-testid="lab-status" data-status={map.status}>
        {map.status === 'idle' && 'Ready. Press Run and watch the lanes fill.'}
        {map.status === 'running' && `Running… ${map.progress?.done ?? 0} tasks done.`}
        {map.status === 'done' && map.result && `Done: ${map.result.results.length} tasks on ${map.result.workers} workers in ${formatDuration(map.result.endedAt - map.result.startedAt)}.`}
        {map.status === 'cancelled' && 'Cancelled: the workers were stopped.'}
        {map.status === 'error' && <span className="field-error">The run failed: {map.error?.message}</span>}
      </p>
      {timeline ? <Timeline bars={timeline.bars} workers={lanes} wall={timeline.wall} cores={cores} label="Tasks per worker over time" /> : null}
    </section>
  );
}
