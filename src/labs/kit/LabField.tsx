import type { ReactNode } from 'react';

/** Props of {@link LabField}. */
export interface LabFieldProps {
  /** id prefix from useId(); the input gets `${id}-${name}`. */
  id: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Message shown under the field when invalid (role=alert), else the help text. */
  error?: string | undefined;
  help: ReactNode;
  disabled?: boolean;
  inputMode?: 'numeric' | 'decimal' | 'text';
  placeholder?: string;
  /** data-testid of the input, for tests. */
  testId?: string;
}

/**
 * A labelled text input of a lab form with its help text or, when invalid, its error message
 * beneath (announced as an alert, linked by aria-describedby). The one field component of the labs.
 * Main thread (React).
 */
export function LabField({ id, name, label, value, onChange, error, help, disabled, inputMode = 'numeric', placeholder, testId }: LabFieldProps) {
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        name={name}
        inputMode={inputMode}
        value={value}
        placeholder={placeholder}
        data-testid={testId}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-${name}-msg`}
        onChange={(e) => onChange(e.target.value)}
      />
      <small id={`${id}-${name}-msg`} className={error ? 'field-error' : 'field-help'} role={error ? 'alert' : undefined} data-testid={`error-${name}`}>
        {error ?? help}
      </small>
    </div>
  );
}

/** Props of {@link SelectField}. */
export interface SelectFieldProps {
  /** id prefix from useId(); the select gets `${id}-${name}`. */
  id: string;
  name: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  error?: string | undefined;
  help: ReactNode;
  disabled?: boolean;
}

/**
 * A labelled select of a lab form with its help text or error beneath, like {@link LabField}. A
 * value that is not among the options (from a bad link) is shown as "(unknown)" with its message.
 * Main thread (React).
 */
export function SelectField({ id, name, label, value, options, onChange, error, help, disabled }: SelectFieldProps) {
  const known = options.some((o) => o.value === value);
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <select id={`${id}-${name}`} name={name} value={value} disabled={disabled} aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-${name}-msg`} data-testid={`field-${name}`} onChange={(e) => onChange(e.target.value)}>
        {known ? null : <option value={value}>{value || '(empty)'} (unknown)</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
      <small id={`${id}-${name}-msg`} className={error ? 'field-error' : 'field-help'} role={error ? 'alert' : undefined} data-testid={`error-${name}`}>
        {error ?? help}
      </small>
    </div>
  );
}
