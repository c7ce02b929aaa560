import { useRef, useState } from 'react';
import type { LabComponentProps } from '../kit/definition.ts';
import { ExportButtons } from '../kit/ExportButtons.tsx';
import { formatDuration, plural } from '../kit/format.ts';
import { LabActions, LabStatus } from '../kit/LabActions.tsx';
import { LabForm } from '../kit/LabForm.tsx';
import { Timeline } from '../kit/Timeline.tsx';
import { useAutorun, useLabSettings } from '../kit/useLabSettings.ts';
import { mapResults } from '../kit/map-results.ts';
import { barsFromProgress, barsFromResult } from '../kit/map-bars.ts';
import { usePoolMap } from '../kit/usePoolMap.ts';
import { greetingsSettings, validateSeconds, type GreetingsField, type GreetingsParams } from './greetings-settings.ts';
import { GREETINGS, idealFarmSeconds } from './greetings.ts';

/** Id of this lab in the lab registry and its links (`#/lab/greetings`). */
export const GREETINGS_LAB_ID = 'greetings';

/**
 * The greetings task farm: 20 tasks that each print a greeting and wait (the course's `greet.sh`
 * with `sleep 1`), run by a pool of at most P workers like `xargs -P P`, drawn live on the timeline,
 * with the output lines in the order they finished. "Run with -P 1" and "-P 8" set the field and
 * run. Main thread (React); the waits are in the page's task pool.
 */
export function GreetingsLab({ title = 'xargs -P in the browser: greetings', ...props }: LabComponentProps<GreetingsField>) {
  const form = useLabSettings(greetingsSettings, props);
  const farm = usePoolMap();
  const chart = useRef<HTMLDivElement>(null);
  const [ran, setRan] = useState<{ raw: typeof form.raw; params: GreetingsParams } | null>(null);
  const running = farm.status === 'running';
  const cores = form.env.cores;
  const seconds = validateSeconds(form.raw);

  const start = (params: GreetingsParams, raw = form.raw): void => {
    setRan({ raw, params });
    void farm.run({ task: 'greet', argsList: GREETINGS.map((g) => [g, params.seconds * 1000]), workers: params.parallel, chunksize: 1 });
  };
  useAutorun(props.autorun, form.params, start);
  const runWith = (parallel: number) => {
    if (seconds === null) return;
    const raw = { ...form.raw, parallel: String(parallel) };
    form.update('parallel', String(parallel));
    start({ parallel, seconds }, raw);
  };
  const labelOf = (task: number) => `"${GREETINGS[task]}"`;
  const timeline = farm.result ? barsFromResult(farm.result, labelOf) : farm.progress ? barsFromProgress(farm.progress, labelOf) : null;
  const finishedOrder = farm.result
    ? [...farm.result.records].sort((a, b) => a.end - b.end).map((r) => r.task)
    : (farm.progress?.records.map((r) => r.task) ?? []);
  const wallMs = farm.result ? farm.result.endedAt - farm.result.startedAt : null;
  const results = farm.result && ran ? mapResults({ id: GREETINGS_LAB_ID, title }, greetingsSettings, ran.raw, farm.result, `-P ${ran.params.parallel}`) : null;
  const p = ran?.params;

  return (
    <section className="lab greetings-lab" aria-label={title}>
      <h3 className="lab-title">{title}</h3>
      <LabForm form={form} disabled={running} onSubmit={(params) => start(params)}>
        <LabActions status={farm.status} canRun={!!form.params} onCancel={farm.cancel} link={{ lab: GREETINGS_LAB_ID, query: form.linkQuery }}>
          <button type="button" disabled={running || seconds === null} onClick={() => runWith(1)}>Run with -P 1</button>
          <button type="button" disabled={running || seconds === null} onClick={() => runWith(8)}>Run with -P 8</button>
          <ExportButtons results={results} filename={`${GREETINGS_LAB_ID}-P${p?.parallel ?? ''}`} chart={chart} />
        </LabActions>
      </LabForm>
      <LabStatus invalid={!form.params}
        status={farm.status}
        error={farm.error}
        text={{
          idle: `Ready: ${GREETINGS.length} greetings.`,
          running: `Running at most ${p?.parallel ?? '?'} at a time… ${finishedOrder.length} of ${GREETINGS.length} greeted.`,
          done: p && wallMs !== null
            ? `Done: ${GREETINGS.length} greetings at most ${p.parallel} at a time in ${formatDuration(wallMs)} (ideal ${formatDuration(1000 * idealFarmSeconds(GREETINGS.length, p.seconds, p.parallel))}: ${plural(Math.ceil(GREETINGS.length / p.parallel), 'wave')} of ${formatDuration(1000 * p.seconds)}).`
            : 'Done.',
          error: (message) => `The farm failed: ${message}`,
        }}
      />
      {p && p.parallel > cores ? (
        <p className="note">More workers than the {cores} cores reported is fine here: the tasks wait, they do not compute, so the waits overlap.</p>
      ) : null}
      <div className="pool-output" aria-label="Output" data-testid="greetings-output" data-wall-seconds={wallMs === null ? undefined : wallMs / 1000}>
        {finishedOrder.length === 0 ? <p className="note">(output appears here as tasks finish)</p> : finishedOrder.map((t) => <p key={t}>{GREETINGS[t]} to you my friend!</p>)}
      </div>
      <div ref={chart}>{timeline ? <Timeline bars={timeline.bars} workers={farm.result?.workers ?? p?.parallel ?? 1} wall={timeline.wall} label="Greetings on the timeline" /> : null}</div>
    </section>
  );
}
