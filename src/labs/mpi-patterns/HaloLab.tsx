/**
 * The halo-exchange lab: the lesson's 1D heat program (src/mpi/patterns/halo-program.ts) in an
 * editor, run on p worker ranks by the message-passing runtime, with each rank's output, the
 * sequence diagram of its sendrecv calls, and the rod compared with the serial stencil (computed
 * here, on the page: 60 cells x 200 steps is well under a millisecond). Main thread (React).
 */
import { useMemo, useRef, useState } from 'react';
import { HALO_PROGRAM } from '../../mpi/patterns/halo-program.ts';
import { HEAT_DEFAULTS, joinPieces, maxDifference, serialHeat } from '../../mpi/patterns/heat1d.ts';
import type { MpiSnapshot } from '../../mpi/run-core.ts';
import { RankLabFrame } from '../mpi/RankLabFrame.tsx';
import { RANK_COUNT_WORDS } from '../mpi/rank-status.ts';
import { useMpiRun } from '../mpi/useMpiRun.ts';
import { WaitForList } from '../mpi/WaitForList.tsx';
import type { LabComponentProps } from '../kit/definition.ts';
import { ExportButtons } from '../kit/ExportButtons.tsx';
import { haloResults } from './results.ts';
import { useAutorun, useLabSettings } from '../kit/useLabSettings.ts';
import { HeatProfileChart } from './HeatProfileChart.tsx';
import { haloSettings, type HaloField, type HaloParams } from './settings.ts';
import '../../styles/mpi.css';

/** Id of this lab in the lab registry (`#/lab/halo-exchange`). */
export const HALO_LAB_ID = 'halo-exchange';

/** Live snapshots of a halo run, ms apart: its trace grows by hundreds of messages a second. */
export const HALO_UPDATE_MS = 500;

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

/**
 * The halo-exchange lab, in the rank-lab frame of the message-passing lab, with live snapshots
 * only every {@link HALO_UPDATE_MS} ms, so redrawing the growing sequence diagram stays a small
 * share of the page's time.
 */
export function HaloLab({ title = 'Halo exchange on a 1D rod', ...props }: LabComponentProps<HaloField>) {
  const form = useLabSettings(haloSettings, props);
  const [source, setSource] = useState(HALO_PROGRAM);
  const haloRun = useMpiRun({ updateMs: HALO_UPDATE_MS });
  const { status, snapshot, run } = haloRun;
  const chart = useRef<HTMLDivElement>(null);
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

  return (
    <RankLabFrame
      heading={title}
      className="halo-lab"
      testId="halo-lab"
      source={source}
      onSourceChange={setSource}
      resetSource={HALO_PROGRAM}
      form={form}
      onSubmit={start}
      labId={HALO_LAB_ID}
      run={haloRun}
      words={RANK_COUNT_WORDS}
      actions={<ExportButtons results={results} filename={`halo-np${snapshot?.size ?? form.raw.ranks}`} chart={chart} />}
    >
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
    </RankLabFrame>
  );
}
