import { useCallback, useState } from 'react';
import { useRun } from '../../hooks/useRun.ts';
import { hasWasmSimd, NO_SIMD_MESSAGE } from '../../kernels/wasm-simd-support.ts';
import { timeLoopInWorker } from '../../vectorize/vectorize-client.ts';
import { VECTOR_ADD_FORMS, type VectorAddForm } from '../../vectorize/loops.ts';
import type { LoopTiming } from '../../vectorize/time-loop.ts';
import type { LabComponentProps } from '../kit/definition.ts';
import { ExportButtons } from '../kit/ExportButtons.tsx';
import { loopResults } from './loop-results.ts';
import { formatFixed, formatRatio } from '../kit/format.ts';
import { LabActions, LabStatus } from '../kit/LabActions.tsx';
import { LabForm } from '../kit/LabForm.tsx';
import { useAutorun, useLabSettings } from '../kit/useLabSettings.ts';
import { ADACS_LENGTH, ADACS_VECTOR_ADD } from './course-figures.ts';
import { FORM_INFO } from './loop-labels.ts';
import { vectorFormsSettings, type LoopField, type LoopParams } from './settings.ts';

/** Id of this lab in the lab registry (`#/lab/vector-add-forms`). */
export const VECTOR_FORMS_LAB_ID = 'vector-add-forms';
const TITLE = 'The vector add in four forms';
/** Table cells that may wrap (the lab kit's tables keep cells on one line). */
const WRAP = { whiteSpace: 'normal' } as const;

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
  const { status, result, error, run, cancel } = useRun(job);
  const [ranRaw, setRanRaw] = useState(form.raw);
  const start = (p: LoopParams): void => {
    setRanRaw(form.raw);
    void run(p);
  };
  useAutorun(props.autorun, form.params, start);
  const running = status === 'running';
  const base = result?.timings.array;
  const checksums = result ? new Set(Object.values(result.timings).map((t) => t.checksum)) : new Set();
  return (
    <section className="lab vector-forms-lab" aria-label="Vector add forms lab">
      <h3 className="lab-title">{title}</h3>
      {!simd ? (
        <p className="note" role="note" data-testid="no-simd">
          <strong>No WebAssembly SIMD here:</strong> {NO_SIMD_MESSAGE} The SIMD row is not run; the others are.
        </p>
      ) : null}
      <LabForm form={form} disabled={running} onSubmit={start}>
        <LabActions status={status} canRun={!!form.params} onCancel={cancel} link={{ lab: VECTOR_FORMS_LAB_ID, query: form.linkQuery }}>
          <ExportButtons results={result ? loopResults(VECTOR_FORMS_LAB_ID, TITLE, vectorFormsSettings, ranRaw, Object.values(result.timings)) : null} filename="vector-add-forms" />
        </LabActions>
      </LabForm>
      <LabStatus
        status={status}
        error={error}
        text={{
          running: `Timing the ${progress} form…`,
          done: result ? `Done: ${Object.keys(result.timings).length} forms timed; ${checksums.size === 1 ? 'all gave the same c' : 'the results DIFFER'}.` : 'Done.',
        }}
      />
      {result ? (
        <>
          <p className="note">
            c = a + b for {result.params.n.toLocaleString('en')} doubles: median time of one add. ADACS, for {ADACS_LENGTH.toLocaleString('en')} integers: {ADACS_VECTOR_ADD.list.label}{' '}
            <strong>{ADACS_VECTOR_ADD.list.microseconds} µs</strong>, {ADACS_VECTOR_ADD.numpy.label} <strong>{ADACS_VECTOR_ADD.numpy.microseconds} µs</strong> (×
            {formatFixed(ADACS_VECTOR_ADD.list.microseconds / ADACS_VECTOR_ADD.numpy.microseconds, 0)}).
          </p>
          <div className="table-wrap">
            <table className="results" data-testid="vector-forms-table">
              <caption className="sr-only">The vector add in four forms, time per add</caption>
              <thead>
                <tr>
                  <th scope="col">Form</th>
                  <th scope="col" style={WRAP}>µs per add</th>
                  <th scope="col" style={WRAP}>ns per element</th>
                  <th scope="col" style={WRAP}>Speedup over the Array</th>
                </tr>
              </thead>
              <tbody>
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
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}
