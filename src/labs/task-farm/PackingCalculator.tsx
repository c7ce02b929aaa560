import { useMemo } from 'react';
import type { LabComponentProps } from '../kit/definition.ts';
import { ExportButtons } from '../kit/ExportButtons.tsx';
import type { LabResults } from '../kit/export.ts';
import { formatCompact, formatCount, formatPercent, formatRatio, plural } from '../kit/format.ts';
import { LabStatus } from '../kit/LabActions.tsx';
import { LabForm } from '../kit/LabForm.tsx';
import { queryFromSettings } from '../kit/settings.ts';
import { ShareLink } from '../kit/ShareLink.tsx';
import { useLabSettings } from '../kit/useLabSettings.ts';
import { computePacking, type PackingReport, type StrategyCost } from './packing.ts';
import { PACKING_PRESETS, packingSettings, type PackingField, type RawPacking } from './packing-settings.ts';
import '../../styles/timeline.css';

/** Id of this lab in the lab registry and its links (`#/lab/job-packing`). */
export const PACKING_LAB_ID = 'job-packing';

/** Node-hours for the table: grouped whole numbers from 100 up, two decimals below. */
const nodeHours = (x: number) => (x >= 100 ? formatCount(x) : formatRatio(x));

/** A job length for the table: seconds, minutes or hours, whichever reads best. */
function jobLength(seconds: number): string {
  if (seconds < 120) return `${formatCompact(seconds)} s`;
  if (seconds < 7200) return `${formatCompact(seconds / 60)} min`;
  return `${formatCompact(seconds / 3600)} h`;
}

/**
 * The export of a calculation: one "run" per strategy whose `ms` is the wall time of one full job
 * (nothing is timed: the figures are arithmetic), and the table as shown.
 */
function packingResults(title: string, raw: RawPacking, report: PackingReport): LabResults {
  const query = queryFromSettings(packingSettings, raw);
  const rows = report.strategies.map((s) => ({
    strategy: s.label,
    jobs: s.jobs,
    tasks_per_job: s.tasksPerJob,
    concurrent: s.concurrent,
    waves: s.waves,
    job_seconds: s.jobSeconds,
    compute_node_hours: s.computeNodeHours,
    overhead_node_hours: s.overheadNodeHours,
    total_node_hours: s.totalNodeHours,
    core_utilisation: s.coreUtilisation,
    overhead_share: s.overheadShare,
  }));
  return {
    lab: { id: PACKING_LAB_ID, title },
    settings: Object.fromEntries(new URLSearchParams(query)),
    query,
    runs: report.strategies.map((s, i) => ({ series: s.id, repeat: 0, ms: s.jobSeconds * 1000, ...rows[i]! })),
    summary: rows,
  };
}

/**
 * The job-packing calculator: tasks, time per task, cores and memory per node, memory per task and
 * scheduler overhead per job in; jobs, node-hours, overhead and core utilisation out for one task
 * per job, packed nodes and a task farm per job. Presets load the ADACS course's three examples.
 * Recomputed on every valid change (no Run button). Pure arithmetic on the main thread (instant).
 */
export function PackingCalculator({ title = 'Job-packing calculator', ...props }: LabComponentProps<PackingField>) {
  const form = useLabSettings(packingSettings, props);
  const report = useMemo(() => (form.params ? computePacking(form.params) : null), [form.params]);
  const best = report ? report.strategies.reduce((a, b) => (b.totalNodeHours < a.totalNodeHours ? b : a)) : null;
  const results = report ? packingResults(title, form.raw, report) : null;
  const row = (s: StrategyCost) => (
    <tr key={s.id} data-testid={`strategy-${s.id}`} className={s === best ? 'mine' : undefined}>
      <td className="wrap">{s.label}</td>
      <td data-testid="jobs">{formatCount(s.jobs)}</td>
      <td>{jobLength(s.jobSeconds)}</td>
      <td data-testid="compute-node-hours">{nodeHours(s.computeNodeHours)}</td>
      <td className={s.overheadShare > 0.25 ? 'overhead-high' : undefined}>{nodeHours(s.overheadNodeHours)} ({formatPercent(s.overheadShare)})</td>
      <td data-testid="total-node-hours">{nodeHours(s.totalNodeHours)}</td>
      <td>{formatPercent(s.coreUtilisation)}</td>
    </tr>
  );

  return (
    <section className="lab packing-lab" aria-label={title}>
      <h3 className="lab-title">{title}</h3>
      <div className="packing-presets" role="group" aria-label="Course examples">
        {PACKING_PRESETS.map((p) => (
          <button key={p.id} type="button" onClick={() => form.updateMany(p.raw)} aria-pressed={samePreset(form.raw, p.raw)}>
            {p.label}
          </button>
        ))}
      </div>
      <LabForm form={form} onSubmit={() => undefined}>
        <div className="lab-actions">
          <ExportButtons results={results} filename={PACKING_LAB_ID} />
          <ShareLink lab={PACKING_LAB_ID} query={form.linkQuery} />
        </div>
      </LabForm>
      <LabStatus
        status={report ? 'done' : 'idle'}
        text={{
          idle: <span className="field-error">Fix the fields marked above to see the costs.</span>,
          running: '',
          done: report ? `Costs of ${plural(form.params?.tasks ?? 0, 'task')}: ${plural(report.strategies.length, 'strategy', 'strategies')} compared.` : '',
        }}
      />
      {report ? (
        <div aria-live="polite">
          <p data-testid="packing-slots">
            Each node takes <strong>{report.slotsPerNode}</strong> task{report.slotsPerNode === 1 ? '' : 's'} at once, limited by {report.limitedBy === 'memory' ? 'memory' : 'cores'}. The work itself is {nodeHours(report.workCoreHours)} core-hours.
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
      ) : null}
    </section>
  );
}

/** Whether the form holds exactly a preset's values (its button is then shown pressed). */
function samePreset(a: RawPacking, b: RawPacking): boolean {
  return (Object.keys(b) as PackingField[]).every((k) => a[k].trim() === b[k]);
}
