/**
 * The message-passing lab: an editable rank program, a ranks selector (`mpirun -np p`), Run and
 * Stop, live output per rank, the sequence diagram of every message and collective, and the
 * wait-for list when the runtime stops a deadlocked run. Every run is real: p Web Workers
 * exchanging messages over MessageChannels. Main thread.
 */
import { useId, useState } from 'react';
import { LESSON_PROGRAMS, type ProgramId } from './programs.ts';
import { useMpiRun } from './useMpiRun.ts';
import CodeEditor from '../../components/CodeEditor.tsx';
import { TraceDiagram } from './TraceDiagram.tsx';
import { WaitForList } from './WaitForList.tsx';
import { RankOutput } from './RankOutput.tsx';
import type { MpiSnapshot } from '../../mpi/run-core.ts';
import '../../styles/mpi.css';

/** Rank counts offered by the selector. */
export const RANK_CHOICES = [1, 2, 3, 4, 5, 6, 7, 8] as const;

/** Props of {@link MpiLab}. */
export interface MpiLabProps {
  /** Which lesson program the lab starts with. */
  program: ProgramId;
  /** Ranks selected at first (default: the program's own). */
  ranks?: number;
  /** Heading (default: the program's title). */
  title?: string;
}

function formatBytes(b: number): string {
  if (b < 1024) return `${b} B`;
  if (b < 1024 * 1024) return `${(b / 1024).toFixed(1)} KB`;
  return `${(b / 1024 / 1024).toFixed(1)} MB`;
}

function statusText(status: string, snap: MpiSnapshot | undefined, ranks: number, error: Error | undefined): string {
  if (status === 'idle') return `Press Run to start ${ranks} rank${ranks === 1 ? '' : 's'}.`;
  if (status === 'cancelled') return 'Stopped: the workers were terminated.';
  if (status === 'error') return `The run could not go on: ${error?.message ?? 'unknown error'}`;
  if (!snap) return `Starting ${ranks} workers…`;
  const traffic = `${snap.trace.totalMessages} message${snap.trace.totalMessages === 1 ? '' : 's'}, ${formatBytes(snap.trace.totalBytes)}`;
  const ms = `${snap.elapsedMs.toFixed(0)} ms`;
  switch (snap.status) {
    case 'running':
      return `Running on ${snap.size} ranks… ${traffic} so far.`;
    case 'ok':
      return `All ${snap.size} ranks finished in ${ms}; ${traffic}.`;
    case 'deadlock':
      return `Deadlock detected after ${ms}: the run was stopped.`;
    case 'error':
      return `Rank ${snap.error?.rank} failed: ${snap.error?.message}${snap.error?.line ? ` (line ${snap.error.line})` : ''}. The other ranks were stopped.`;
  }
}

/** The message-passing lab. */
export function MpiLab({ program, ranks, title }: MpiLabProps) {
  const id = useId();
  const preset = LESSON_PROGRAMS[program];
  const [source, setSource] = useState(preset.source);
  const [size, setSize] = useState(ranks ?? preset.ranks);
  const { status, snapshot, error, run, cancel } = useMpiRun();
  const running = status === 'running';
  const heading = title ?? preset.title;
  const failed = snapshot?.error ? [snapshot.error.rank] : [];
  const kind = snapshot?.status === 'deadlock' ? 'deadlock' : snapshot?.status === 'error' || status === 'error' ? 'error' : status;

  return (
    <section className="lab mpi-lab" aria-label={`Message-passing lab: ${heading}`} data-program={program}>
      <h3 className="lab-title">{heading}</h3>
      <div className="mpi-editor-wrap">
        <CodeEditor value={source} onChange={setSource} label={`Program run by every rank: ${heading}`} errorLine={snapshot?.error?.line}
          errorTitle="A rank failed on this line" className="mpi-editor" minHeight="6rem" maxHeight="28rem" />
      </div>
      <form
        className="mpi-controls"
        onSubmit={(e) => {
          e.preventDefault();
          void run(source, size);
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-ranks`}>Ranks (mpirun -np)</label>
          <select id={`${id}-ranks`} value={size} onChange={(e) => setSize(Number(e.target.value))} disabled={running}>
            {RANK_CHOICES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <div className="lab-actions">
          <button type="submit" className="primary" disabled={running}>
            Run
          </button>
          <button type="button" onClick={cancel} disabled={!running}>
            Stop
          </button>
          <button type="button" onClick={() => setSource(preset.source)} disabled={running || source === preset.source}>
            Reset code
          </button>
        </div>
      </form>
      <p className={`lab-status mpi-status mpi-status-${kind}`} role="status" data-testid="mpi-status" data-status={status === 'done' ? (snapshot?.status ?? 'done') : status}>
        {statusText(status, snapshot, size, error)}
      </p>
      {snapshot?.deadlock && <WaitForList report={snapshot.deadlock} />}
      {snapshot && (
        <>
          <RankOutput
            size={snapshot.size}
            output={snapshot.output}
            states={running ? snapshot.states : snapshot.states.map((st) => (st === 'running' || st === 'starting' ? 'stopped' : st))}
            dropped={snapshot.droppedLines}
          />
          <TraceDiagram trace={snapshot.trace} endTime={snapshot.elapsedMs} waits={snapshot.deadlock?.waits} failed={failed} />
        </>
      )}
    </section>
  );
}
