import type { SleepRunSummary } from './sleep-timeline.ts';

/**
 * A timeline of one sleep-demo run: one lane per worker, one bar per task, time from the start of
 * the run. Scaled to `maxMs` so the serial and parallel timelines share an axis. Drawn with
 * percentage-positioned boxes so the labels keep their size on a phone.
 */
export function SleepTimeline({ run, maxMs, label, laneName = 'worker' }: { run: SleepRunSummary; maxMs: number; label: string; laneName?: string }) {
  const pct = (ms: number) => `${(100 * Math.max(0, Math.min(ms, maxMs))) / maxMs}%`;
  const step = maxMs > 8000 ? 2000 : maxMs > 2500 ? 1000 : maxMs > 1200 ? 500 : 200;
  const ticks: number[] = [];
  for (let t = 0; t <= maxMs; t += step) ticks.push(t);
  const summary = `${label}: ${run.bars.length} task${run.bars.length > 1 ? 's' : ''} on ${run.workers} ${laneName}${run.workers > 1 ? 's' : ''}, finished after ${(run.wallMs / 1000).toFixed(2)} s`;
  return (
    <figure className="sleep-timeline">
      <div className="tl" role="img" aria-label={summary}>
        {Array.from({ length: run.workers }, (_, w) => (
          <div className="tl-lane" key={w}>
            <span className="tl-name">{laneName} {w}</span>
            <span className="tl-track">
              {ticks.map((t) => <span key={t} className="tl-grid" style={{ left: pct(t) }} />)}
              {run.bars
                .filter((b) => b.worker === w)
                .map((b) => (
                  <span
                    key={b.task}
                    className="tl-bar"
                    style={{ left: pct(b.from), width: `calc(${pct(b.to - b.from)} - 2px)` }}
                    title={`task ${b.task}: ${(b.from / 1000).toFixed(2)}–${(b.to / 1000).toFixed(2)} s`}
                  />
                ))}
            </span>
          </div>
        ))}
        <div className="tl-lane tl-axis" aria-hidden="true">
          <span className="tl-name" />
          <span className="tl-track">
            {ticks.map((t) => (
              <span key={t} className="tl-tick" style={{ left: pct(t) }}>
                {(t / 1000).toFixed(step < 1000 ? 1 : 0)} s
              </span>
            ))}
          </span>
        </div>
      </div>
      <figcaption>{label}</figcaption>
    </figure>
  );
}
