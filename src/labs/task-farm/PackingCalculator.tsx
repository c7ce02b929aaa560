import { useId, useMemo, useState } from 'react';
import { LabField } from '../form/LabField.tsx';
import { computePacking, type StrategyCost } from './packing.ts';
import { PACKING_PRESETS, validatePacking, type PackingField, type RawPacking } from './packing-params.ts';
import '../../styles/timeline.css';

const fmt = (x: number, digits = 1) => x.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
const pct = (x: number) => `${(100 * x).toFixed(x < 0.1 ? 1 : 0)} %`;

function hours(seconds: number): string {
  if (seconds < 120) return `${fmt(seconds, 0)} s`;
  if (seconds < 7200) return `${fmt(seconds / 60, 1)} min`;
  return `${fmt(seconds / 3600, 1)} h`;
}

/**
 * The job-packing calculator: tasks, time per task, cores and memory per node, memory per task and
 * scheduler overhead per job in; jobs, node-hours, overhead and core utilisation out for one task
 * per job, packed nodes and a task farm per job. Presets load the ADACS course's three examples.
 * Pure arithmetic on the main thread (instant).
 */
export function PackingCalculator({ title = 'Job-packing calculator' }: { title?: string }) {
  const id = useId();
  const [raw, setRaw] = useState<RawPacking>(PACKING_PRESETS[0]!.raw);
  const { input, errors } = useMemo(() => validatePacking(raw), [raw]);
  const report = useMemo(() => (input ? computePacking(input) : null), [input]);
  const set = (field: PackingField) => (value: string) => setRaw((r) => ({ ...r, [field]: value }));
  const best = report ? report.strategies.reduce((a, b) => (b.totalNodeHours < a.totalNodeHours ? b : a)) : null;
  const row = (s: StrategyCost) => (
    <tr key={s.id} data-testid={`strategy-${s.id}`} className={s === best ? 'mine' : undefined}>
      <td className="wrap">{s.label}</td>
      <td data-testid="jobs">{fmt(s.jobs, 0)}</td>
      <td>{hours(s.jobSeconds)}</td>
      <td data-testid="compute-node-hours">{fmt(s.computeNodeHours)}</td>
      <td className={s.overheadShare > 0.25 ? 'overhead-high' : undefined}>{fmt(s.overheadNodeHours)} ({pct(s.overheadShare)})</td>
      <td data-testid="total-node-hours">{fmt(s.totalNodeHours)}</td>
      <td>{pct(s.coreUtilisation)}</td>
    </tr>
  );

  return (
    <section className="lab packing-lab" aria-label={title}>
      <h3 className="lab-title">{title}</h3>
      <div className="packing-presets" role="group" aria-label="Course examples">
        {PACKING_PRESETS.map((p) => (
          <button key={p.id} type="button" onClick={() => setRaw(p.raw)} aria-pressed={JSON.stringify(raw) === JSON.stringify(p.raw)}>
            {p.label}
          </button>
        ))}
      </div>
      <form className="lab-form" onSubmit={(e) => e.preventDefault()}>
        <LabField id={id} name="tasks" label="Tasks" value={raw.tasks} onChange={set('tasks')} error={errors.tasks} help="Independent one-core tasks." />
        <div className={`field${errors.taskTime || errors.taskUnit ? ' field-invalid' : ''}`}>
          <label htmlFor={`${id}-taskTime`}>Time per task</label>
          <span className="packing-time">
            <input id={`${id}-taskTime`} name="taskTime" inputMode="decimal" value={raw.taskTime} onChange={(e) => set('taskTime')(e.target.value)}
              aria-invalid={errors.taskTime ? true : undefined} aria-describedby={`${id}-taskTime-msg`} />
            <select aria-label="Unit of the time per task" name="taskUnit" value={raw.taskUnit} onChange={(e) => set('taskUnit')(e.target.value)}>
              <option value="s">s</option>
              <option value="min">min</option>
              <option value="h">h</option>
            </select>
          </span>
          <small id={`${id}-taskTime-msg`} className={errors.taskTime || errors.taskUnit ? 'field-error' : 'field-help'} role={errors.taskTime ? 'alert' : undefined} data-testid="error-taskTime">
            {errors.taskTime ?? errors.taskUnit ?? 'On one core.'}
          </small>
        </div>
        <LabField id={id} name="cores" label="Cores per node" value={raw.cores} onChange={set('cores')} error={errors.cores} help="Gadi's nodes have 48." />
        <LabField id={id} name="nodeMemory" label="Memory per node (GB)" inputMode="decimal" value={raw.nodeMemory} onChange={set('nodeMemory')} error={errors.nodeMemory} help="RAM a job may use on a node." />
        <LabField id={id} name="taskMemory" label="Memory per task (GB)" inputMode="decimal" value={raw.taskMemory} onChange={set('taskMemory')} error={errors.taskMemory} help="Peak RAM of one task." />
        <LabField id={id} name="overhead" label="Scheduler overhead per job (s)" inputMode="decimal" value={raw.overhead} onChange={set('overhead')} error={errors.overhead} help="Scheduling, start-up and clean-up; ~30 s on PBSPro." />
        <LabField id={id} name="tasksPerJob" label="Tasks per job (task farm)" value={raw.tasksPerJob} onChange={set('tasksPerJob')} error={errors.tasksPerJob} help="Optional: many tasks per job, run in waves." />
        <LabField id={id} name="maxParallel" label="At most at a time (-P)" value={raw.maxParallel} onChange={set('maxParallel')} error={errors.maxParallel} help="Optional: xargs -P inside a farm job." />
      </form>
      {report ? (
        <div aria-live="polite">
          <p data-testid="packing-slots">
            Each node takes <strong>{report.slotsPerNode}</strong> task{report.slotsPerNode === 1 ? '' : 's'} at once, limited by {report.limitedBy === 'memory' ? 'memory' : 'cores'}. The work itself is {fmt(report.workCoreHours)} core-hours.
          </p>
          <div className="table-wrap">
            <table className="results" data-testid="packing-table">
              <thead>
                <tr>
                  <th className="wrap">Strategy</th>
                  <th>Jobs</th>
                  <th>Job length</th>
                  <th>Running (node-h)</th>
                  <th>Overhead (node-h)</th>
                  <th>Total (node-h)</th>
                  <th>Core use</th>
                </tr>
              </thead>
              <tbody>{report.strategies.map(row)}</tbody>
            </table>
          </div>
          <p className="note">Nodes are counted whole: a node running one task is a node used. Overhead is shown red when it is more than a quarter of the total.</p>
        </div>
      ) : (
        <p className="field-error" role="alert">Fix the fields marked above to see the costs.</p>
      )}
    </section>
  );
}
