import { useId, useMemo, useState } from 'react';
import { reportedCores } from '../../env/environment.ts';
import { LabField } from '../form/LabField.tsx';
import { barsFromProgress, barsFromResult } from '../pool/run-bars.ts';
import { usePoolMap } from '../pool/usePoolMap.ts';
import { Timeline } from '../timeline/Timeline.tsx';
import { GREETINGS, idealFarmSeconds } from './greetings.ts';

/** Most tasks at a time the lab allows (each is a worker). */
const MAX_PARALLEL = 20;

function parseParallel(text: string): { value: number } | { error: string } {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return { error: 'Enter a whole number, like 1 or 8.' };
  const v = Number(t);
  if (v < 1) return { error: 'At least 1 task must run at a time.' };
  if (v > MAX_PARALLEL) return { error: `At most ${MAX_PARALLEL} (there are only ${GREETINGS.length} greetings).` };
  return { value: v };
}

function parseSeconds(text: string): { value: number } | { error: string } {
  const t = text.trim();
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(t)) return { error: 'Enter a number of seconds, like 1 or 0.5.' };
  const v = Number(t);
  if (v < 0.05 || v > 5) return { error: 'Choose 0.05 to 5 seconds per task.' };
  return { value: v };
}

/**
 * The greetings task farm: 20 tasks that each print a greeting and wait (the course's `greet.sh`
 * with `sleep 1`), run by a pool of at most P workers like `xargs -P P`, drawn live on the timeline,
 * with the output lines in the order they finished. Main thread (React); the waits are in workers.
 */
export function GreetingsLab({ title = 'xargs -P in the browser: greetings' }: { title?: string }) {
  const id = useId();
  const cores = useMemo(() => reportedCores(), []);
  const [parallelText, setParallelText] = useState('8');
  const [secondsText, setSecondsText] = useState('1');
  const parallel = parseParallel(parallelText);
  const seconds = parseSeconds(secondsText);
  const farm = usePoolMap();
  const running = farm.status === 'running';
  const [ranWith, setRanWith] = useState<{ parallel: number; seconds: number } | null>(null);

  const start = (p: number) => {
    if (!('value' in seconds)) return;
    setRanWith({ parallel: p, seconds: seconds.value });
    void farm.run({ task: 'greet', argsList: GREETINGS.map((g) => [g, seconds.value * 1000]), workers: p, chunksize: 1 });
  };
  const labelOf = (task: number) => `"${GREETINGS[task]}"`;
  const timeline = farm.result ? barsFromResult(farm.result, labelOf) : farm.progress ? barsFromProgress(farm.progress, labelOf) : null;
  const finishedOrder = farm.result
    ? [...farm.result.records].sort((a, b) => a.end - b.end).map((r) => r.task)
    : (farm.progress?.records.map((r) => r.task) ?? []);
  const wall = farm.result ? (farm.result.endedAt - farm.result.startedAt) / 1000 : null;

  return (
    <section className="lab greetings-lab" aria-label={title}>
      <h3 className="lab-title">{title}</h3>
      <form className="lab-form" onSubmit={(e) => { e.preventDefault(); if ('value' in parallel) start(parallel.value); }}>
        <LabField id={id} name="parallel" label="At most at a time (-P)" value={parallelText} onChange={setParallelText}
          error={'error' in parallel ? parallel.error : undefined} disabled={running} help="Workers in the pool, like xargs -P." />
        <LabField id={id} name="seconds" label="Seconds per task" inputMode="decimal" value={secondsText} onChange={setSecondsText}
          error={'error' in seconds ? seconds.error : undefined} disabled={running} help="greet.sh sleeps 1 s." />
        <div className="lab-actions">
          <button type="submit" className="primary" disabled={running || !('value' in parallel) || !('value' in seconds)}>Run</button>
          <button type="button" disabled={running || !('value' in seconds)} onClick={() => { setParallelText('1'); start(1); }}>Run with -P 1</button>
          <button type="button" disabled={running || !('value' in seconds)} onClick={() => { setParallelText('8'); start(8); }}>Run with -P 8</button>
          <button type="button" onClick={farm.cancel} disabled={!running}>Cancel</button>
        </div>
      </form>
      <p className="lab-status" role="status" data-testid="lab-status" data-status={farm.status} data-wall-seconds={wall ?? undefined}>
        {farm.status === 'idle' && `Ready: ${GREETINGS.length} greetings.`}
        {farm.status === 'running' && ranWith && `Running at most ${ranWith.parallel} at a time… ${finishedOrder.length} of ${GREETINGS.length} greeted.`}
        {farm.status === 'done' && ranWith && wall !== null &&
          `Done: ${GREETINGS.length} greetings at most ${ranWith.parallel} at a time in ${wall.toFixed(2)} s (ideal ${Number(idealFarmSeconds(GREETINGS.length, ranWith.seconds, ranWith.parallel).toFixed(3))} s: ${Math.ceil(GREETINGS.length / ranWith.parallel)} waves of ${ranWith.seconds} s).`}
        {farm.status === 'cancelled' && 'Cancelled: the workers were stopped.'}
        {farm.status === 'error' && <span className="field-error">The farm failed: {farm.error?.message}</span>}
      </p>
      {ranWith && ranWith.parallel > cores ? (
        <p className="note">More workers than the {cores} cores reported is fine here: the tasks wait, they do not compute, so the waits overlap.</p>
      ) : null}
      <div className="pool-output" aria-label="Output" data-testid="greetings-output">
        {finishedOrder.length === 0 ? <p className="note">(output appears here as tasks finish)</p> : finishedOrder.map((t) => <p key={t}>{GREETINGS[t]} to you my friend!</p>)}
      </div>
      {timeline ? <Timeline bars={timeline.bars} workers={farm.result?.workers ?? ranWith?.parallel ?? 1} wall={timeline.wall} label="Greetings on the timeline" /> : null}
    </section>
  );
}
