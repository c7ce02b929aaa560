/**
 * The halo-exchange lab: the lesson's 1D heat program (src/mpi/patterns/halo-program.ts) in an
 * editor, run on p worker ranks by the message-passing runtime, with each rank's output, the
 * sequence diagram of its sendrecv calls, and the rod compared with the serial stencil (computed
 * here, on the page: 60 cells x 200 steps is well under a millisecond). Main thread (React).
 */
import { useMemo, useRef, useState } from 'react';
import CodeEditor from '../../components/CodeEditor.tsx';
import { HALO_PROGRAM } from '../../mpi/patterns/halo-program.ts';
import { HEAT_DEFAULTS, joinPieces, maxDifference, serialHeat } from '../../mpi/patterns/heat1d.ts';
import type { MpiSnapshot } from '../../mpi/run-core.ts';
import { RankOutput } from '../mpi/RankOutput.tsx';
import { TraceDiagram } from '../mpi/TraceDiagram.tsx';
import { WaitForList } from '../mpi/WaitForList.tsx';
import { useHaloRun } from './useHaloRun.ts';
import type { LabComponentProps } from '../kit/definition.ts';
import { ExportButtons } from '../kit/ExportButtons.tsx';
import { LabActions, LabStatus } from '../kit/LabActions.tsx';
import { haloResults } from './results.ts';
import { LabForm } from '../kit/LabForm.tsx';
import { useAutorun, useLabSettings } from '../kit/useLabSettings.ts';
import { formatBytes, formatDuration, plural } from '../kit/format.ts';
import { HeatProfileChart } from './HeatProfileChart.tsx';
import { haloSettings, type HaloField, type HaloParams } from './settings.ts';
import '../../styles/mpi.css';

/** Id of this lab in the lab registry (`#/lab/halo-exchange`). */
export const HALO_LAB_ID = 'halo-exchange';

/** The serial rod of the lesson's program, drawn before a run. */
const DEFAULT_ROD = serialHeat(HEAT_DEFAULTS.n, HEAT_DEFAULTS.steps);
const NO_BOUNDARIES: number[] = [];

/** The rod of a finished run beside the serial stencil, or why it cannot be compared. */
function compare(snap: MpiSnapshot): { parallel: Float64Array; serial: Float64Array; boundaries: number[]; difference: number } | Error {
  const rod = joinPieces(snap.returns);
  if (rod instanceof Error) return rod;
  let serial: Float64Array;
  try {
    serial = serialHeat(rod.n, rod.steps);
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
  const boundaries = (snap.returns as { first: number }[]).slice(1).map((p) => p.first);
  return { parallel: rod.u, serial, boundaries, difference: maxDifference(rod.u, serial) };
}

function statusText(snap: MpiSnapshot | undefined, ranks: number): string {
  if (!snap) return `Starting ${plural(ranks, 'rank')}…`;
  const traffic = `${plural(snap.trace.totalMessages, 'message')}, ${formatBytes(snap.trace.totalBytes)}`;
  switch (snap.status) {
    case 'running':
      return `Running on ${plural(snap.size, 'rank')}… ${traffic} so far.`;
    case 'ok':
      return `All ${plural(snap.size, 'rank')} finished in ${formatDuration(snap.elapsedMs)}; ${traffic}.`;
    case 'deadlock':
      return `Deadlock detected after ${formatDuration(snap.elapsedMs)}: the run was stopped.`;
    case 'error':
      return `Rank ${snap.error?.rank} failed: ${snap.error?.message}${snap.error?.line ? ` (line ${snap.error.line})` : ''}. The other ranks were stopped.`;
  }
}

/** The halo-exchange lab. */
export function HaloLab({ title = 'Halo exchange on a 1D rod', ...props }: LabComponentProps<HaloField>) {
  const form = useLabSettings(haloSettings, props);
  const [source, setSource] = useState(HALO_PROGRAM);
  const { status, snapshot, error, run, cancel } = useHaloRun();
  const chart = useRef<HTMLDivElement>(null);
  const running = status === 'running';
  const [ranWith, setRanWith] = useState<{ raw: typeof form.raw; edited: boolean } | null>(null);
  const start = (params: HaloParams): void => {
    setRanWith({ raw: form.raw, edited: source !== HALO_PROGRAM });
    void run(source, params.ranks);
  };
  useAutorun(props.autorun, form.params, start);
  const done = status === 'done' && snapshot?.status === 'ok';
  const comparison = useMemo(() => (done && snapshot ? compare(snapshot) : null), [done, snapshot]);
  const results = done && snapshot && ranWith
    ? haloResults(haloSettings, ranWith.raw, snapshot, comparison && !(comparison instanceof Error) ? comparison.difference : null, ranWith.edited)
    : null;
  const kind = snapshot?.status === 'deadlock' ? 'deadlock' : snapshot?.status === 'error' || status === 'error' ? 'error' : status;

  return (
    <section className="lab mpi-lab halo-lab" aria-label={`Message-passing lab: ${title}`} data-testid="halo-lab">
      <h3 className="lab-title">{title}</h3>
      <div className="mpi-editor-wrap">
        <CodeEditor value={source} onChange={setSource} label={`Program run by every rank: ${title}`} errorLine={snapshot?.error?.line}
          errorTitle="A rank failed on this line" className="mpi-editor" minHeight="6rem" maxHeight="28rem" />
      </div>
      <LabForm form={form} disabled={running} onSubmit={start}>
        <LabActions status={status} canRun={!!form.params} onCancel={cancel} link={{ lab: HALO_LAB_ID, query: form.linkQuery }}>
          <button type="button" onClick={() => setSource(HALO_PROGRAM)} disabled={running || source === HALO_PROGRAM}>
            Reset code
          </button>
          <ExportButtons results={results} filename={`halo-np${snapshot?.size ?? form.raw.ranks}`} chart={chart} />
        </LabActions>
      </LabForm>
      <div className={`mpi-status mpi-status-${kind}`} data-testid="mpi-status" data-status={status === 'done' ? (snapshot?.status ?? 'done') : status}>
        <LabStatus
          status={status}
          error={error}
          text={{
            idle: `Press Run to start ${form.params ? plural(form.params.ranks, 'rank') : 'the ranks'}.`,
            running: statusText(snapshot, form.params?.ranks ?? 0),
            done: statusText(snapshot, form.params?.ranks ?? 0),
            cancelled: 'Stopped: the workers were terminated.',
            error: (message) => `The run could not go on: ${message}`,
          }}
        />
      </div>
      {snapshot?.deadlock && <WaitForList report={snapshot.deadlock} />}
      {comparison instanceof Error && (
        <p className="note field-error" data-testid="halo-compare-error">
          The rod cannot be compared with the serial stencil: {comparison.message}.
        </p>
      )}
      <div ref={chart}>
      {comparison && !(comparison instanceof Error) ? (
        <HeatProfileChart parallel={comparison.parallel} serial={comparison.serial} boundaries={comparison.boundaries} difference={comparison.difference} />
      ) : (
        <HeatProfileChart serial={DEFAULT_ROD} boundaries={NO_BOUNDARIES} />
      )}
      </div>
      {snapshot && (
        <>
          <RankOutput
            size={snapshot.size}
            output={snapshot.output}
            states={running ? snapshot.states : snapshot.states.map((st) => (st === 'running' || st === 'starting' ? 'stopped' : st))}
            dropped={snapshot.droppedLines}
          />
          <TraceDiagram trace={snapshot.trace} endTime={snapshot.elapsedMs} waits={snapshot.deadlock?.waits} failed={snapshot.error ? [snapshot.error.rank] : []} />
        </>
      )}
    </section>
  );
}
