/**
 * The frame of a lab that runs an editable rank program on worker ranks (the message-passing lab,
 * the halo exchange): the heading, the program's editor, the settings form with Run, Cancel, link,
 * "Reset code" and the lab's own buttons, the run's status line, then what the lab adds, then each
 * rank's output and the sequence diagram of the run. Main thread (React).
 */
import type { ReactNode, RefObject } from 'react';
import CodeEditor from '../../components/CodeEditor.tsx';
import type { MpiSnapshot } from '../../mpi/run-core.ts';
import type { RunStatus } from '../../hooks/useRun.ts';
import { LabActions, LabStatus } from '../kit/LabActions.tsx';
import { LabForm } from '../kit/LabForm.tsx';
import { plural } from '../kit/format.ts';
import type { LabSettingsState } from '../kit/useLabSettings.ts';
import { RankOutput } from './RankOutput.tsx';
import { rankRunStatus, type RankCountWords } from './rank-status.ts';
import { TraceDiagram } from './TraceDiagram.tsx';

/** The run a {@link RankLabFrame} shows: what useMpiRun returns, but `run` (the lab starts it in `onSubmit`). */
export interface RankLabRun {
  status: RunStatus;
  /** The live or final snapshot; undefined before the first one. */
  snapshot: MpiSnapshot | undefined;
  error: Error | undefined;
  cancel: () => void;
}

/** Props of {@link RankLabFrame}. */
export interface RankLabFrameProps<F extends string, P extends { ranks: number }> {
  /** The lab's heading, also in its accessible name ("Message-passing lab: …") and the editor's label. */
  heading: string;
  /** Classes of the section beside `lab mpi-lab` (e.g. `halo-lab`). */
  className?: string;
  /** The section's `data-testid`. */
  testId?: string;
  /** The section's `data-program` (the program setting's text). */
  program?: string;
  /** The program text in the editor, and its setter. */
  source: string;
  onSourceChange: (source: string) => void;
  /** What "Reset code" puts back; the button is disabled while the editor holds it. */
  resetSource: string;
  /** The lab's settings state (useLabSettings, or one with its own `update`); `ranks` counts in the idle text. */
  form: LabSettingsState<F, P>;
  /** Run (or Enter) with valid settings. */
  onSubmit: (params: P) => void;
  /** Id of the lab for "Link to this demo". */
  labId: string;
  run: RankLabRun;
  /** How the status line words its counts (default: the message-passing lab's). */
  words?: RankCountWords;
  /** The lab's own buttons after "Reset code" (export, cluster export). */
  actions?: ReactNode;
  /** Where the sequence diagram is drawn inside a `<div>` with this ref (the chart an export captures); without it, no wrapper. */
  traceRef?: RefObject<HTMLDivElement | null>;
  /** What the lab shows between the status line and the ranks' output (notes, the wait-for list, its chart). */
  children?: ReactNode;
}

/**
 * A rank lab's frame (see the file's comment). The status line sits in a `mpi-status` block whose
 * class names the outcome (`mpi-status-ok`, `-deadlock`, `-error`…) and whose `data-status` is the
 * run's status, or the snapshot's once done. After a run the ranks still "running" or "starting"
 * are shown as "stopped". Main thread (React); renders nothing heavy itself (the ranks run in
 * workers, started by the lab through useMpiRun), and throws nothing of its own.
 */
export function RankLabFrame<F extends string, P extends { ranks: number }>(props: RankLabFrameProps<F, P>) {
  const { heading, className, testId, program, source, onSourceChange, resetSource, form, onSubmit, labId, run, words, actions, traceRef, children } = props;
  const { status, snapshot, error, cancel } = run;
  const running = status === 'running';
  const kind = snapshot?.status === 'deadlock' ? 'deadlock' : snapshot?.status === 'error' || status === 'error' ? 'error' : status;
  const diagram = snapshot && (
    <TraceDiagram trace={snapshot.trace} endTime={snapshot.elapsedMs} waits={snapshot.deadlock?.waits} failed={snapshot.error ? [snapshot.error.rank] : []} />
  );
  return (
    <section className={className ? `lab mpi-lab ${className}` : 'lab mpi-lab'} aria-label={`Message-passing lab: ${heading}`} data-program={program} data-testid={testId}>
      <h3 className="lab-title">{heading}</h3>
      <div className="mpi-editor-wrap">
        <CodeEditor value={source} onChange={onSourceChange} label={`Program run by every rank: ${heading}`} errorLine={snapshot?.error?.line}
          errorTitle="A rank failed on this line" className="mpi-editor" minHeight="6rem" maxHeight="28rem" />
      </div>
      <LabForm form={form} disabled={running} onSubmit={onSubmit}>
        <LabActions status={status} canRun={!!form.params} onCancel={cancel} link={{ lab: labId, query: form.linkQuery }}>
          <button type="button" onClick={() => onSourceChange(resetSource)} disabled={running || source === resetSource}>
            Reset code
          </button>
          {actions}
        </LabActions>
      </LabForm>
      <div className={`mpi-status mpi-status-${kind}`} data-testid="mpi-status" data-status={status === 'done' ? (snapshot?.status ?? 'done') : status}>
        <LabStatus invalid={!form.params}
          status={status}
          error={error}
          text={{
            idle: `Press Run to start ${form.params ? plural(form.params.ranks, 'rank') : 'the ranks'}.`,
            running: rankRunStatus(snapshot, form.params?.ranks ?? 0, words),
            done: rankRunStatus(snapshot, form.params?.ranks ?? 0, words),
            cancelled: 'Stopped: the workers were terminated.',
            error: (message) => `The run could not go on: ${message}`,
          }}
        />
      </div>
      {children}
      {snapshot && (
        <>
          <RankOutput
            size={snapshot.size}
            output={snapshot.output}
            states={running ? snapshot.states : snapshot.states.map((st) => (st === 'running' || st === 'starting' ? 'stopped' : st))}
            dropped={snapshot.droppedLines}
          />
          {traceRef ? <div ref={traceRef}>{diagram}</div> : diagram}
        </>
      )}
    </section>
  );
}
