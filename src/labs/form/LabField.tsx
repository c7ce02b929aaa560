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
