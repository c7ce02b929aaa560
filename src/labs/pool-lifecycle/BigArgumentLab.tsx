/**
 * The big-argument lab (lesson 16): every task needs the same big table. Sent with every task it
 * is copied once per task; sent by an initializer it is copied once per worker; in a
 * SharedArrayBuffer it is not copied at all. Each variant timed (one warm-up, then the median of
 * the repeats) on the same pool. Main thread (React); the tasks run in workers.
 */
import { useRef, useState } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from '../kit/recharts.ts';
import { useRun } from '../../hooks/useRun.ts';
import { canShareMemory, NO_SHARED_MEMORY_MESSAGE } from '../../shared-memory/shared-buffer.ts';
import type { LabComponentProps } from '../kit/definition.ts';
import { ExportButtons } from '../kit/ExportButtons.tsx';
import type { LabResults } from '../kit/export.ts';
import { formatCount, formatMs, formatRatio } from '../kit/format.ts';
import { LabActions, LabStatus } from '../kit/LabActions.tsx';
import { LabForm } from '../kit/LabForm.tsx';
import { ChartBox } from '../kit/ChartBox.tsx';
import { queryFromSettings, type RawSettings } from '../kit/settings.ts';
import { useAutorun, useLabSettings } from '../kit/useLabSettings.ts';
import { measureVariants, type Variant, type VariantResult } from './runs.ts';
import { bigArgumentSettings, type BigArgumentField, type BigArgumentParams } from './settings.ts';

/** Id of this lab in the lab registry (`#/lab/big-argument`). */
export const BIG_ARGUMENT_LAB_ID = 'big-argument';
const TITLE = 'A big argument: with every task, once per worker, or shared';

const NAMES: Record<Variant, string> = { argument: 'with every task', initializer: 'initializer (once per worker)', shared: 'shared memory' };

function results(raw: RawSettings<BigArgumentField>, rows: readonly VariantResult[]): LabResults {
  const query = queryFromSettings(bigArgumentSettings, raw);
  return {
    lab: { id: BIG_ARGUMENT_LAB_ID, title: TITLE },
    settings: Object.fromEntries(new URLSearchParams(query)),
    query,
    runs: rows.flatMap((r) => r.time.samples.map((ms, repeat) => ({ series: r.variant, repeat, ms, copies: r.copies }))),
    summary: rows.map((r) => ({ variant: r.variant, copies: r.copies, median_ms: r.time.median, noisy: r.time.noisy })),
  };
}

/** The big-argument lab. */
export function BigArgumentLab({ title = TITLE, ...props }: LabComponentProps<BigArgumentField>) {
  const form = useLabSettings(bigArgumentSettings, props);
  const [rows, setRows] = useState<VariantResult[]>([]);
  const [ranRaw, setRanRaw] = useState(form.raw);
  const chart = useRef<HTMLDivElement>(null);
  const shared = canShareMemory();
  const { status, error, run, cancel } = useRun(async (signal: AbortSignal, params: BigArgumentParams) => {
    setRows([]);
    return measureVariants(params, signal, (r) => setRows((all) => [...all, r]));
  });
  const start = (params: BigArgumentParams): void => {
    setRanRaw(form.raw);
    void run(params);
  };
  useAutorun(props.autorun, form.params, start);
  const running = status === 'running';
  const argument = rows.find((r) => r.variant === 'argument');
  const fastest = rows.reduce<VariantResult | null>((a, r) => (!a || r.time.median < a.time.median ? r : a), null);
  const noisy = rows.some((r) => r.time.noisy);

  return (
    <section className="lab big-argument-lab" aria-label={`Big-argument lab: ${title}`} data-testid="big-argument-lab">
      <h3 className="lab-title">{title}</h3>
      {!shared && (
        <p className="note" role="note">
          {NO_SHARED_MEMORY_MESSAGE} The shared-memory variant is left out here; the other two still run.
        </p>
      )}
      <LabForm form={form} disabled={running} onSubmit={start}>
        <LabActions status={status} canRun={!!form.params} onCancel={cancel} link={{ lab: BIG_ARGUMENT_LAB_ID, query: form.linkQuery }}>
          <ExportButtons results={status === 'done' ? results(ranRaw, rows) : null} filename="big-argument" chart={chart} />
        </LabActions>
      </LabForm>
      <LabStatus invalid={!form.params}
        status={status}
        error={error}
        text={{
          idle: `Press Run to time ${shared ? 3 : 2} ways of giving every task the table.`,
          running: `Timing variant ${Math.min(rows.length + 1, shared ? 3 : 2)}…`,
          done:
            argument && fastest
              ? `Fastest: ${NAMES[fastest.variant]}, ${formatRatio(argument.time.median / fastest.time.median)}× faster than sending the table with every task.${noisy ? ' Some timings are noisy: run again before comparing small differences.' : ''}`
              : 'Done.',
          cancelled: 'Stopped: the workers were terminated.',
        }}
      />
      <ChartBox height="var(--chart-height, 220px)" ref={chart} aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart accessibilityLayer={false} data={(status === 'done' ? rows : []).map((r) => ({ name: r.variant, median: Number(r.time.median.toFixed(2)) }))} margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
            <XAxis dataKey="name" interval={0} tick={{ fontSize: 12 }} stroke="var(--fg-muted)" />
            <YAxis stroke="var(--fg-muted)" label={{ value: 'ms', angle: -90, position: 'insideLeft', fill: 'var(--fg-muted)' }} />
            <Tooltip formatter={(v) => `${v} ms`} contentStyle={{ background: 'var(--bg-raised)', border: '1px solid var(--border)' }} />
            <Bar dataKey="median" fill="var(--accent)" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </ChartBox>
      {rows.length > 0 && (
        <figure data-testid="big-argument-figure" data-rows={rows.length}>
          <div className="table-wrap">
            <table className="results">
              <caption>Wall time of all the tasks, from sending the first to the last result, median of the timed runs</caption>
              <thead>
                <tr>
                  <th scope="col">the table travels</th>
                  <th scope="col">copies per run</th>
                  <th scope="col">median</th>
                  <th scope="col">min – max</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.variant} data-variant={r.variant} data-ms={r.time.median} data-copies={r.copies}>
                    <th scope="row">{NAMES[r.variant]}</th>
                    <td>{formatCount(r.copies)}</td>
                    <td>{formatMs(r.time.median)} ms{r.time.noisy ? ' (noisy)' : ''}</td>
                    <td>{formatMs(r.time.min)} – {formatMs(r.time.max)} ms</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <figcaption className="note">
            A copy here is the browser&apos;s structured clone, the counterpart of Python pickling the argument; the tasks
            themselves read one number, so the differences are the cost of moving the table.
          </figcaption>
        </figure>
      )}
    </section>
  );
}
