/**
 * The message-passing lab: an editable rank program, the program and ranks settings
 * (`mpirun -np p`), the reduction order for programs that reduce, Run and Cancel, live output per rank, the sequence diagram of every message
 * and collective, and the wait-for list when the runtime stops a deadlocked run. Every run is
 * real: p Web Workers exchanging messages through mailboxes in shared memory (MessageChannels
 * where the page is not cross-origin isolated, which the lab then notes). Main thread.
 */
import { useRef, useState } from 'react';
import { isProgramId, LESSON_PROGRAMS, type ProgramId } from './programs.ts';
import { useMpiRun } from './useMpiRun.ts';
import { RankLabFrame } from './RankLabFrame.tsx';
import { WaitForList } from './WaitForList.tsx';
import type { MpiSnapshot } from '../../mpi/run-core.ts';
import type { LabComponentProps } from '../kit/definition.ts';
import { ExportButtons } from '../kit/ExportButtons.tsx';
import { ClusterExportButton } from '../../cluster-export/ClusterExportButton.tsx';
import { hasMpiExport, mpiClusterJob } from '../../cluster-export/lab-jobs.ts';
import type { LabResults } from '../kit/export.ts';
import { queryFromSettings, type RawSettings } from '../kit/settings.ts';
import { useAutorun, useLabSettings } from '../kit/useLabSettings.ts';
import { mpiInitial, mpiSettings, programRanks, type MpiField, type MpiParams } from './settings.ts';
import '../../styles/mpi.css';

/** Id of this lab in the lab registry and its links (`#/lab/mpi`). */
export const MPI_LAB_ID = 'mpi';

/** What a run was started with: the settings' text, the program text and whether it was edited. */
interface RanWith {
  raw: RawSettings<MpiField>;
  params: MpiParams;
  edited: boolean;
}

/**
 * The finished run for export: one timed run (the wall time of the whole program on its ranks,
 * its outcome, messages and bytes) and one summary row per rank (its state and printed lines).
 */
export function mpiResults(ran: RanWith, snap: MpiSnapshot): LabResults {
  const query = queryFromSettings(mpiSettings, ran.raw);
  return {
    lab: { id: MPI_LAB_ID, title: 'Message-passing lab' },
    settings: Object.fromEntries(new URLSearchParams(query)),
    query,
    runs: [
      {
        series: ran.params.program,
        workers: snap.size,
        repeat: 0,
        ms: snap.elapsedMs,
        value: snap.status,
        messages: snap.trace.totalMessages,
        bytes: snap.trace.totalBytes,
        edited: ran.edited,
      },
    ],
    summary: snap.states.map((state, rank) => ({
      rank,
      state,
      output: snap.output.filter((line) => line.rank === rank).map((line) => line.text).join('\n'),
    })),
  };
}

/**
 * The message-passing lab. Lessons pass `initial={{ program, ranks }}` (the MDX map turns the
 * tag's `program="bcast" ranks={8}` into that); a program without ranks starts with its own count.
 */
export function MpiLab({ title, ...props }: LabComponentProps<MpiField>) {
  const form = useLabSettings(mpiSettings, { ...props, initial: mpiInitial(props.initial) });
  const programId: ProgramId = isProgramId(form.raw.program.trim()) ? (form.raw.program.trim() as ProgramId) : 'hello';
  const preset = LESSON_PROGRAMS[programId];
  const [source, setSource] = useState(preset.source);
  const mpiRun = useMpiRun();
  const { status, snapshot, run } = mpiRun;
  const [ranWith, setRanWith] = useState<RanWith | null>(null);
  const chart = useRef<HTMLDivElement>(null);
  const heading = title ?? preset.title;

  const start = (params: MpiParams): void => {
    setRanWith({ raw: form.raw, params, edited: source !== LESSON_PROGRAMS[params.program].source });
    void run(source, params.ranks, params.order);
  };
  useAutorun(props.autorun, form.params, start);

  // Choosing a program loads its code, and its own rank count when the ranks were still the old program's.
  const lab = {
    ...form,
    update: (field: MpiField, value: string): void => {
      if (field !== 'program') return form.update(field, value);
      const keepRanks = form.raw.ranks.trim() !== programRanks(form.raw.program);
      form.updateMany({ program: value, ...(keepRanks ? {} : { ranks: programRanks(value) ?? form.raw.ranks }) });
      if (isProgramId(value)) setSource(LESSON_PROGRAMS[value].source);
    },
  };
  const results = status === 'done' && snapshot && ranWith ? mpiResults(ranWith, snapshot) : null;

  return (
    <RankLabFrame
      heading={heading}
      program={form.raw.program}
      source={source}
      onSourceChange={setSource}
      resetSource={preset.source}
      form={lab}
      onSubmit={start}
      labId={MPI_LAB_ID}
      run={mpiRun}
      traceRef={chart}
      actions={
        <>
          <ExportButtons results={results} filename={`mpi-${programId}-np${snapshot?.size ?? form.raw.ranks}`} chart={chart} />
          {hasMpiExport(programId) ? <ClusterExportButton job={mpiClusterJob(form.raw, form.params, source)} /> : null}
        </>
      }
    >
      {snapshot?.transport === 'ports' && (
        <p className="note" data-testid="mpi-transport">
          This page is not cross-origin isolated, so messages between ranks travel as browser events: a rank receives
          them only when it yields, and a loop on <code>test()</code> or <code>iprobe()</code> needs an <code>await</code>.
        </p>
      )}
      {snapshot?.deadlock && <WaitForList report={snapshot.deadlock} />}
    </RankLabFrame>
  );
}
