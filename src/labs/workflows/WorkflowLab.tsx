/**
 * The workflow lab: the ENCCS word-count workflow (count, plot, Zipf test, summary, archive) run
 * by this project's Snakemake-style runtime (src/workflow) on real workers of the pool, with its
 * outputs kept in the browser (OPFS, else IndexedDB). Live: the DAG coloured as jobs wait, run
 * and finish, the timeline per worker; measured wall times at several -j beside the bound set by
 * the critical path; edits that make a rerun interesting; and the download for real Snakemake.
 * Main thread (React).
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useRun } from '../../hooks/useRun.ts';
import type { Dag } from '../../workflow/dag.ts';
import type { DagLayout } from '../../workflow/dag-layout.ts';
import type { JobRecord, JobState } from '../../workflow/scheduler.ts';
import { bookNames, wordCountWorkflow } from '../../workflow/word-count-workflow.ts';
import type { LabComponentProps } from '../kit/definition.ts';
import { downloadBlob, type LabResults } from '../kit/export.ts';
import { ExportButtons } from '../kit/ExportButtons.tsx';
import { formatDuration, plural } from '../kit/format.ts';
import { LabActions, LabStatus } from '../kit/LabActions.tsx';
import { LabForm } from '../kit/LabForm.tsx';
import { queryFromSettings, type RawSettings } from '../kit/settings.ts';
import { Timeline } from '../kit/Timeline.tsx';
import type { TimelineBar } from '../kit/timeline-model.ts';
import { useAutorun, useLabSettings } from '../kit/useLabSettings.ts';
import { DagView } from './DagView.tsx';
import { initialStates, workSpan, type ShownState, type WorkSpan } from './job-states.ts';
import { RulesBeside } from './RulesBeside.tsx';
import { WallTimes, WorkSpanFigures, type WallRun } from './WallTimes.tsx';
import { breakBook, changeBook, deleteOutputs, exportZip, previewWorkflow, readText, repairBook, runWorkflow, storeLabel, type PreparedView, type RunOutcome, type RunRequest } from './workflow-session.ts';
import { workflowSettings, type WorkflowField, type WorkflowParams } from './workflow-settings.ts';
import './workflows.css';

/** Id of this lab in the lab registry and its links (`#/lab/workflow`). */
export const WORKFLOW_LAB_ID = 'workflow';
const TITLE = 'Workflow lab: word count with -j';

/** What the reader asked for. */
type Action = { kind: 'run' } | { kind: 'compare' } | { kind: 'change' | 'break' | 'repair'; book: string } | { kind: 'clean' };

/** The end of an action. */
interface LabOutcome {
  action: Action;
  params: WorkflowParams;
  raw: RawSettings<WorkflowField>;
  /** The last run (for compare: the last -j). */
  run: RunOutcome;
  /** Measured wall times (compare only). */
  walls?: WallRun[];
  /** Work-span figures of the first run of a comparison, or of the run. */
  ws: WorkSpan | null;
  /** The summary table, when the run made it. */
  summaryCsv?: string;
  /** What an edit did, in words. */
  note?: string;
}

/** Every job record and wall time, and the summary rows, for export. */
function labResults(o: LabOutcome): LabResults {
  const query = queryFromSettings(workflowSettings, o.raw);
  const result = o.run.result;
  const j = o.run.request.j;
  const runs = [
    ...(o.walls ?? []).map((w, i) => ({ series: `whole workflow -j ${w.j}`, workers: w.j, repeat: i, ms: w.wall, jobs: w.jobs })),
    ...(result?.records ?? []).map((r, i) => ({ series: `job -j ${j}`, workers: j, repeat: i, ms: r.end - r.start, job: r.job, lane: r.lane, ok: r.ok })),
  ];
  if (result && !o.walls) runs.unshift({ series: `run -j ${j}`, workers: j, repeat: 0, ms: result.endedAt - result.startedAt, jobs: result.records.length });
  const summary = (o.walls ?? []).map((w) => ({ j: w.j, wall_ms: w.wall, jobs: w.jobs, bound_ms: o.ws ? Math.max(o.ws.span, o.ws.work / w.j) : null }));
  if (o.ws) summary.push({ j: 0, wall_ms: 0, jobs: 0, bound_ms: null, ...{ work_ms: o.ws.work, span_ms: o.ws.span, width: o.ws.width } });
  return { lab: { id: WORKFLOW_LAB_ID, title: TITLE }, settings: Object.fromEntries(new URLSearchParams(query)), query, runs, summary };
}

/** Actions ended on this page, over every mount of the lab. */
let endedActions = 0;

/** Live view of the run in progress: the DAG, each job's state, the timeline bars. */
interface Live {
  dag: Dag;
  layout: DagLayout;
  states: Map<string, ShownState>;
  records: Map<string, JobRecord & { running: boolean }>;
  t0: number;
  lanes: number;
}

/**
 * The workflow lab. Main thread (React); every job runs on a worker of the `workflow` pool.
 */
export function WorkflowLab({ title = TITLE, ...props }: LabComponentProps<WorkflowField>) {
  const form = useLabSettings(workflowSettings, props);
  const [live, setLive] = useState<Live | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const liveRef = useRef<Live | null>(null);

  const commit = (next: Live | null) => {
    liveRef.current = next;
    setLive(next);
  };

  // Counts the actions that ended on this page (`data-actions` on the section, for tests); kept
  // outside the component so that a remount by the lab page does not reset it.
  const [ended, setEnded] = useState(endedActions);
  const job = useCallback(async (signal: AbortSignal, action: Action, params: WorkflowParams, raw: RawSettings<WorkflowField>): Promise<LabOutcome> => {
    try {
      return await act(signal, action, params, raw);
    } finally {
      setEnded(++endedActions);
    }
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  const act = async (signal: AbortSignal, action: Action, params: WorkflowParams, raw: RawSettings<WorkflowField>): Promise<LabOutcome> => {
    const base: RunRequest = { books: params.books, words: params.words, acf: params.acf, targets: params.targets, j: params.j, dryRun: params.dryRun };
    const onPrepared = (p: PreparedView, lanes: number) => commit({ dag: p.dag, layout: p.layout, states: initialStates(p.dag, p.plan), records: new Map(), t0: performance.now(), lanes });
    // State changes are collected and drawn once per frame: a burst of short jobs is one render.
    const pending: [string, JobState, JobRecord | undefined][] = [];
    let frame = 0;
    const flush = () => {
      frame = 0;
      const cur = liveRef.current;
      if (!cur || pending.length === 0) return;
      const states = new Map(cur.states);
      const records = new Map(cur.records);
      for (const [id, state, record] of pending.splice(0)) {
        states.set(id, state);
        if (record) records.set(id, { ...record, running: state === 'running' });
      }
      commit({ ...cur, states, records });
    };
    const onState = (id: string, state: JobState, record?: JobRecord) => {
      pending.push([id, state, record]);
      frame ||= requestAnimationFrame(flush);
    };
    const once = async (request: RunRequest) => {
      try {
        return await runWorkflow(request, signal, (p) => onPrepared(p, request.dryRun ? 0 : request.j), onState);
      } finally {
        cancelAnimationFrame(frame);
        flush();
      }
    };
    if (action.kind === 'compare') {
      // One discarded warm-up run on as many workers as the largest -j starts them and warms
      // their JIT, as the project's measurement loop discards its first run.
      await deleteOutputs();
      const warm = await once({ ...base, targets: ['all'], j: Math.max(...params.compare), dryRun: false });
      if (warm.result?.failure) throw new Error(warm.result.failure.error);
      const walls: WallRun[] = [];
      let first: RunOutcome | null = null;
      let last: RunOutcome | null = null;
      for (const j of params.compare) {
        await deleteOutputs();
        last = await once({ ...base, targets: ['all'], j, dryRun: false });
        first ??= last;
        const r = last.result!;
        if (r.failure) throw new Error(`At -j ${j}: ${r.failure.error}`);
        walls.push({ j, wall: r.endedAt - r.startedAt, jobs: r.records.length });
      }
      const out: LabOutcome = { action, params, raw, run: last!, walls, ws: workSpan(first!.prepared.dag, first!.result!.records) };
      const csv = await readText('results/summary.csv');
      if (csv !== undefined) out.summaryCsv = csv;
      return out;
    }
    let note: string | undefined;
    if (action.kind === 'change') {
      await changeBook(action.book);
      note = `Added a paragraph to data/${action.book}.txt: it is now newer than its outputs.`;
    } else if (action.kind === 'break') {
      await breakBook(action.book);
      note = `Replaced data/${action.book}.txt by text without words: its count job will fail.`;
    } else if (action.kind === 'repair') {
      await repairBook(action.book, params.words);
      note = `Wrote data/${action.book}.txt afresh.`;
    } else if (action.kind === 'clean') {
      const n = await deleteOutputs();
      note = `Deleted ${plural(n, 'output file')} (snakemake --delete-all-output); the books stay.`;
    }
    // After an edit, show the plan (a dry run) rather than running it.
    const run = await once(action.kind === 'run' ? base : { ...base, dryRun: true });
    const out: LabOutcome = { action, params, raw, run, ws: run.result ? workSpan(run.prepared.dag, run.result.records) : null };
    if (note) out.note = note;
    if (run.result && !run.result.failure) {
      const csv = await readText('results/summary.csv');
      if (csv !== undefined) out.summaryCsv = csv;
    }
    return out;
  };
  const { status, result, error, run, cancel } = useRun(job);
  const running = status === 'running';


  const start = (action: Action, params: WorkflowParams | null = form.params) => {
    if (!params) return;
    setExportError(null);
    void run(action, params, form.raw);
  };
  useAutorun(props.autorun, form.params, (params) => start({ kind: 'run' }, params));

  const p = form.params;
  const books = p ? bookNames(p.books) : [];
  const workflow = useMemo(() => (p ? wordCountWorkflow({ books: bookNames(p.books), acf: p.acf }) : null), [p?.books, p?.acf]); // eslint-disable-line react-hooks/exhaustive-deps

  // The DAG as the store stands, drawn when the lab opens and whenever the workflow's shape
  // (books, the acf rule, the targets) changes while nothing runs: toggling the acf rule shows the
  // DAG change before anything runs.
  const shape = p ? `${p.books}|${p.acf}|${p.targets.join(' ')}` : null;
  const runningRef = useRef(running);
  useEffect(() => {
    runningRef.current = running;
  }, [running]);
  useEffect(() => {
    if (!p || runningRef.current) return undefined;
    let current = true;
    previewWorkflow(p)
      .then((prepared) => {
        if (current && !runningRef.current) commit({ dag: prepared.dag, layout: prepared.layout, states: initialStates(prepared.dag, prepared.plan), records: new Map(), t0: performance.now(), lanes: 0 });
      })
      .catch(() => undefined); // the settings' validation already reports a workflow error beside its field
    return () => {
      current = false;
    };
  }, [shape]); // eslint-disable-line react-hooks/exhaustive-deps


  const download = async () => {
    if (!p) return;
    setExportError(null);
    setExporting(true);
    try {
      const zip = await exportZip(p.books, p.acf, p.words);
      downloadBlob('word-count-snakemake.zip', new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
    } catch (e) {
      setExportError(e instanceof Error ? e.message : String(e));
    } finally {
      setExporting(false);
    }
  };

  const outcome = result;
  const r = outcome?.run.result;
  const doneText = (): string => {
    if (!outcome) return 'Done.';
    if (outcome.walls) return `Done: the whole workflow at -j ${outcome.walls.map((w) => `${w.j} took ${formatDuration(w.wall)}`).join(', -j ')}.`;
    if (outcome.run.dry !== undefined) return `${outcome.note ? `${outcome.note} ` : ''}Dry run: ${plural(outcome.run.prepared.plan.jobs.length, 'job')} would run.`;
    if (!r) return 'Done.';
    if (r.failure) return `Done, with a failure: ${r.failure.error} ${plural([...r.states.values()].filter((s) => s === 'skipped').length, 'job')} that depend on it did not run; the other outputs stay.`;
    if (r.records.length === 0) return 'Done: nothing to be done, every output is newer than its inputs.';
    return `Done: ${plural(r.records.length, 'job')} on ${plural(outcome.run.request.j, 'worker')} in ${formatDuration(r.endedAt - r.startedAt)}.`;
  };

  const editBook = books.at(-1) ?? 'book01';
  return (
    <section className="lab" aria-label="Workflow lab" data-testid="workflow-lab" data-actions={ended}>
      <h3 className="lab-title">{title}</h3>
      <p className="note">
        The word-count workflow of the ENCCS course on generated books: count the words of each book, plot the most frequent, test Zipf’s law, gather a summary, archive. Each job runs on a worker; the files stay in
        this browser, in {storeLabel()}, so a second Run only redoes what is out of date.
      </p>
      <LabForm form={form} disabled={running} onSubmit={(params) => start({ kind: 'run' }, params)}>
        <LabActions status={status} canRun={!!p} onCancel={cancel} runLabel={p?.dryRun ? 'Dry run (-n)' : 'Run'} link={{ lab: WORKFLOW_LAB_ID, query: form.linkQuery }}>
          <button type="button" disabled={!p || running} onClick={() => start({ kind: 'compare' })}>
            Measure -j {p ? p.compare.join(', ') : '…'}
          </button>
          <ExportButtons results={outcome && !outcome.run.dry ? labResults(outcome) : null} filename={`workflow-${p?.books ?? 0}-books`} />
        </LabActions>
      </LabForm>
      <div className="wf-tools" role="group" aria-label="Change the inputs">
        <button type="button" disabled={!p || running} onClick={() => start({ kind: 'change', book: 'book01' })}>
          Change book01
        </button>
        <button type="button" disabled={!p || running} onClick={() => start({ kind: 'break', book: editBook })}>
          Break {editBook}
        </button>
        <button type="button" disabled={!p || running} onClick={() => start({ kind: 'repair', book: editBook })}>
          Repair {editBook}
        </button>
        <button type="button" disabled={!p || running} onClick={() => start({ kind: 'clean' })}>
          Delete outputs
        </button>
        <button type="button" disabled={!p || running || exporting} onClick={() => void download()}>
          {exporting ? 'Preparing the download…' : 'Download for Snakemake'}
        </button>
        {exportError ? (
          <span className="field-error" role="alert">
            {exportError}
          </span>
        ) : null}
      </div>
      <LabStatus invalid={!p}
        status={status}
        error={error}
        text={{
          idle: 'Ready. Press Run (snakemake -j N), or Measure to compare -j values.',
          running: live ? `Running on ${plural(live.lanes, 'worker')}…` : 'Preparing the books…',
          done: doneText(),
          cancelled: 'Cancelled: the workers were stopped; finished outputs stay, Run goes on from there.',
          error: (m) => `The workflow could not run: ${m}`,
        }}
      />
      {live ? <MemoDagView dag={live.dag} layout={live.layout} states={live.states} critical={outcome?.ws?.path ?? NO_JOBS} /> : null}
      {live && live.lanes > 0 && live.records.size > 0 ? <LiveTimeline live={live} running={running} cores={form.env.cores} /> : null}
      {outcome?.run.dry !== undefined ? (
        <pre className="wf-dry" tabIndex={0} aria-label="Dry run output" data-testid="dry-run">
          {outcome.run.dry}
        </pre>
      ) : null}
      {outcome?.ws ? <WorkSpanFigures ws={outcome.ws} /> : null}
      {outcome?.walls ? <WallTimes runs={outcome.walls} ws={outcome.ws} /> : null}
      {outcome?.summaryCsv ? <SummaryTable csv={outcome.summaryCsv} /> : null}
      {workflow ? <RulesBeside workflow={workflow} books={books} /> : null}
    </section>
  );
}

/** No critical path yet (one array, so the memoised DAG view sees no change). */
const NO_JOBS: readonly string[] = [];

/** The DAG view, drawn again only when its props change (not on every tick of the timeline). */
const MemoDagView = memo(DagView);

/**
 * The timeline of the run, its running bars growing every 100 ms while the run lasts: the ticker
 * lives here so that only the timeline renders on each tick. Main thread (React).
 */
function LiveTimeline({ live, running, cores }: { live: Live; running: boolean; cores: number }) {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (!running) return undefined;
    const timer = setInterval(() => setNow(performance.now()), 100);
    return () => clearInterval(timer);
  }, [running]);
  const bars: TimelineBar[] = useMemo(() => {
    const end = running ? now : Math.max(0, ...[...live.records.values()].map((r) => r.end));
    return [...live.records.values()].map((r, i) => {
      const bar: TimelineBar = { worker: r.lane, task: i, start: r.start - live.t0, end: (r.running ? Math.max(end, r.start) : r.end) - live.t0, label: r.job };
      if (r.running) bar.running = true;
      return bar;
    });
  }, [live, now, running]);
  const wall = bars.length ? Math.max(...bars.map((b) => b.end)) : 0;
  return <Timeline bars={bars} workers={live.lanes} wall={wall} label="Jobs per worker" cores={cores} />;
}

/** results/summary.csv as a table, with the file's exact text for comparison. Main thread (React). */
function SummaryTable({ csv }: { csv: string }) {
  const [head, ...rows] = csv.trim().split('\n').map((l) => l.split(','));
  return (
    <div>
      <div className="table-wrap">
        <table className="results" data-testid="summary-table">
          <caption>results/summary.csv: Zipf’s law predicts ratio_2 ≈ 2 and ratio_10 ≈ 10</caption>
          <thead>
            <tr>{head?.map((h) => <th key={h} scope="col">{h}</th>)}</tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r[0]}>{r.map((c, i) => <td key={i}>{c}</td>)}</tr>
            ))}
          </tbody>
        </table>
      </div>
      <details>
        <summary>The file as text</summary>
        <pre className="wf-dry" tabIndex={0} aria-label="results/summary.csv" data-testid="summary-csv">{csv}</pre>
      </details>
    </div>
  );
}
