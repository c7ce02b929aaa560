/**
 * The latency lab (lesson 16): time per dependent memory access against working-set size, on the
 * reader's machine. One worker chases a random single-cycle permutation of each size (4 KB
 * doubling up to the chosen maximum); the curve steps up each time the working set outgrows a
 * cache level. Drawn on a log-log chart, with the table as its text alternative. Main thread
 * (React); the chase runs in a worker.
 */
import { useRef, useState } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from '../kit/recharts.ts';
import { useRun } from '../../hooks/useRun.ts';
import type { LabComponentProps } from '../kit/definition.ts';
import { ExportButtons } from '../kit/ExportButtons.tsx';
import { formatBytes, formatCount, formatFixed, formatRatio } from '../kit/format.ts';
import { LabActions, LabStatus } from '../kit/LabActions.tsx';
import { LabForm } from '../kit/LabForm.tsx';
import { ChartBox } from '../kit/ChartBox.tsx';
import { useAutorun, useLabSettings } from '../kit/useLabSettings.ts';
import { doublingSizes } from './memory-kernels.ts';
import { latencyResults } from './exports.ts';
import { measureLatency, type LatencyPoint } from './memory-runs.ts';
import { latencySettings, MIN_WORKING_SET, type LatencyField, type LatencyParams } from './settings.ts';

/** Id of this lab in the lab registry (`#/lab/memory-latency`). */
export const LATENCY_LAB_ID = 'memory-latency';

/** A latency in ns with 1 decimal (2 below 10 ns). */
function ns(x: number): string {
  return `${formatFixed(x, x < 10 ? 2 : 1)} ns`;
}

/** The latency lab. */
export function LatencyLab({ title = 'Access latency against working-set size', ...props }: LabComponentProps<LatencyField>) {
  const form = useLabSettings(latencySettings, props);
  const [points, setPoints] = useState<LatencyPoint[]>([]);
  const [ran, setRan] = useState<{ raw: typeof form.raw; steps: number } | null>(null);
  const chart = useRef<HTMLDivElement>(null);
  const { status, error, run, cancel } = useRun(async (signal: AbortSignal, params: LatencyParams) => {
    setPoints([]);
    return measureLatency(params, signal, (p) => setPoints((all) => [...all, p]));
  });
  const start = (params: LatencyParams): void => {
    setRan({ raw: form.raw, steps: params.steps });
    void run(params);
  };
  useAutorun(props.autorun, form.params, start);
  const running = status === 'running';
  const total = form.params ? doublingSizes(MIN_WORKING_SET, form.params.max * 1024 * 1024).length : 0;
  const first = points[0];
  const last = points[points.length - 1];
  const noisy = points.some((p) => p.ns.noisy);
  // The chart is drawn once, when the run is done (the table fills live): a redraw per size would be a long task on a busy machine.
  const data = points.map((p) => ({ bytes: p.bytes, ns: Number(p.ns.median.toFixed(3)) }));
  const lowest = Math.min(...data.map((d) => d.ns));
  const highest = Math.max(...data.map((d) => d.ns));
  const yDomain: [number, number] = data.length > 0 ? [lowest / 1.3, highest * 1.3] : [1, 100];
  // Decade ticks with their halves and fifths (1, 2, 5, 10, …) inside the domain, for a log axis.
  const yTicks = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000].filter((t) => t >= yDomain[0] && t <= yDomain[1]);
  const summary =
    first && last && points.length > 1
      ? `A load took ${ns(first.ns.median)} with a ${formatBytes(first.bytes)} working set and ${ns(last.ns.median)} with ${formatBytes(last.bytes)}: ${formatRatio(last.ns.median / first.ns.median)} times as long.`
      : '';

  return (
    <section className="lab latency-lab" aria-label={`Latency lab: ${title}`} data-testid="latency-lab">
      <h3 className="lab-title">{title}</h3>
      <LabForm form={form} disabled={running} onSubmit={start}>
        <LabActions status={status} canRun={!!form.params} onCancel={cancel} link={{ lab: LATENCY_LAB_ID, query: form.linkQuery }}>
          <ExportButtons results={status === 'done' && ran ? latencyResults(LATENCY_LAB_ID, title, latencySettings, ran.raw, ran.steps, points) : null} filename="memory-latency" chart={chart} />
        </LabActions>
      </LabForm>
      <LabStatus invalid={!form.params}
        status={status}
        error={error}
        text={{
          idle: form.params ? `Press Run to time ${formatCount(total)} working-set sizes, from 4 KB doubling to ${formatBytes(form.params.max * 1024 * 1024)}.` : null,
          running: `Chasing pointers: size ${Math.min(points.length + 1, total)} of ${total}…`,
          done: `Measured ${formatCount(points.length)} sizes. ${summary}${noisy ? ' Some sizes are noisy (slowest repeat over 25 % slower than the fastest): other programs share this core; run again and compare.' : ''}`,
          cancelled: 'Stopped: the worker was terminated.',
        }}
      />
      <ChartBox height="var(--chart-height, 300px)" ref={chart} aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart accessibilityLayer={false} data={status === 'done' ? data : []} margin={{ top: 8, right: 16, bottom: 28, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
            <XAxis dataKey="bytes" type="number" scale="log" domain={['dataMin', 'dataMax']} ticks={data.filter((_, i) => i % 2 === 0).map((d) => d.bytes)}
              tickFormatter={(b: number) => formatBytes(b).replace('.0 ', ' ')} stroke="var(--fg-muted)"
              label={{ value: 'working set', position: 'insideBottom', offset: -16, fill: 'var(--fg-muted)' }} />
            <YAxis dataKey="ns" type="number" scale="log" domain={yDomain} ticks={yTicks} stroke="var(--fg-muted)" tickFormatter={(v: number) => formatFixed(v, v < 10 ? 1 : 0)}
              label={{ value: 'ns per load', angle: -90, position: 'insideLeft', fill: 'var(--fg-muted)' }} />
            <Tooltip formatter={(v) => ns(Number(v))} labelFormatter={(b) => formatBytes(Number(b))} contentStyle={{ background: 'var(--bg-raised)', border: '1px solid var(--border)' }} />
            <Line dataKey="ns" name="median latency" stroke="var(--accent)" strokeWidth={2} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </ChartBox>
      {points.length > 0 && (
        <figure data-testid="latency-figure" data-points={points.length} data-first-ns={first?.ns.median} data-last-ns={last?.ns.median}>
          <div className="table-wrap">
            <table className="results">
              <caption>Time per dependent load, median of the timed chases (both axes of the chart are logarithmic)</caption>
              <thead>
                <tr>
                  <th scope="col">working set</th>
                  <th scope="col">median</th>
                  <th scope="col">min – max</th>
                  <th scope="col">× the smallest</th>
                </tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={p.bytes} data-bytes={p.bytes}>
                    <th scope="row">{formatBytes(p.bytes)}</th>
                    <td>{ns(p.ns.median)}{p.ns.noisy ? ' (noisy)' : ''}</td>
                    <td>{ns(p.ns.min)} – {ns(p.ns.max)}</td>
                    <td>{formatRatio(p.ns.median / first!.ns.median)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <figcaption className="note">
            Each step up is a working set that no longer fits a cache level. The figures include the JavaScript engine&apos;s
            bounds checks and the browser&apos;s own use of the caches, so read the steps, not the last nanosecond.
          </figcaption>
        </figure>
      )}
    </section>
  );
}
