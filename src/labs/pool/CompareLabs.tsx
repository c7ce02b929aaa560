import { useId, useMemo, useState } from 'react';
import { reportedCores } from '../../env/environment.ts';
import { defaultChunksize } from '../../workers/tasks/chunking.ts';
import { Timeline } from '../timeline/Timeline.tsx';
import { oversubscriptionCounts, parseList, parseWhole, WORKLOADS, workloadArgs } from './compare-params.ts';
import { LabField } from '../form/LabField.tsx';
import type { Variant } from './measure-variants.ts';
import { barsFromProgress, barsFromResult } from './run-bars.ts';
import { useVariantSweep } from './useVariantSweep.ts';
import { VariantTable } from './VariantTable.tsx';

const MAX_WORKERS = 32;

function ok<T>(r: { value: T } | { error: string }): T | undefined {
  return 'value' in r ? r.value : undefined;
}
function err(r: { error: string } | object): string | undefined {
  return 'error' in r ? (r as { error: string }).error : undefined;
}

/** Status line, table and timeline shared by the comparison labs. */
function SweepResults({ sweep, variants, cores, speedup, what }: {
  sweep: ReturnType<typeof useVariantSweep>; variants: Variant[]; cores: number; speedup: boolean; what: string;
}) {
  const [selected, setSelected] = useState<number | null>(null);
  const shownIndex = selected ?? sweep.rows.length - 1;
  const shownRow = sweep.rows[shownIndex];
  const live = sweep.live ? barsFromProgress(sweep.live.progress) : null;
  const pending = sweep.status === 'running' ? variants.slice(sweep.rows.length).map((v) => v.label) : [];
  return (
    <>
      <p className="lab-status" role="status" data-testid="lab-status" data-status={sweep.status}>
        {sweep.status === 'idle' && `Ready. Each ${what} is run once as a warm-up, then timed.`}
        {sweep.status === 'running' && `Measuring ${sweep.live?.variant.label ?? '…'} (${sweep.rows.length} of ${variants.length} done)…`}
        {sweep.status === 'done' && `Done: ${sweep.rows.length} ${what}s measured; medians of the timed runs after a warm-up.`}
        {sweep.status === 'cancelled' && 'Cancelled: the workers were stopped. Run starts fresh ones.'}
        {sweep.status === 'error' && <span className="field-error">The run failed: {sweep.error?.message}</span>}
      </p>
      {sweep.rows.length > 0 || pending.length > 0 ? (
        <VariantTable rows={sweep.rows} pending={pending} selected={shownIndex} onSelect={setSelected} speedup={speedup} />
      ) : null}
      {sweep.rows.some((r) => r.time.noisy) ? <p className="note">Rows marked <em>noisy</em> varied by more than 25 % between runs; close other tabs or raise the repeats.</p> : null}
      {live && sweep.live ? (
        <Timeline bars={live.bars} workers={sweep.live.variant.workers} wall={live.wall} cores={cores} label={`Now running: ${sweep.live.variant.label}`} />
      ) : shownRow ? (
        <Timeline {...barsFromResult(shownRow.last)} workers={shownRow.last.workers} cores={cores} label={`Last timed run of ${shownRow.variant.label}`} />
      ) : null}
    </>
  );
}

/**
 * Chunk size measured: the same map with chunk sizes from 1 (one message per item) to large (few
 * messages, coarse balance), on tiny tasks where messaging dominates or uneven CPU tasks where
 * balance does. Main thread (React); the work runs on workers.
 */
export function ChunksizeLab({ title = 'Chunk size: overhead against balance', workload: initialWorkload = 'tiny' }: { title?: string; workload?: 'tiny' | 'uneven' }) {
  const id = useId();
  const cores = useMemo(() => reportedCores(), []);
  const [workload, setWorkload] = useState<'tiny' | 'uneven'>(initialWorkload);
  const [raw, setRaw] = useState({ items: initialWorkload === 'tiny' ? '5000' : '40', workers: String(Math.min(cores, 4)), chunks: initialWorkload === 'tiny' ? '1, 10, 100, auto' : '1, 5, auto, 20', repeats: '3' });
  const sweep = useVariantSweep();
  const running = sweep.status === 'running';
  const items = parseWhole(raw.items, 'Items', 1, workload === 'tiny' ? 20_000 : 200);
  const workers = parseWhole(raw.workers, 'Workers', 1, MAX_WORKERS);
  const chunks = parseList(raw.chunks, 'chunk size', 20_000, true);
  const repeats = parseWhole(raw.repeats, 'Repeats', 1, 10);
  const set = (f: keyof typeof raw) => (v: string) => setRaw((r) => ({ ...r, [f]: v }));
  const changeWorkload = (w: 'tiny' | 'uneven') => {
    setWorkload(w);
    setRaw((r) => ({ ...r, items: w === 'tiny' ? '5000' : '40', chunks: w === 'tiny' ? '1, 10, 100, auto' : '1, 5, auto, 20' }));
  };
  const variants = useMemo<Variant[]>(() => {
    const n = ok(items);
    const p = ok(workers);
    const list = 'values' in chunks ? chunks.values : null;
    if (!n || !p || !list) return [];
    const { task, argsList } = workloadArgs(workload, n);
    return list.map((c) => {
      const size = c === 'auto' ? defaultChunksize(n, p) : c;
      return { label: c === 'auto' ? `auto (${size})` : `chunksize ${size}`, task, argsList, workers: p, chunksize: size };
    });
  }, [items, workers, chunks, workload]);
  const valid = variants.length > 0 && ok(repeats) !== undefined;

  return (
    <section className="lab pool-lab chunksize-lab" aria-label={title}>
      <h3 className="lab-title">{title}</h3>
      <form className="lab-form" onSubmit={(e) => { e.preventDefault(); if (valid) void sweep.run(variants, ok(repeats)!); }}>
        <div className="field">
          <label htmlFor={`${id}-workload`}>Workload</label>
          <select id={`${id}-workload`} value={workload} disabled={running} onChange={(e) => changeWorkload(e.target.value as 'tiny' | 'uneven')}>
            <option value="tiny">{WORKLOADS.tiny}</option>
            <option value="uneven">{WORKLOADS.uneven}</option>
          </select>
          <small className="field-help">{workload === 'tiny' ? 'Each item is nearly free: the cost is the messages.' : 'Later items are heavier: the cost is imbalance.'}</small>
        </div>
        <LabField id={id} name="items" label="Items" value={raw.items} onChange={set('items')} error={err(items)} disabled={running} help="Items in the map." />
        <LabField id={id} name="workers" label="Workers" value={raw.workers} onChange={set('workers')} error={err(workers)} disabled={running} help={`This browser reports ${cores} cores.`} />
        <LabField id={id} name="chunks" label="Chunk sizes" inputMode="text" value={raw.chunks} onChange={set('chunks')} error={err(chunks)} disabled={running} help={'Comma-separated; "auto" is Python\'s default.'} />
        <LabField id={id} name="repeats" label="Repeats" value={raw.repeats} onChange={set('repeats')} error={err(repeats)} disabled={running} help="Timed runs per chunk size, after a warm-up." />
        <div className="lab-actions">
          <button type="submit" className="primary" disabled={!valid || running}>Run</button>
          <button type="button" onClick={sweep.cancel} disabled={!running}>Cancel</button>
        </div>
      </form>
      <SweepResults sweep={sweep} variants={variants} cores={cores} speedup={false} what="chunk size" />
    </section>
  );
}

/**
 * Oversubscription measured: the same CPU-bound map (equal Monte Carlo pi tasks) on 1, the cores,
 * twice and four times the cores. Past the cores, wall time stops falling and every task takes
 * longer, because the workers take turns. Main thread (React); the work runs on workers.
 */
export function OversubscriptionLab({ title = 'Oversubscription: more workers than cores' }: { title?: string }) {
  const id = useId();
  const cores = useMemo(() => reportedCores(), []);
  const [raw, setRaw] = useState({ tasks: '16', darts: '2000000', workers: oversubscriptionCounts(cores).join(', '), repeats: '3' });
  const sweep = useVariantSweep();
  const running = sweep.status === 'running';
  const tasks = parseWhole(raw.tasks, 'Tasks', 1, 256);
  const darts = parseWhole(raw.darts, 'Darts per task', 1000, 50_000_000);
  const counts = parseList(raw.workers, 'pool size', MAX_WORKERS, false);
  const repeats = parseWhole(raw.repeats, 'Repeats', 1, 10);
  const set = (f: keyof typeof raw) => (v: string) => setRaw((r) => ({ ...r, [f]: v }));
  const variants = useMemo<Variant[]>(() => {
    const n = ok(tasks);
    const d = ok(darts);
    const list = 'values' in counts ? (counts.values as number[]) : null;
    if (!n || !d || !list) return [];
    const { task, argsList } = workloadArgs('equal', n, d);
    return list.map((p) => ({ label: `${p} worker${p === 1 ? '' : 's'}${p > cores ? ' (over)' : ''}`, task, argsList, workers: p, chunksize: 1 }));
  }, [tasks, darts, counts, cores]);
  const valid = variants.length > 0 && ok(repeats) !== undefined;

  return (
    <section className="lab pool-lab oversubscription-lab" aria-label={title}>
      <h3 className="lab-title">{title}</h3>
      <form className="lab-form" onSubmit={(e) => { e.preventDefault(); if (valid) void sweep.run(variants, ok(repeats)!); }}>
        <LabField id={id} name="tasks" label="Tasks" value={raw.tasks} onChange={set('tasks')} error={err(tasks)} disabled={running} help="Equal Monte Carlo pi tasks." />
        <LabField id={id} name="darts" label="Darts per task" value={raw.darts} onChange={set('darts')} error={err(darts)} disabled={running} help="CPU work per task." />
        <LabField id={id} name="workers" label="Pool sizes" inputMode="text" value={raw.workers} onChange={set('workers')} error={err(counts)} disabled={running} help={`This browser reports ${cores} cores.`} />
        <LabField id={id} name="repeats" label="Repeats" value={raw.repeats} onChange={set('repeats')} error={err(repeats)} disabled={running} help="Timed runs per pool size, after a warm-up." />
        <div className="lab-actions">
          <button type="submit" className="primary" disabled={!valid || running}>Run</button>
          <button type="button" onClick={sweep.cancel} disabled={!running}>Cancel</button>
        </div>
      </form>
      <SweepResults sweep={sweep} variants={variants} cores={cores} speedup what="pool size" />
      <p className="note">Lanes shaded orange are workers beyond the {cores} cores the browser reports.</p>
    </section>
  );
}
