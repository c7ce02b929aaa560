import { useRef, useState } from 'react';
import type { LabComponentProps } from '../kit/definition.ts';
import { ExportButtons } from '../kit/ExportButtons.tsx';
import { formatCount, formatDuration, plural } from '../kit/format.ts';
import { LabActions, LabStatus } from '../kit/LabActions.tsx';
import { LabForm } from '../kit/LabForm.tsx';
import { Timeline } from '../kit/Timeline.tsx';
import { useAutorun, useLabSettings } from '../kit/useLabSettings.ts';
import { mapResults } from '../kit/map-results.ts';
import { barsFromProgress, barsFromResult } from '../kit/map-bars.ts';
import { usePoolMap } from '../kit/usePoolMap.ts';
import { timelineSettings, type TimelineField, type TimelineParams } from './timeline-settings.ts';

/** Id of this lab in the lab registry and its links (`#/lab/timeline`). */
export const TIMELINE_LAB_ID = 'timeline';

/**
 * The timeline lab: a pool runs CPU-bound Monte Carlo pi tasks of equal, random or "one big
 * last" sizes, and the Gantt chart fills in live from the real timing records, with each worker's
 * utilisation: watching `top` during a job. Main thread (React); the work runs in the page's task pool.
 */
export function TimelineLab({ title = 'Timeline lab: watch the workers', ...props }: LabComponentProps<TimelineField>) {
  const form = useLabSettings(timelineSettings, props);
  const map = usePoolMap();
  const chart = useRef<HTMLDivElement>(null);
  const [ran, setRan] = useState<{ raw: typeof form.raw; params: TimelineParams } | null>(null);
  const running = map.status === 'running';
  const cores = form.env.cores;
  const start = (p: TimelineParams): void => {
    setRan({ raw: form.raw, params: p });
    void map.run({ task: 'samplePi', argsList: p.argsList, workers: p.workers, chunksize: p.chunksize });
  };
  useAutorun(props.autorun, form.params, start);
  const timeline = map.result ? barsFromResult(map.result) : map.progress ? barsFromProgress(map.progress) : null;
  const lanes = map.result?.workers ?? ran?.params.workers ?? form.params?.workers ?? 1;
  const results = map.result && ran ? mapResults({ id: TIMELINE_LAB_ID, title }, timelineSettings, ran.raw, map.result, `${ran.params.sizes} sizes`) : null;

  return (
    <section className="lab pool-lab timeline-lab" aria-label={title}>
      <h3 className="lab-title">{title}</h3>
      <LabForm form={form} disabled={running} onSubmit={start}>
        <LabActions status={map.status} canRun={!!form.params} onCancel={map.cancel} link={{ lab: TIMELINE_LAB_ID, query: form.linkQuery }}>
          <ExportButtons results={results} filename={TIMELINE_LAB_ID} chart={chart} />
        </LabActions>
      </LabForm>
      <LabStatus invalid={!form.params}
        status={map.status}
        error={map.error}
        text={{
          idle: `Ready. Press Run and watch the lanes fill. This browser reports ${cores} cores.`,
          running: `Running… ${formatCount(map.progress?.done ?? 0)} tasks done.`,
          done: map.result ? `Done: ${plural(map.result.results.length, 'task')} on ${plural(map.result.workers, 'worker')} in ${formatDuration(map.result.endedAt - map.result.startedAt)}.` : 'Done.',
        }}
      />
      <div ref={chart}>{timeline ? <Timeline bars={timeline.bars} workers={lanes} wall={timeline.wall} cores={cores} label="Tasks per worker over time" /> : null}</div>
    </section>
  );
}
