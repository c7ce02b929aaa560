/**
 * The sky-simulation lab (ADACS `sky_sim_mpi.py`): p worker ranks each write their part of a star
 * catalogue to their own file in the origin-private file system (OPFS), meet at a barrier, and
 * rank 0 collates the parts into one CSV file and checks it (on its worker: the page never reads
 * the megabytes). After the run the page lists the folder's files with their sizes against the
 * sizes the decomposition predicts. Without OPFS the lab says so and runs nothing. Main thread.
 */
import { useState } from 'react';
import { useRun } from '../../hooks/useRun.ts';
import { runPattern } from '../../mpi/patterns/run-pattern.ts';
import { SKY_SIM_FOLDER } from '../../mpi/patterns/pattern-job.ts';
import { CATALOGUE_FILE, CSV_HEADER, partBytes, partName } from '../../mpi/patterns/sky-files.ts';
import type { SkySimResult } from '../../mpi/patterns/sky-sim-rank.ts';
import type { MpiSnapshot } from '../../mpi/run-core.ts';
import { hasOpfs } from '../../workflow/opfs-store.ts';
import { RankOutput } from '../mpi/RankOutput.tsx';
import { TraceDiagram } from '../mpi/TraceDiagram.tsx';
import type { LabComponentProps } from '../kit/definition.ts';
import { ExportButtons } from '../kit/ExportButtons.tsx';
import { LabActions, LabStatus } from '../kit/LabActions.tsx';
import { skyResults } from './results.ts';
import { LabForm } from '../kit/LabForm.tsx';
import { useAutorun, useLabSettings } from '../kit/useLabSettings.ts';
import type { RawSettings } from '../kit/settings.ts';
import { formatCount, formatDuration, formatMs, plural } from '../kit/format.ts';
import { clearFolder, listFolder, type FolderFile } from './opfs-folder.ts';
import { skySettings, type SkyField, type SkyParams } from './settings.ts';
import '../../styles/mpi.css';

/** Id of this lab in the lab registry (`#/lab/sky-sim-files`). */
export const SKY_SIM_LAB_ID = 'sky-sim-files';

/** What a finished run left. */
interface SkyRun {
  params: SkyParams;
  raw: RawSettings<SkyField>;
  snapshot: MpiSnapshot;
  files: FolderFile[];
}

/** Bytes the decomposition predicts for a file of the run (undefined for a file it did not make). */
function expectedBytes(name: string, { ranks, stars }: SkyParams): number | undefined {
  if (name === CATALOGUE_FILE) return stars * 36 + CSV_HEADER.length;
  for (let r = 0; r < ranks; r++) if (name === partName(r)) return partBytes(stars, ranks, r);
  return undefined;
}

/** The sky-simulation lab. */
export function SkySimLab({ title = 'Each rank writes a file, rank 0 collates', ...props }: LabComponentProps<SkyField>) {
  const form = useLabSettings(skySettings, props);
  const [live, setLive] = useState<MpiSnapshot>();
  const opfs = hasOpfs();
  const { status, result, error, run, cancel } = useRun(async (signal: AbortSignal, params: SkyParams, raw: RawSettings<SkyField>): Promise<SkyRun> => {
    setLive(undefined);
    await clearFolder(SKY_SIM_FOLDER);
    const snapshot = await runPattern({ job: { pattern: 'sky-sim', folder: SKY_SIM_FOLDER, stars: params.stars }, size: params.ranks, signal, onUpdate: setLive, updateMs: 200 });
    setLive(snapshot);
    return { params, raw, snapshot, files: await listFolder(SKY_SIM_FOLDER) };
  });
  const running = status === 'running';
  const start = (params: SkyParams): void => {
    if (opfs) void run(params, form.raw);
  };
  useAutorun(props.autorun && opfs, form.params, start);
  const snap = result?.snapshot ?? live;
  const root = result?.snapshot.status === 'ok' ? (result.snapshot.returns[0] as SkySimResult | undefined) : undefined;
  const check = root?.check;
  const results = status === 'done' && result ? skyResults(skySettings, result.raw, result.snapshot, result.files, check?.ok === true) : null;

  return (
    <section className="lab mpi-lab sky-lab" aria-label={`File-pattern lab: ${title}`} data-testid="sky-lab">
      <h3 className="lab-title">{title}</h3>
      {!opfs && (
        <p className="note field-error" role="alert" data-testid="sky-no-opfs">
          This browser offers no origin-private file system with writable files (navigator.storage.getDirectory and
          createWritable), so the ranks have nowhere to write their parts. Current Chromium, Edge and Firefox have it.
        </p>
      )}
      <LabForm form={form} disabled={running || !opfs} onSubmit={start}>
        <LabActions status={status} canRun={!!form.params && opfs} onCancel={cancel} link={{ lab: SKY_SIM_LAB_ID, query: form.linkQuery }}>
          <ExportButtons results={results} filename={`sky-sim-np${result?.params.ranks ?? form.raw.ranks}`} />
        </LabActions>
      </LabForm>
      <div className="mpi-status" data-testid="mpi-status" data-status={status === 'done' ? (snap?.status ?? 'done') : status}>
        <LabStatus invalid={!form.params}
          status={status}
          error={error}
          text={{
            idle: opfs ? `Press Run: ${form.params ? plural(form.params.ranks, 'rank') : 'the ranks'} write their parts to this site's private folder ${SKY_SIM_FOLDER}.` : 'Nothing to run without OPFS.',
            running: snap ? `Running on ${plural(snap.size, 'rank')}…` : 'Emptying the folder and starting the ranks…',
            done:
              snap?.status === 'ok'
                ? `All ${plural(snap.size, 'rank')} finished in ${formatDuration(snap.elapsedMs)}; ${plural(snap.trace.totalMessages, 'message')}, all of them inside the barrier.`
                : snap?.status === 'error'
                  ? `Rank ${snap.error?.rank} failed: ${snap.error?.message}`
                  : 'The run stopped.',
            cancelled: 'Stopped: the workers were terminated; the folder keeps what they had written.',
            error: (message) => `The run could not go on: ${message}`,
          }}
        />
      </div>
      {result && (
        <figure className="sky-files" data-testid="sky-files" data-check={check?.ok ? 'ok' : 'failed'} data-files={result.files.length}>
          <div className="table-wrap">
            <table className="results">
              <caption>Files in the origin-private folder {SKY_SIM_FOLDER} after the run</caption>
              <thead>
                <tr>
                  <th scope="col">file</th>
                  <th scope="col">written by</th>
                  <th scope="col">bytes</th>
                  <th scope="col">expected bytes</th>
                </tr>
              </thead>
              <tbody>
                {result.files.map((f) => {
                  const expected = expectedBytes(f.name, result.params);
                  const rank = f.name === CATALOGUE_FILE ? 'rank 0, after the barrier' : `rank ${Number(f.name.slice(-3))}`;
                  return (
                    <tr key={f.name} data-file={f.name}>
                      <td><code>{f.name}</code></td>
                      <td>{rank}</td>
                      <td>{formatCount(f.bytes)}</td>
                      <td className={expected === f.bytes ? '' : 'field-error'}>{expected === undefined ? '—' : formatCount(expected)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <figcaption className="note" data-testid="sky-check">
            {check?.ok
              ? `Collated ${plural(root?.collated?.length ?? 0, 'part')} in name order in ${formatMs(root?.collateMs ?? 0)} ms: ${formatCount(check.lines)} lines, ids 0 to ${formatCount(result.params.stars - 1)} in order, ${formatCount(check.bytes)} bytes, the sum of the parts.`
              : check
                ? `The collated catalogue is wrong: ${check.problem}.`
                : 'Rank 0 did not collate (the run did not finish).'}
            {root && ` Rank 0 waited ${formatMs(root.barrierMs)} ms at the barrier for the slowest writer.`}
          </figcaption>
        </figure>
      )}
      {snap && (
        <>
          <RankOutput size={snap.size} output={snap.output} states={snap.states} dropped={snap.droppedLines} />
          <TraceDiagram trace={snap.trace} endTime={snap.elapsedMs} failed={snap.error ? [snap.error.rank] : []} />
        </>
      )}
    </section>
  );
}
