import { useCallback, useState } from 'react';
import { hasWasmSimd, NO_SIMD_MESSAGE } from '../../kernels/wasm-simd-support.ts';
import { timeLoopInWorker } from '../../vectorize/vectorize-client.ts';
import { VECTOR_ADD_FORMS, type VectorAddForm } from '../../vectorize/loops.ts';
import type { LoopTiming } from '../../vectorize/time-loop.ts';
import type { LabComponentProps } from '../kit/definition.ts';
import { ExportButtons } from '../kit/ExportButtons.tsx';
import { loopResults } from './loop-results.ts';
import { formatFixed, formatRatio } from '../kit/format.ts';
import { useLabSettings } from '../kit/useLabSettings.ts';
import { CompiledLabFrame } from './CompiledLabFrame.tsx';
import { TimingsTable, WRAP, type TimingsColumn } from './TimingsTable.tsx';
import { useSettingsRun } from './useSettingsRun.ts';
import { ADACS_LENGTH, ADACS_VECTOR_ADD } from './course-figures.ts';
import { FORM_INFO } from './loop-labels.ts';
import { vectorFormsSettings, type LoopField, type LoopParams } from './settings.ts';

/** Id of this lab in the lab registry (`#/lab/vector-add-forms`). */
export const VECTOR_FORMS_LAB_ID = 'vector-add-forms';
const TITLE = 'The vector add in four forms';
const COLUMNS: readonly TimingsColumn[] = [
  { label: 'Form' },
  { label: 'µs per add', wrap: true },
  { label: 'ns per element', wrap: true },
  { label: 'Speedup over the Array', wrap: true },
];

interface FormsOutcome {
  params: LoopParams;
  timings: Partial<Record<VectorAddForm, LoopTiming>>;
}

/** Shows a time in µs with a sensible number of decimals. */
function us(x: number): string {
  return formatFixed(x, x < 10 ? 2 : 1);
}

/**
 * The ADACS vector add c = a + b (a = b = 0 … n − 1) as a JavaScript Array, a Float64Array,
 * scalar WebAssembly and WebAssembly SIMD, each timed in the vectorize worker with the
 * measurement loop (many adds per timed run), beside ADACS's 529 µs (Python list) and 1.18 µs
 * (numpy). Every form's c is checked against the others. Without SIMD its row is refused with a
 * message. Main thread (React); the loops run in the vectorize worker.
 */
export function VectorFormsLab({ title = TITLE, ...props }: LabComponentProps<LoopField>) {
  const form = useLabSettings(vectorFormsSettings, props);
  const simd = hasWasmSimd();
  const [progress, setProgress] = useState('');
  const job = useCallback(
    async (signal: AbortSignal, params: LoopParams): Promise<FormsOutcome> => {
      const timings: FormsOutcome['timings'] = {};
      for (const f of VECTOR_ADD_FORMS) {
        if (f === 'simd' && !simd) continue;
        setProgress(FORM_INFO[f].label);
        timings[f] = await timeLoopInWorker(`add-${f}`, params.n, params.repeats, signal);
      }
      return { params, timings };
    },
    [simd],
  );
  const forms = useSettingsRun(form, props.autorun, job);
  const { result } = forms;
  const base = result?.timings.array;
  const checksums = result ? new Set(Object.values(result.timings).map((t) => t.checksum)) : new Set();
  return (
    <CompiledLabFrame
      title={title}
      className="vector-forms-lab"
      label="Vector add forms lab"
      labId={VECTOR_FORMS_LAB_ID}
      form={form}
      run={forms}
      simd={simd}
      withoutSimd="The SIMD row is not run; the others are."
      exports={<ExportButtons results={result ? loopResults(VECTOR_FORMS_LAB_ID, TITLE, vectorFormsSettings, forms.ranRaw, Object.values(result.timings)) : null} filename="vector-add-forms" />}
      statusText={{
        running: `Timing the ${progress} form…`,
        done: result ? `Done: ${Object.keys(result.timings).length} forms timed; ${checksums.size === 1 ? 'all gave the same c' : 'the results DIFFER'}.` : 'Done.',
      }}
    >
      {result ? (
        <>
          <p className="note">
            c = a + b for {result.params.n.toLocaleString('en')} doubles: median time of one add. ADACS, for {ADACS_LENGTH.toLocaleString('en')} integers: {ADACS_VECTOR_ADD.list.label}{' '}
            <strong>{ADACS_VECTOR_ADD.list.microseconds} µs</strong>, {ADACS_VECTOR_ADD.numpy.label} <strong>{ADACS_VECTOR_ADD.numpy.microseconds} µs</strong> (×
            {formatFixed(ADACS_VECTOR_ADD.list.microseconds / ADACS_VECTOR_ADD.numpy.microseconds, 0)}).
          </p>
          <TimingsTable testId="vector-forms-table" caption="The vector add in four forms, time per add" columns={COLUMNS}>
            {VECTOR_ADD_FORMS.map((f) => {
              const t = result.timings[f];
              const head = (
                <th scope="row" style={WRAP}>
                  {FORM_INFO[f].label}
                  <br />
                  <span className="note">{FORM_INFO[f].what}</span>
                </th>
              );
              return t ? (
                <tr key={f} data-form={f} data-us={t.medianUs} data-checksum={t.checksum}>
                  {head}
                  <td>
                    {us(t.medianUs)}
                    {t.noisy ? ' (noisy)' : ''}
                  </td>
                  <td>{formatFixed(t.nsPerElement, 2)}</td>
                  <td>{base ? `×${formatRatio(base.medianUs / t.medianUs)}` : '–'}</td>
                </tr>
              ) : (
                <tr key={f} data-form={f} data-refused="true">
                  {head}
                  <td colSpan={3} style={WRAP}>Not run: {NO_SIMD_MESSAGE}</td>
                </tr>
              );
            })}
          </TimingsTable>
        </>
      ) : null}
    </CompiledLabFrame>
  );
}
