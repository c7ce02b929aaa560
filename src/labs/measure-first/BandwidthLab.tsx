/**
 * The bandwidth lab (lesson 16): memory bandwidth against worker count. Each worker streams through
 * its own buffer (larger than the caches), all at once; the bandwidth is the bytes read by all of
 * them over the span from the first start to the last end. It grows with workers until the
 * memory system is saturated, and then adding workers stops helping. Main thread (React); the
 * reads run in workers.
 */
import { useRef, useState } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from '../kit/recharts.ts';
import type { SweepPlan } from '../kit/useSweep.ts';
import { useSweep } from '../kit/useSweep.ts';
import type { LabComponentProps } from '../kit/definition.ts';
import { ExportButtons } from '../kit/ExportButtons.tsx';
import { formatCount, formatFixed, formatRatio, plural } from '../kit/format.ts';
import { LabActions, LabStatus } from '../kit/LabActions.tsx';
import { LabForm } from '../kit/LabForm.tsx';
import { ChartBox } from '../kit/ChartBox.tsx';
import { useAutorun, useLabSettings } from '../kit/useLabSettings.ts';
import { bandwidthResults } from './exports.ts';
import { saturationPoint } from './memory-kernels.ts';
import { medianBandwidth, streamOnce, type BandwidthRun } from './memory-runs.ts';
import { bandwidthSettings, type BandwidthField, type BandwidthParams } from './settings.ts';

/** Id of this lab in the lab registry (`#/lab/memory-bandwidth`). */
export const BANDWIDTH_LAB_ID = 'memory-bandwidth';

const plan: SweepPlan<BandwidthParams, BandwidthRun> = {
  workerCounts: (p) => p.workers,
  repeats: (p) => p.repeats,
  runOnce: (p, workers, signal) => streamOnce(workers, p.mb, p.passes, signal),
};

/** GB/s with 1 decimal. */
function gbs(x: number): string {
  return `${formatFixed(x, 1)} GB/s`;
}

/** The bandwidth lab. */
export function BandwidthLab({ title = 'Memory bandwidth against workers', ...props }: LabComponentProps<BandwidthField>) {
  const form = useLabSettings(bandwidthSettings, props);
  const sweep = useSweep(plan);
  const { status, error, cancel, rows, current, ranWith } = sweep;
  const [ranRaw, setRanRaw] = useState(form.raw);
  const chart = useRef<HTMLDivElement>(null);
  const start = (params: BandwidthParams): void => {
    setRanRaw(form.raw);
    sweep.start(params);
  };
  useAutorun(props.autorun, form.params, start);
  const running = status === 'running';
  const data = rows.map((r) => ({ workers: r.workers, gbs: medianBandwidth(r.runs), noisy: r.time.noisy }));
  const one = data[0]?.gbs ?? Number.NaN;
  const flat = saturationPoint(data);
  const noisy = data.some((d) => d.noisy);
  const best = data.reduce((a, d) => Math.max(a, d.gbs), 0);

  return (
    <section className="lab bandwidth-lab" aria-label={`Bandwidth lab: ${title}`} data-testid="bandwidth-lab">
      <h3 className="lab-title">{title}</h3>
      <LabForm form={form} disabled={running} onSubmit={start}>
        <LabActions status={status} canRun={!!form.params} onCancel={cancel} link={{ lab: BANDWIDTH_LAB_ID, query: form.linkQuery }}>
          <ExportButtons results={status === 'done' ? bandwidthResults(BANDWIDTH_LAB_ID, title, bandwidthSettings, ranRaw, rows) : null} filename="memory-bandwidth" chart={chart} />
        </LabActions>
      </LabForm>
      <LabStatus invalid={!form.params}
        status={status}
        error={error}
        text={{
          idle: form.params ? `Press Run to stream ${formatCount(form.params.mb)} MB per worker on ${form.params.workers.join(', ')} workers, with one discarded warm-up per count.` : null,
          running: `Streaming on ${current ? plural(current, 'worker') : 'workers'}…`,
          done:
            `Measured ${plural(data.length, 'worker count')}; the most was ${gbs(best)}. ` +
            (flat !== null ? `From ${plural(flat, 'worker')} on, adding workers added less than 15 %: the memory system, not the cores, sets the pace.` : 'Every added worker still added bandwidth here.') +
            (noisy ? ' Some counts are noisy: other programs share this memory; compare medians with care.' : ''),
          cancelled: 'Stopped: the workers were terminated.',
        }}
      />
      <ChartBox height="var(--chart-height, 260px)" ref={chart} aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart accessibilityLayer={false} data={data.map((d) => ({ ...d, gbs: Number(d.gbs.toFixed(2)) }))} margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
            <XAxis dataKey="workers" stroke="var(--fg-muted)" label={{ value: 'workers', position: 'insideBottom', offset: -12, fill: 'var(--fg-muted)' }} />
            <YAxis stroke="var(--fg-muted)" label={{ value: 'GB/s', angle: -90, position: 'insideLeft', fill: 'var(--fg-muted)' }} />
            <Tooltip formatter={(v) => gbs(Number(v))} labelFormatter={(w) => plural(Number(w), 'worker')} contentStyle={{ background: 'var(--bg-raised)', border: '1px solid var(--border)' }} />
            <Bar dataKey="gbs" name="bandwidth" fill="var(--accent)" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </ChartBox>
      {data.length > 0 && ranWith && (
        <figure data-testid="bandwidth-figure" data-rows={data.length} data-one-gbs={one} data-best-gbs={best}>
          <div className="table-wrap">
            <table className="results">
              <caption>Bytes read by all workers over the time from the first start to the last end, median of the timed runs ({formatCount(ranWith.mb)} MB per worker, {plural(ranWith.passes, 'pass', 'passes')})</caption>
              <thead>
                <tr>
                  <th scope="col">workers</th>
                  <th scope="col">bandwidth</th>
                  <th scope="col">per worker</th>
                  <th scope="col">× one worker</th>
                </tr>
              </thead>
              <tbody>
                {data.map((d) => (
                  <tr key={d.workers} data-workers={d.workers} data-gbs={d.gbs}>
                    <th scope="row">{d.workers}</th>
                    <td>{gbs(d.gbs)}{d.noisy ? ' (noisy)' : ''}</td>
                    <td>{gbs(d.gbs / d.workers)}</td>
                    <td>{formatRatio(d.gbs / one)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <figcaption className="note">
            A JavaScript loop over a Float64Array reaches less than a compiled, vectorized STREAM kernel would, so the absolute
            figures are low; the shape (growth, then a plateau) is what the memory system sets.
          </figcaption>
        </figure>
      )}
    </section>
  );
}
