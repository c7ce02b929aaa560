/**
 * The profiling lab (lesson 16): a small four-stage program (generate, sort, integrate, write) run
 * in a worker with a timer around each stage; a bar chart of each stage's share of the run, the
 * hot stage named, and the Amdahl bound 1 / (s + (1 - s) / p) from the measured serial fraction s
 * (the stages the reader marks as not parallel). Main thread (React); the program runs in a worker.
 */
import { useRef, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from '../kit/recharts.ts';
import { useRun } from '../../hooks/useRun.ts';
import { amdahlSpeedup } from '../../measure/amdahl.ts';
import type { LabComponentProps } from '../kit/definition.ts';
import { ExportButtons } from '../kit/ExportButtons.tsx';
import { formatMs, formatPercent, formatRatio, formatScientific } from '../kit/format.ts';
import { LabActions, LabStatus } from '../kit/LabActions.tsx';
import { LabForm } from '../kit/LabForm.tsx';
import { ChartBox } from '../kit/ChartBox.tsx';
import { useAutorun, useLabSettings } from '../kit/useLabSettings.ts';
import { profileResults } from './exports.ts';
import { profileProgram, type StageProfile } from './memory-runs.ts';
import { serialFraction, STAGES } from './profile-program.ts';
import { profileSettings, type ProfileField, type ProfileParams } from './settings.ts';

/** Id of this lab in the lab registry (`#/lab/stage-profile`). */
export const PROFILE_LAB_ID = 'stage-profile';

/** The profiling lab. */
export function ProfileLab({ title = 'Time the stages, then bound the speedup', ...props }: LabComponentProps<ProfileField>) {
  const form = useLabSettings(profileSettings, props);
  const { status, error, result, run, cancel } = useRun(async (signal: AbortSignal, params: ProfileParams): Promise<{ params: ProfileParams; profile: StageProfile }> => ({
    params,
    profile: await profileProgram({ numbers: params.numbers, n: params.n }, params.repeats, signal),
  }));
  const [ranRaw, setRanRaw] = useState(form.raw);
  const chart = useRef<HTMLDivElement>(null);
  const start = (params: ProfileParams): void => {
    setRanRaw(form.raw);
    void run(params);
  };
  useAutorun(props.autorun, form.params, start);
  const running = status === 'running';
  const analysis = result ? analyse(result.params, result.profile) : null;
  // Before a run the chart is drawn empty (one category per stage), so its first mount is not part of the run.
  const bars = analysis?.rows ?? STAGES.map((stage) => ({ stage, share: 0, parallel: false }));

  return (
    <section className="lab profile-lab" aria-label={`Profiling lab: ${title}`} data-testid="profile-lab">
      <h3 className="lab-title">{title}</h3>
      <LabForm form={form} disabled={running} onSubmit={start}>
        <LabActions status={status} canRun={!!form.params} onCancel={cancel} link={{ lab: PROFILE_LAB_ID, query: form.linkQuery }}>
          <ExportButtons results={result ? profileResults(PROFILE_LAB_ID, title, profileSettings, ranRaw, result.profile) : null} filename="stage-profile" chart={chart} />
        </LabActions>
      </LabForm>
      <LabStatus invalid={!form.params}
        status={status}
        error={error}
        text={{
          idle: form.params ? `Press Run to run the program ${form.params.repeats + 1} times (the first discarded) with a timer around each stage.` : null,
          running: 'Running the program in a worker…',
          done: analysis
            ? `The hot stage is ${analysis.hot.stage} (${formatPercent(analysis.hot.share)} of the run). Serial fraction s = ${formatPercent(analysis.s)}: at most ${formatRatio(analysis.bound)}× faster on ${analysis.p} workers, and never more than ${Number.isFinite(analysis.limit) ? `${formatRatio(analysis.limit)}×` : 'unbounded (nothing serial)'} on any number.${analysis.noisy ? ' Some stages are noisy: run again before trusting small shares.' : ''}`
            : 'Done.',
          cancelled: 'Stopped: the worker was terminated.',
        }}
      />
      <ChartBox height="var(--chart-height, 240px)" ref={chart} aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart accessibilityLayer={false} data={bars.map((r) => ({ stage: r.stage, percent: Number((100 * r.share).toFixed(1)), parallel: r.parallel }))} layout="vertical" margin={{ top: 8, right: 24, bottom: 24, left: 16 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
            <XAxis type="number" domain={[0, 100]} unit=" %" stroke="var(--fg-muted)" label={{ value: 'share of the run', position: 'insideBottom', offset: -12, fill: 'var(--fg-muted)' }} />
            <YAxis type="category" dataKey="stage" width={80} stroke="var(--fg-muted)" />
            <Tooltip formatter={(v) => `${v} %`} contentStyle={{ background: 'var(--bg-raised)', border: '1px solid var(--border)' }} />
            <Bar dataKey="percent" name="share" isAnimationActive={false}>
              {bars.map((r) => (
                <Cell key={r.stage} fill={r.parallel ? 'var(--accent)' : 'var(--accent-2)'} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </ChartBox>
      {analysis && result && (
        <figure data-testid="profile-figure" data-hot={analysis.hot.stage} data-serial={analysis.s} data-bound={analysis.bound}>
          <div className="table-wrap">
            <table className="results">
              <caption>Median time of each stage over the timed runs; serial stages count towards s</caption>
              <thead>
                <tr>
                  <th scope="col">stage</th>
                  <th scope="col">median</th>
                  <th scope="col">share</th>
                  <th scope="col">counted as</th>
                </tr>
              </thead>
              <tbody>
                {analysis.rows.map((r) => (
                  <tr key={r.stage} data-stage={r.stage} data-share={r.share}>
                    <th scope="row">{r.stage}</th>
                    <td>{formatMs(r.ms)} ms{r.noisy ? ' (noisy)' : ''}</td>
                    <td>{formatPercent(r.share)}</td>
                    <td>{r.parallel ? 'parallel' : 'serial'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <figcaption className="note">
            Stages counted as parallel in the accent colour, serial ones in the second colour. Amdahl: S(p) ≤ 1 / (s + (1 − s) / p) ={' '}
            {formatRatio(analysis.bound)} for s = {formatPercent(analysis.s)} and p = {analysis.p}. The integral is{' '}
            <code>{formatScientific(result.profile.integral)}</code>.
          </figcaption>
        </figure>
      )}
    </section>
  );
}

/** The shares, the hot stage, s and the bounds of a profile. Pure. */
function analyse(params: ProfileParams, profile: StageProfile) {
  const parallel = new Set<string>(params.parallel);
  const rows = profile.stages.map((s) => ({ stage: s.stage, ms: s.ms.median, noisy: s.ms.noisy, share: profile.totalMs > 0 ? s.ms.median / profile.totalMs : 0, parallel: parallel.has(s.stage) }));
  const hot = rows.reduce((a, r) => (r.ms > a.ms ? r : a), rows[0]!);
  const s = serialFraction(rows.map((r) => ({ stage: r.stage, ms: r.ms })), parallel);
  const safe = Number.isFinite(s) ? Math.min(1, Math.max(0, s)) : 1;
  return { rows, hot, s: safe, p: params.p, bound: amdahlSpeedup(safe, params.p), limit: safe > 0 ? 1 / safe : Number.POSITIVE_INFINITY, noisy: rows.some((r) => r.noisy) };
}
