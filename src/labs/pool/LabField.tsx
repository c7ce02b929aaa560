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
}

/** A labelled text input with its help text or, when invalid, its error message beneath. */
export function LabField({ id, name, label, value, onChange, error, help, disabled, inputMode = 'numeric', placeholder }: LabFieldProps) {
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        name={name}
        inputMode={inputMode}
        value={value}
        placeholder={placeholder}
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
