import { useId, type ReactNode } from 'react';
import { LabField, SelectField } from './LabField.tsx';
import { resolve } from './settings.ts';
import type { LabSettingsState } from './useLabSettings.ts';

/** Props of {@link LabForm}. */
export interface LabFormProps<F extends string, P> {
  /** The lab's settings state (useLabSettings). */
  form: LabSettingsState<F, P>;
  /** Disables the fields (while running). */
  disabled?: boolean;
  /** Submitting (Enter, or the Run button) calls this with the valid settings. */
  onSubmit: (params: P) => void;
  /** The actions row (usually {@link LabActions}). */
  children?: ReactNode;
}

/**
 * The form of a lab: one field per shown setting, each with its help text or its message, and the
 * actions row. A message for a setting the form does not show (a bad `autorun`) is listed above the
 * actions, so nothing that blocks Run is hidden. Main thread (React).
 */
export function LabForm<F extends string, P>({ form, disabled, onSubmit, children }: LabFormProps<F, P>) {
  const id = useId();
  const shownNames = new Set<string>(form.shown.map((f) => f.name));
  const orphans = Object.entries(form.errors).filter(([name]) => !shownNames.has(name)) as [string, string][];
  return (
    <form
      className="lab-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (form.params) onSubmit(form.params);
      }}
    >
      {form.shown.map((f) => {
        const label = resolve(f.label, form.raw, form.env);
        const help = resolve(f.help, form.raw, form.env);
        const common = { id, name: f.name, label, value: form.raw[f.name], error: form.errors[f.name], help, disabled: !!disabled, onChange: (v: string) => form.update(f.name, v) };
        return f.kind === 'select' ? (
          <SelectField key={f.name} {...common} options={resolve(f.options ?? [], form.raw, form.env)} />
        ) : (
          <LabField key={f.name} {...common} inputMode={f.inputMode ?? 'numeric'} testId={`field-${f.name}`} />
        );
      })}
      {orphans.map(([name, message]) => (
        <p key={name} className="field-error" role="alert" data-testid={`error-${name}`}>
          {message}
        </p>
      ))}
      {children}
    </form>
  );
}
