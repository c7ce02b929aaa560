/**
 * The frame of a compiled-code lab (the speed ladder, the vector add forms, the vectorization
 * breakers): its heading, the note that SIMD is missing where it is, the settings form with Run,
 * Cancel, link and the lab's export buttons, the status line, then the lab's results.
 * Main thread (React).
 */
import type { ReactNode } from 'react';
import { NO_SIMD_MESSAGE } from '../../kernels/wasm-simd-support.ts';
import { LabActions, LabStatus, type LabStatusProps } from '../kit/LabActions.tsx';
import { LabForm } from '../kit/LabForm.tsx';
import type { LabSettingsState } from '../kit/useLabSettings.ts';
import type { SettingsRun } from './useSettingsRun.ts';

/** Props of {@link CompiledLabFrame}. */
export interface CompiledLabFrameProps<F extends string, P> {
  /** The lab's heading. */
  title: string;
  /** The section's class beside `lab` (e.g. `speed-ladder-lab`). */
  className: string;
  /** The section's accessible name (e.g. "Speed ladder lab"). */
  label: string;
  /** Id of the lab for "Link to this demo". */
  labId: string;
  form: LabSettingsState<F, P>;
  /** The lab's run (useSettingsRun). */
  run: SettingsRun<F, P, unknown>;
  /** Whether this browser has WebAssembly SIMD (hasWasmSimd). */
  simd: boolean;
  /** Said after the reason when SIMD is missing: what is not run, e.g. "The SIMD row is not run; the others are." */
  withoutSimd: string;
  /** The export buttons (ExportButtons) in the actions row. */
  exports: ReactNode;
  /** What the status line says (LabStatus). */
  statusText: LabStatusProps['text'];
  /** The lab's results, below the status line. */
  children?: ReactNode;
}

/**
 * A compiled-code lab's frame (see the file's comment): the lab's results go in `children`. The
 * form is disabled while the run goes on. Main thread (React); throws nothing of its own.
 */
export function CompiledLabFrame<F extends string, P>({ title, className, label, labId, form, run, simd, withoutSimd, exports, statusText, children }: CompiledLabFrameProps<F, P>) {
  return (
    <section className={`lab ${className}`} aria-label={label}>
      <h3 className="lab-title">{title}</h3>
      {!simd ? (
        <p className="note" role="note" data-testid="no-simd">
          <strong>No WebAssembly SIMD here:</strong> {NO_SIMD_MESSAGE} {withoutSimd}
        </p>
      ) : null}
      <LabForm form={form} disabled={run.running} onSubmit={run.start}>
        <LabActions status={run.status} canRun={!!form.params} onCancel={run.cancel} link={{ lab: labId, query: form.linkQuery }}>
          {exports}
        </LabActions>
      </LabForm>
      <LabStatus invalid={!form.params} status={run.status} error={run.error} text={statusText} />
      {children}
    </section>
  );
}
