import { useCallback, useState } from 'react';
import { hasWasmSimd, NO_SIMD_MESSAGE } from '../../kernels/wasm-simd-support.ts';
import { measure } from '../../measure/measure.ts';
import { MAX_WORKERS } from '../../params/limits.ts';
import { runPythonProgram, type PythonLoad } from '../../pyodide/python-client.ts';
import { isAbortError } from '../../workers/pool.ts';
import { runKernel } from '../../workers/kernel-pool.ts';
import type { LabComponentProps } from '../kit/definition.ts';
import { ExportButtons } from '../kit/ExportButtons.tsx';
import type { LabResults } from '../kit/export.ts';
import { queryFromSettings, type RawSettings } from '../kit/settings.ts';
import { formatCompact, formatFixed, formatMs, formatRatio } from '../kit/format.ts';
import { useLabSettings } from '../kit/useLabSettings.ts';
import { CompiledLabFrame } from './CompiledLabFrame.tsx';
import { TimingsTable, WRAP, type TimingsColumn } from './TimingsTable.tsx';
import { useSettingsRun } from './useSettingsRun.ts';
import { COURSE_LADDER, COURSE_N } from './course-figures.ts';
import { courseSpeedup, evaluationsPerSecond, RUNG_INFO, RUNGS, secondsAtCourseN, speedupsOverFirst, type LadderRow, type Rung } from './ladder-model.ts';
import { ladderSettings, type LadderField, type LadderParams } from './settings.ts';
import PROGRAM from './integrate_timed.py?raw';

/** Id of this lab in the lab registry (`#/lab/speed-ladder`). */
export const SPEED_LADDER_LAB_ID = 'speed-ladder';
/** The program's file name, as the lesson shows it and as CPython's sys.argv[0]. */
export const PROGRAM_NAME = 'integrate_timed.py';
const TITLE = 'The speed ladder on your machine';
const COLUMNS: readonly TimingsColumn[] = [
  { label: 'Rung' },
  { label: 'Median (ms)', wrap: true },
  { label: 'Sines per second', wrap: true },
  { label: <>Seconds at n&nbsp;=&nbsp;10&nbsp;000</>, wrap: true },
  { label: 'Speedup over CPython', wrap: true },
  { label: 'Result' },
];

interface LadderOutcome {
  params: LadderParams;
  rows: LadderRow[];
  /** Rungs not run, with why. */
  refused: Partial<Record<Rung, string>>;
  /** What CPython printed on its last run. */
  pythonOutput: string | null;
  pythonLoad: PythonLoad | null;
  /** Every timed run (ms), per rung. */
  runs: { rung: Rung; workers: number; repeat: number; ms: number; value: string }[];
}

/** The runs and the table, for export. */
export function ladderResults(raw: RawSettings<LadderField>, o: LadderOutcome): LabResults {
  const query = queryFromSettings(ladderSettings, raw);
  return {
    lab: { id: SPEED_LADDER_LAB_ID, title: TITLE },
    settings: Object.fromEntries(new URLSearchParams(query)),
    query,
    runs: o.runs.map((r) => ({ series: r.rung, workers: r.workers, repeat: r.repeat, ms: r.ms, value: r.value })),
    summary: o.rows.map((r) => ({
      rung: r.rung,
      n: r.n,
      workers: r.workers,
      median_ms: r.medianMs,
      evaluations_per_s: evaluationsPerSecond(r),
      seconds_at_n_10000: secondsAtCourseN(r),
      result: r.text,
    })),
  };
}

/**
 * The speed ladder: the course's integral on the reader's machine, from CPython (the lesson's own
 * program, run verbatim by Pyodide in a worker with a small n) through JavaScript (a JIT, like
 * numba), WebAssembly (compiled ahead, like Fortran), WebAssembly SIMD, and SIMD on every core,
 * each timed with the measurement loop and scaled to the course's n = 10 000 beside the course's
 * seconds. Where SIMD is missing the SIMD rungs are refused with a message and the rest runs;
 * where Pyodide cannot load, the CPython rung says why. Main thread (React); all work runs in
 * workers (the Python worker, the kernel pool).
 */
export function SpeedLadderLab({ title = TITLE, ...props }: LabComponentProps<LadderField>) {
  const form = useLabSettings(ladderSettings, props);
  const simd = hasWasmSimd();
  const cores = Math.max(1, Math.min(form.env.cores, MAX_WORKERS));
  const [progress, setProgress] = useState('');
  const job = useCallback(
    async (signal: AbortSignal, params: LadderParams): Promise<LadderOutcome> => {
      const rows: LadderRow[] = [];
      const refused: LadderOutcome['refused'] = {};
      let pythonOutput: string | null = null;
      let pythonLoad: PythonLoad | null = null;
      const runs: LadderOutcome['runs'] = [];
      setProgress('CPython: loading Pyodide, then running the program');
      try {
        const m = await measure({
          repeats: params.repeats,
          signal,
          run: ({ signal: s }) => runPythonProgram(PROGRAM_NAME, PROGRAM, [String(params.pyn)], s),
        });
        pythonOutput = m.last.output;
        pythonLoad = m.warmupRuns[0]?.value.load ?? m.runs[0]?.value.load ?? null;
        const text = /Integral value is (\S+),/.exec(m.last.output)?.[1] ?? '?';
        rows.push({ rung: 'python', n: params.pyn, workers: 1, medianMs: m.time.median, text });
        m.runs.forEach((r) => runs.push({ rung: 'python', workers: 1, repeat: r.index, ms: r.ms, value: /Integral value is (\S+),/.exec(r.value.output)?.[1] ?? '' }));
      } catch (error) {
        if (signal.aborted || isAbortError(error)) throw error;
        refused.python = error instanceof Error ? error.message : String(error);
      }
      for (const rung of RUNGS.slice(1)) {
        if ((rung === 'simd' || rung === 'simd-all') && !simd) {
          refused[rung] = NO_SIMD_MESSAGE;
          continue;
        }
        const impl = rung === 'simd-all' ? 'simd' : (rung as 'js' | 'wasm' | 'simd');
        const workers = rung === 'simd-all' ? cores : 1;
        setProgress(`${RUNG_INFO[rung].label}${workers > 1 ? ` on ${workers} workers` : ''}`);
        const m = await measure({ repeats: params.repeats, signal, run: ({ signal: s }) => runKernel('integrate', impl, { n: params.n }, workers, s) });
        rows.push({ rung, n: params.n, workers, medianMs: m.time.median, text: m.last.value.text });
        m.runs.forEach((r) => runs.push({ rung, workers, repeat: r.index, ms: r.ms, value: r.value.value.text }));
      }
      return { params, rows, refused, pythonOutput, pythonLoad, runs };
    },
    [simd, cores],
  );
  const ladder = useSettingsRun(form, props.autorun, job);
  const { result } = ladder;
  const speedups = result ? speedupsOverFirst(result.rows[0]?.rung === 'python' ? result.rows : []) : [];
  return (
    <CompiledLabFrame
      title={title}
      className="speed-ladder-lab"
      label="Speed ladder lab"
      labId={SPEED_LADDER_LAB_ID}
      form={form}
      run={ladder}
      simd={simd}
      withoutSimd="The SIMD rungs are not run; the others are."
      exports={<ExportButtons results={result ? ladderResults(ladder.ranRaw, result) : null} filename="speed-ladder" />}
      statusText={{
        idle: 'Ready. Run loads CPython (about 13 MB the first time, then from the cache) and climbs the ladder.',
        running: `Running: ${progress}…`,
        done: result ? `Done: ${result.rows.length} rungs measured${Object.keys(result.refused).length ? `, ${Object.keys(result.refused).length} not run` : ''}.` : 'Done.',
      }}
    >
      {result?.refused.python ? (
        <p className="field-error" role="alert" data-testid="python-error">
          {result.refused.python}
        </p>
      ) : null}
      {result ? (
        <>
          <p className="note">
            The integral of sin(x + y): CPython with n = {result.params.pyn.toLocaleString('en')}, the other rungs with n = {result.params.n.toLocaleString('en')}; each
            rung’s rate scaled to the course’s n = {COURSE_N.toLocaleString('en')} (10⁸ sines), beside the course’s seconds on one Kebnekaise node.
          </p>
          <TimingsTable testId="ladder-table" caption="The speed ladder on this machine beside the course’s" columns={COLUMNS}>
            {RUNGS.map((rung) => {
              const i = result.rows.findIndex((r) => r.rung === rung);
              const r = result.rows[i];
              const keys = RUNG_INFO[rung].course;
              const course = keys.length ? keys.map((k) => `${COURSE_LADDER[k].label} ${formatFixed(COURSE_LADDER[k].seconds, 2)} s (×${formatFixed(courseSpeedup(k), 1)})`).join('; ') : 'no counterpart';
              const head = (
                <th scope="row" style={WRAP}>
                  {RUNG_INFO[rung].label}
                  {r && r.workers > 1 ? `, ${r.workers} workers` : ''}
                  <br />
                  <span className="note">
                    {RUNG_INFO[rung].stands}. Course: <span data-testid={`course-${rung}`}>{course}</span>
                  </span>
                </th>
              );
              if (!r) {
                return (
                  <tr key={rung} data-rung={rung} data-refused="true">
                    {head}
                    <td colSpan={5} style={WRAP}>
                      Not run: {result.refused[rung] ?? 'cancelled'}
                    </td>
                  </tr>
                );
              }
              return (
                <tr key={rung} data-rung={rung} data-rate={evaluationsPerSecond(r)} data-result={r.text}>
                  {head}
                  <td>{formatMs(r.medianMs)}</td>
                  <td>{formatCompact(evaluationsPerSecond(r))}</td>
                  <td>{formatFixed(secondsAtCourseN(r), 2)}</td>
                  <td>{speedups[i] === undefined ? '–' : formatRatio(speedups[i])}</td>
                  <td>
                    <code>{r.text}</code>
                  </td>
                </tr>
              );
            })}
          </TimingsTable>
        </>
      ) : null}
      {result?.pythonOutput !== null && result?.pythonOutput !== undefined ? (
        <figure className="python-output">
          <figcaption>
            What CPython printed (<code>python {PROGRAM_NAME} {result.params.pyn}</code>, last timed run)
            {result.pythonLoad ? `; ${result.pythonLoad.python.split(' ')[0] ? `Python ${result.pythonLoad.python.split(' ')[0]}` : 'Python'} in Pyodide ${result.pythonLoad.pyodide}, loaded in ${formatMs(result.pythonLoad.ms)} ms from the ${result.pythonLoad.source}` : ''}:
          </figcaption>
          <pre data-testid="python-output" tabIndex={0} aria-label="What CPython printed">
            {result.pythonOutput}
          </pre>
        </figure>
      ) : null}
    </CompiledLabFrame>
  );
}
