import { useRef, useState } from 'react';
import { combineSamples, piEstimate, type PiSample } from '../../kernels/monte-carlo-pi.ts';
import type { LabComponentProps } from '../kit/definition.ts';
import { ExportButtons } from '../kit/ExportButtons.tsx';
import { ClusterExportButton } from '../../cluster-export/ClusterExportButton.tsx';
import { piPoolClusterJob } from '../../cluster-export/lab-jobs.ts';
import { formatCount, formatDuration, formatFixed, formatRatio, formatScientific, plural } from '../kit/format.ts';
import { LabActions, LabStatus } from '../kit/LabActions.tsx';
import { LabForm } from '../kit/LabForm.tsx';
import { Timeline } from '../kit/Timeline.tsx';
import { useAutorun, useLabSettings } from '../kit/useLabSettings.ts';
import { piPoolSettings, type PiPoolField, type VariantParams } from './compare-settings.ts';
import type { VariantRow } from './measure-variants.ts';
import { barsFromProgress, barsFromResult } from '../kit/map-bars.ts';
import { useVariantSweep } from './useVariantSweep.ts';
import { variantResults } from './variant-results.ts';

/** Id of this lab in the lab registry and its links (`#/lab/pi-pool`). */
export const PI_POOL_LAB_ID = 'pi-pool';

function estimateOf(row: VariantRow) {
  const sample = combineSamples(row.last.results as PiSample[]);
  return { sample, ...piEstimate(sample) };
}

/**
 * The course's Monte Carlo pi exercise on workers: `sample(n)` called `tasks` times with `darts`
 * darts each through `pool.map` (Python's default chunk size), the results combined, timed against
 * one `sample(tasks × darts)` call on a single worker. Warm-up discarded, medians of the repeats.
 * Main thread (React); the darts fly in the page's task pool.
 */
export function PiPoolLab({ title = 'Monte Carlo pi with a pool', ...props }: LabComponentProps<PiPoolField>) {
  const form = useLabSettings(piPoolSettings, props);
  const sweep = useVariantSweep();
  const chart = useRef<HTMLDivElement>(null);
  const [ranRaw, setRanRaw] = useState(form.raw);
  const running = sweep.status === 'running';
  const cores = form.env.cores;
  const start = (params: VariantParams): void => {
    setRanRaw(form.raw);
    sweep.start(params);
  };
  useAutorun(props.autorun, form.params, start);
  const [serial, pooled] = sweep.rows;
  const live = sweep.live ? barsFromProgress(sweep.live.progress) : null;
  const base = sweep.ranWith && sweep.rows.length > 0 ? variantResults({ id: PI_POOL_LAB_ID, title }, piPoolSettings, ranRaw, sweep.rows) : null;
  const results = base
    ? { ...base, summary: base.summary.map((row, i) => ({ ...row, pi_estimate: sweep.rows[i] ? estimateOf(sweep.rows[i]).estimate : null })) }
    : null;

  return (
    <section className="lab pool-lab pi-pool-lab" aria-label={title}>
      <h3 className="lab-title">{title}</h3>
      <LabForm form={form} disabled={running} onSubmit={start}>
        <LabActions status={sweep.status} canRun={!!form.params} onCancel={sweep.cancel} link={{ lab: PI_POOL_LAB_ID, query: form.linkQuery }}>
          <ExportButtons results={results} filename={PI_POOL_LAB_ID} chart={chart} />
          <ClusterExportButton job={piPoolClusterJob(form.raw, form.params)} />
        </LabActions>
      </LabForm>
      <LabStatus invalid={!form.params}
        status={sweep.status}
        error={sweep.error}
        text={{
          idle: `Ready. Both versions throw the same number of darts. This browser reports ${cores} cores.`,
          running: `Running ${sweep.live?.variant.label ?? '…'}`,
          done: 'Done: medians of the timed runs after a warm-up.',
        }}
      />
      {sweep.rows.length > 0 ? (
        <div className="table-wrap">
          <table className="results" data-testid="pi-table">
            <thead>
              <tr><th className="wrap">Version</th><th>π estimate</th><th>Error (1 s.e.)</th><th>Time (median)</th></tr>
            </thead>
            <tbody>
              {sweep.rows.map((row) => {
                const e = estimateOf(row);
                return (
                  <tr key={row.variant.label}>
                    <td className="wrap">{row.variant.label}{row.time.noisy ? <span className="badge badge-warn">noisy</span> : null}</td>
                    <td data-testid="pi-estimate">{formatFixed(e.estimate, 6)}</td>
                    <td>{formatScientific(e.estimate - Math.PI)} <span className="spread">({formatScientific(e.standardError)})</span></td>
                    <td>{formatDuration(row.time.median)} <span className="spread">({formatDuration(row.time.min)}–{formatDuration(row.time.max)})</span></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {serial && pooled ? (
        <p data-testid="pi-speedup">
          The pool took {formatDuration(pooled.time.median)} against {formatDuration(serial.time.median)} on one worker: a speedup of{' '}
          <strong>{formatRatio(serial.time.median / pooled.time.median)}</strong> with {plural(pooled.variant.workers, 'worker')}
          {' '}(chunk size {formatCount(pooled.chunksize)}, so {plural(pooled.last.chunks.length, 'message')}).
        </p>
      ) : null}
      <div ref={chart}>
        {live && sweep.live ? (
          <Timeline bars={live.bars} workers={sweep.live.variant.workers} wall={live.wall} cores={cores} label={`Now running: ${sweep.live.variant.label}`} />
        ) : pooled ? (
          <Timeline {...barsFromResult(pooled.last)} workers={pooled.last.workers} cores={cores} label="Last timed pool run" />
        ) : null}
      </div>
    </section>
  );
}
