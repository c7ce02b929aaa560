import type { ReactNode } from 'react';

/** Props of {@link TextField}. */
export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The message for a bad value; shown instead of the help text, announced as an alert. */
  error?: string | undefined;
  help: ReactNode;
  disabled?: boolean;
  inputMode?: 'numeric' | 'text';
  testId?: string;
}

/**
 * A labelled text input with its help line, or its error message where the user typed.
 * Main thread (React).
 */
export function TextField({ id, label, value, onChange, error, help, disabled, inputMode = 'numeric', testId }: TextFieldProps) {
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        inputMode={inputMode}
        value={value}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-msg`}
        data-testid={testId}
        onChange={(e) => onChange(e.target.value)}
      />
      <small id={`${id}-msg`} className={error ? 'field-error' : 'field-help'} role={error ? 'alert' : undefined}>
        {error ?? help}
      </small>
    </div>
  );
}
