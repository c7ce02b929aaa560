/**
 * The cluster lab, "this browser as a one-node cluster": the reader edits a batch script, its
 * #SBATCH lines are checked as sbatch checks them (each message at its line), and Submit queues
 * the job on a modelled one-node cluster; the job then runs its program on real workers, capped
 * at its allocation, with its SLURM_* values; the queue shows pending, running and ended jobs
 * (an array as its tasks), the usage chart each allocated core's measured busy share (4 workers
 * in 5 cores: at most 80 %), and each job has its output file. A panel says what is real and what
 * is modelled. Main thread (React); the jobs' programs run on the page's kernel workers.
 */
import { lazy, Suspense, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { LabComponentProps } from '../kit/definition.ts';
import { ExportButtons } from '../kit/ExportButtons.tsx';
import type { LabResults } from '../kit/export.ts';
import { plural } from '../kit/format.ts';
import { LabStatus } from '../kit/LabActions.tsx';
import { LabField, SelectField } from '../kit/LabField.tsx';
import { resolve } from '../kit/settings.ts';
import { ShareLink } from '../kit/ShareLink.tsx';
import { useAutorun, useLabSettings } from '../kit/useLabSettings.ts';
import type { RunStatus } from '../../hooks/useRun.ts';
import { ClusterSession, type SessionJob } from './cluster-session.ts';
import { checkScript, clusterSettings, initialFields, NODE_NAME, type ClusterField, type ClusterParams } from './cluster-settings.ts';
import { CoreUsageChart } from './CoreUsageChart.tsx';
import { exampleById } from './examples.ts';
import { JobOutput } from './JobOutput.tsx';
import { QueueTable } from './QueueTable.tsx';
import { RealAndModelled } from './RealAndModelled.tsx';
import './cluster.css';

const ScriptEditor = lazy(() => import('./ScriptEditor.tsx'));

/** Id of this lab in the lab registry and its links (`#/lab/cluster`). */
export const CLUSTER_LAB_ID = 'cluster';
const TITLE = 'This browser as a one-node cluster';

/** The session's jobs for export: one timed run per ended job, the queue as the summary. */
function labResults(jobs: readonly SessionJob[], query: string, raw: Record<string, string>): LabResults {
  const ended = jobs.filter((j) => j.startTime !== undefined && j.endTime !== undefined);
  return {
    lab: { id: CLUSTER_LAB_ID, title: TITLE },
    settings: raw,
    query,
    runs: ended.map((j, i) => ({ series: `job ${j.id}`, workers: j.allocated, repeat: i, ms: j.endTime! - j.startTime!, state: j.state, cpu_efficiency: j.usage?.overall ?? null })),
    summary: jobs.map((j) => ({ job: j.id, name: j.name, state: j.state, cpus: j.allocated, exit_code: j.exitCode ?? null, cpu_efficiency: j.usage?.overall ?? null, ceiling: j.usage?.ceiling ?? null })),
  };
}

/** Ticks every `ms` while `on`, for elapsed times of running jobs. */
function useNow(on: boolean, ms = 500): number {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (!on) return undefined;
    const timer = setInterval(() => setNow(performance.now()), ms);
    return () => clearInterval(timer);
  }, [on, ms]);
  return now;
}

/**
 * The cluster lab. Main thread (React).
 */
export function ClusterLab({ title = TITLE, ...props }: LabComponentProps<ClusterField>) {
  const form = useLabSettings(clusterSettings, { ...props, initial: initialFields(props.initial) });
  const id = useId();
  const [jobs, setJobs] = useState<SessionJob[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [said, setSaid] = useState<string>('');
  const session = useRef<ClusterSession | null>(null);
  const nodeCores = form.params?.node.cores ?? (Number(form.raw.node) || 8);

  // A new node is a new cluster: the old one's jobs are cancelled.
  useEffect(() => {
    const s = new ClusterSession({ name: NODE_NAME, cores: Math.min(Math.max(1, Math.trunc(nodeCores)), 64), partition: NODE_NAME }, () => setJobs(s.jobs()));
    session.current = s;
    return () => s.dispose();
  }, [nodeCores]);

  const checked = useMemo(() => checkScript(form.raw.script, { name: NODE_NAME, cores: nodeCores, partition: NODE_NAME }), [form.raw.script, nodeCores]);

  const submit = (params: ClusterParams | null = form.params) => {
    if (!params || !session.current) return;
    try {
      setSaid(session.current.submit(params));
    } catch (e) {
      setSaid(`sbatch: error: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  useAutorun(props.autorun, form.params, (params) => submit(params));

  const busy = jobs.some((j) => j.state === 'PENDING' || j.state === 'RUNNING');
  const now = useNow(busy);
  const status: RunStatus = jobs.length === 0 ? 'idle' : busy ? 'running' : 'done';
  // Show the chosen job, else the latest job that started, else the latest submitted.
  const shown = jobs.find((j) => j.id === selected) ?? [...jobs].reverse().find((j) => j.startTime !== undefined) ?? jobs.at(-1);
  const counts = (['PENDING', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED'] as const).map((s) => [s, jobs.filter((j) => j.state === s).length] as const).filter(([, n]) => n > 0);
  const countText = counts.map(([s, n]) => `${n} ${s.toLowerCase()}`).join(', ');

  const fieldOf = (name: ClusterField) => form.settings.fields.find((f) => f.name === name)!;
  const nodeField = fieldOf('node');
  const exampleField = fieldOf('example');
  const messagesId = `${id}-messages`;
  const scriptError = form.errors.script;

  return (
    <section className="lab" aria-label="Cluster lab" data-testid="cluster-lab">
      <h3 className="lab-title">{title}</h3>
      <p className="note">
        Write or edit a batch script and submit it. The browser checks its #SBATCH lines as sbatch does, queues the job on a one-node cluster, and runs it on real workers with the cores it was allocated.
      </p>
      <RealAndModelled />
      <form
        className="cluster-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <div className="cluster-fields">
          <LabField id={id} name="node" label={resolve(nodeField.label, form.raw, form.env)} value={form.raw.node} error={form.errors.node} help={resolve(nodeField.help, form.raw, form.env)} onChange={(v) => form.update('node', v)} testId="field-node" />
          <SelectField
            id={id}
            name="example"
            label={resolve(exampleField.label, form.raw, form.env)}
            value={form.raw.example}
            options={resolve(exampleField.options ?? [], form.raw, form.env)}
            error={form.errors.example}
            help={resolve(exampleField.help, form.raw, form.env)}
            onChange={(v) => form.updateMany({ example: v, script: exampleById(v).script })}
          />
        </div>
        <span className="cluster-script-label" id={`${id}-script-label`}>
          Batch script
        </span>
        <Suspense fallback={<pre className="exercise-editor-placeholder">{form.raw.script}</pre>}>
          <ScriptEditor value={form.raw.script} onChange={(v) => form.update('script', v)} label="Batch script" describedBy={messagesId} messages={checked.messages} />
        </Suspense>
        <small id={`${id}-script-msg`} className={scriptError ? 'field-error' : 'field-help'} data-testid="error-script" role={scriptError ? 'alert' : undefined}>
          {scriptError ?? (checked.allocation ? `sbatch would accept it: ${plural(checked.allocation.ntasks, 'task')} × ${plural(checked.allocation.cpusPerTask, 'core')} = ${plural(checked.allocation.cores, 'core')} on node ${NODE_NAME}.` : 'Checking…')}
        </small>
        <ul className="cluster-messages" id={messagesId} aria-label="Messages about the script" data-testid="script-messages">
          {checked.messages.map((m, i) => (
            <li key={i} className={`sev-${m.severity}`} data-line={m.line} data-severity={m.severity}>
              Line {m.line} ({m.severity}): {m.text}
            </li>
          ))}
        </ul>
        <div className="lab-actions">
          <button type="submit" className="primary" disabled={!form.params}>
            Submit (sbatch)
          </button>
          <button type="button" disabled={!busy} onClick={() => jobs.filter((j) => j.state === 'PENDING' || j.state === 'RUNNING').forEach((j) => session.current?.cancel(j.id))}>
            scancel all
          </button>
          <ExportButtons results={status === 'done' ? labResults(jobs, form.linkQuery ?? '', form.raw) : null} filename="cluster-jobs" />
          <ShareLink lab={CLUSTER_LAB_ID} query={form.linkQuery} />
        </div>
      </form>
      <LabStatus invalid={!form.params}
        status={status}
        text={{
          idle: 'No jobs yet. Press Submit (sbatch) to queue the script.',
          running: `${said ? `${said}. ` : ''}Queue: ${countText}.`,
          done: `${said ? `${said}. ` : ''}All jobs ended: ${countText}.`,
        }}
      />
      <QueueTable jobs={jobs} selected={shown?.id ?? null} onSelect={setSelected} onCancel={(jobId) => session.current?.cancel(jobId)} now={now} />
      {shown?.usage ? <CoreUsageChart jobId={shown.id} usage={shown.usage} /> : null}
      {shown ? <JobOutput job={shown} /> : null}
    </section>
  );
}
