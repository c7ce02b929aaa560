/**
 * The completion-order lab (lesson 16): the Python example's slow squares (item 0 the slowest) run
 * on a pool of workers, and the same run's results collected three ways: as `Pool.map` hands them
 * back (all at once, in input order), as `Pool.imap` does (in input order, each when it and those
 * before it are done) and as `Pool.imap_unordered` does (each as soon as it is done). Main thread
 * (React); the tasks wait in workers.
 */
import { useRun } from '../../hooks/useRun.ts';
import type { LabComponentProps } from '../kit/definition.ts';
import { ExportButtons } from '../kit/ExportButtons.tsx';
import type { LabResults } from '../kit/export.ts';
import { formatMs } from '../kit/format.ts';
import { LabActions, LabStatus } from '../kit/LabActions.tsx';
import { LabForm } from '../kit/LabForm.tsx';
import { queryFromSettings, type RawSettings } from '../kit/settings.ts';
import { useAutorun, useLabSettings } from '../kit/useLabSettings.ts';
import { collectWays, type Collected, type TaskEnd } from './order.ts';
import { runSlowSquares } from './runs.ts';
import { orderSettings, type OrderField, type OrderParams } from './settings.ts';

/** Id of this lab in the lab registry (`#/lab/completion-order`). */
export const ORDER_LAB_ID = 'completion-order';
const TITLE = 'map, imap and imap_unordered: when each result arrives';

function results(raw: RawSettings<OrderField>, ends: readonly TaskEnd[]): LabResults {
  const query = queryFromSettings(orderSettings, raw);
  return {
    lab: { id: ORDER_LAB_ID, title: TITLE },
    settings: Object.fromEntries(new URLSearchParams(query)),
    query,
    runs: ends.map((e, repeat) => ({ series: `item ${e.item}`, repeat, ms: e.end, item: e.item })),
    summary: collectWays(ends).map((c) => ({ way: c.way, order: c.order.join(' '), first_ms: c.at[0] ?? null, last_ms: c.at[c.at.length - 1] ?? null })),
  };
}

/** The completion-order lab. */
export function CompletionOrderLab({ title = TITLE, ...props }: LabComponentProps<OrderField>) {
  const form = useLabSettings(orderSettings, props);
  const { status, error, result, run, cancel } = useRun(async (signal: AbortSignal, params: OrderParams) => ({ raw: form.raw, params, ...(await runSlowSquares(params, signal)) }));
  const start = (params: OrderParams): void => void run(params);
  useAutorun(props.autorun, form.params, start);
  const running = status === 'running';
  const ways: Collected[] = result ? collectWays(result.ends) : [];
  const unordered = ways[2];
  const map = ways[0];

  return (
    <section className="lab order-lab" aria-label={`Completion-order lab: ${title}`} data-testid="order-lab">
      <h3 className="lab-title">{title}</h3>
      <LabForm form={form} disabled={running} onSubmit={start}>
        <LabActions status={status} canRun={!!form.params} onCancel={cancel} link={{ lab: ORDER_LAB_ID, query: form.linkQuery }}>
          <ExportButtons results={result ? results(result.raw, result.ends) : null} filename="completion-order" />
        </LabActions>
      </LabForm>
      <LabStatus invalid={!form.params}
        status={status}
        error={error}
        text={{
          idle: 'Press Run: each item waits in a worker, item 0 the longest.',
          running: 'Waiting for the slow squares…',
          done:
            map && unordered
              ? `map handed over its first result after ${formatMs(map.at[0]!)} ms (all at once); imap_unordered after ${formatMs(unordered.at[0]!)} ms, item ${unordered.order[0]} first.`
              : 'Done.',
          cancelled: 'Stopped: the workers were terminated.',
        }}
      />
      {result && (
        <figure data-testid="order-figure" data-squares={result.squares.join(',')} data-unordered={unordered?.order.join(',')}>
          <div className="table-wrap">
            <table className="results">
              <caption>One run of the tasks, its results collected three ways: the items in the order the program gets them, and when (ms after the tasks were sent)</caption>
              <thead>
                <tr>
                  <th scope="col">collected by</th>
                  <th scope="col">order of items</th>
                  <th scope="col">program has them at (ms)</th>
                </tr>
              </thead>
              <tbody>
                {ways.map((w) => (
                  <tr key={w.way} data-way={w.way} data-order={w.order.join(',')}>
                    <th scope="row"><code>{w.way}</code></th>
                    <td>{w.order.join(', ')}</td>
                    <td>{w.at.map((t) => formatMs(t)).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <figcaption className="note">
            The squares, in input order: {result.squares.join(', ')}. The tasks ran the same way in all three rows; only the
            moment each result is handed to the program differs. Timer and message delays add a few milliseconds.
          </figcaption>
        </figure>
      )}
    </section>
  );
}
