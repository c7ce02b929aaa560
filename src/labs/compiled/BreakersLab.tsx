import { useCallback, useState } from 'react';
import { hasWasmSimd, NO_SIMD_MESSAGE } from '../../kernels/wasm-simd-support.ts';
import { timeLoopInWorker } from '../../vectorize/vectorize-client.ts';
import { BREAKERS, SIMD_BREAKERS, type Breaker } from '../../vectorize/loops.ts';
import type { LoopTiming } from '../../vectorize/time-loop.ts';
import type { LabComponentProps } from '../kit/definition.ts';
import { ExportButtons } from '../kit/ExportButtons.tsx';
import { loopResults } from './loop-results.ts';
import { formatFixed, formatRatio } from '../kit/format.ts';
import { useLabSettings } from '../kit/useLabSettings.ts';
import { CompiledLabFrame } from './CompiledLabFrame.tsx';
import { TimingsTable, WRAP, type TimingsColumn } from './TimingsTable.tsx';
import { useSettingsRun } from './useSettingsRun.ts';
import { BREAKER_INFO } from './loop-labels.ts';
import { breakersSettings, type LoopField, type LoopParams } from './settings.ts';

/** Id of this lab in the lab registry (`#/lab/vectorization-breakers`). */
export const BREAKERS_LAB_ID = 'vectorization-breakers';
const TITLE = 'What breaks vectorization';
const COLUMNS: readonly TimingsColumn[] = [
  { label: 'Loop' },
  { label: 'Scalar (ns)', wrap: true },
  { label: 'SIMD (ns)', wrap: true },
  { label: 'SIMD speedup', wrap: true },
  { label: 'Same result', wrap: true },
];

interface BreakerTimings {
  wasm: LoopTiming;
  simd?: LoopTiming;
}

interface BreakersOutcome {
  params: LoopParams;
  timings: Partial<Record<Breaker, BreakerTimings>>;
}

/**
 * ADACS's three vectorization breakers, live: the loop c[i] = b[i] + |a[i]| plain, with a
 * loop-carried dependency (one running sum), with a branch on random signs, and with a function
 * call per element, each as scalar WebAssembly and, where a vector form exists, as WebAssembly
 * SIMD, timed in the vectorize worker with the measurement loop. Each variant's result is checked
 * against the plain loop's. Without SIMD the SIMD column is refused with a message. Main thread
 * (React); the loops run in the vectorize worker.
 */
export function BreakersLab({ title = TITLE, ...props }: LabComponentProps<LoopField>) {
  const form = useLabSettings(breakersSettings, props);
  const simd = hasWasmSimd();
  const [progress, setProgress] = useState('');
  const job = useCallback(
    async (signal: AbortSignal, params: LoopParams): Promise<BreakersOutcome> => {
      const timings: BreakersOutcome['timings'] = {};
      for (const b of BREAKERS) {
        setProgress(`${BREAKER_INFO[b].label}, scalar`);
        const wasm = await timeLoopInWorker(`${b}-wasm`, params.n, params.repeats, signal);
        let vector: LoopTiming | undefined;
        if (simd && SIMD_BREAKERS.includes(b)) {
          setProgress(`${BREAKER_INFO[b].label}, SIMD`);
          vector = await timeLoopInWorker(`${b}-simd`, params.n, params.repeats, signal);
        }
        timings[b] = vector ? { wasm, simd: vector } : { wasm };
      }
      return { params, timings };
    },
    [simd],
  );
  const breakers = useSettingsRun(form, props.autorun, job);
  const { result } = breakers;
  const plain = result?.timings.plain;
  // The plain loop's c summed in order equals the running sum exactly (whole numbers): every variant's checksum matches.
  const same = (t: LoopTiming | undefined) => (t && plain ? t.checksum === plain.wasm.checksum : false);
  return (
    <CompiledLabFrame
      title={title}
      className="breakers-lab"
      label="Vectorization breakers lab"
      labId={BREAKERS_LAB_ID}
      form={form}
      run={breakers}
      simd={simd}
      withoutSimd="The SIMD column is not run; the scalar loops are."
      exports={<ExportButtons results={result ? loopResults(BREAKERS_LAB_ID, TITLE, breakersSettings, breakers.ranRaw, Object.values(result.timings).flatMap((t) => (t.simd ? [t.wasm, t.simd] : [t.wasm]))) : null} filename="vectorization-breakers" />}
      statusText={{ running: `Timing: ${progress}…`, done: 'Done: every loop timed and its result checked against the plain loop.' }}
    >
      {result ? (
        <>
          <p className="note">
            {result.params.n.toLocaleString('en')} elements (a: whole numbers in ±1000 with random signs, b[i] = i): median nanoseconds per element.
          </p>
          <TimingsTable testId="breakers-table" caption="Each loop as scalar WebAssembly and WebAssembly SIMD, nanoseconds per element" columns={COLUMNS}>
            {BREAKERS.map((b) => {
              const t = result.timings[b];
              if (!t) return null;
              const vector = t.simd;
              return (
                <tr key={b} data-breaker={b} data-scalar-ns={t.wasm.nsPerElement} data-simd-ns={vector?.nsPerElement ?? ''}>
                  <th scope="row" style={WRAP}>
                    {BREAKER_INFO[b].label}: <code>{BREAKER_INFO[b].loop}</code>
                    <br />
                    <span className="note">Vector form: {BREAKER_INFO[b].simd}</span>
                  </th>
                  <td>{formatFixed(t.wasm.nsPerElement, 2)}</td>
                  <td style={vector ? undefined : WRAP}>{vector ? formatFixed(vector.nsPerElement, 2) : SIMD_BREAKERS.includes(b) ? `Not run: ${NO_SIMD_MESSAGE}` : 'none'}</td>
                  <td>{vector ? `×${formatRatio(t.wasm.nsPerElement / vector.nsPerElement)}` : '–'}</td>
                  <td data-testid={`same-${b}`}>{same(t.wasm) && (!vector || same(vector)) ? 'yes' : 'NO'}</td>
                </tr>
              );
            })}
          </TimingsTable>
        </>
      ) : null}
    </CompiledLabFrame>
  );
}
