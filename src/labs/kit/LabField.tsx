import { useEffect, useState, type ReactNode } from 'react';

/** How long typing must pause before a field's new error is announced (ms). */
const ANNOUNCE_AFTER_MS = 900;

/**
 * A field's error message for a polite live region: it changes only after the value has stopped
 * changing for a moment, so a screen reader says each new message once, not on every keystroke.
 * (The message itself stays linked to the field by aria-describedby, so focusing the field reads
 * it too.)
 */
function useAnnouncement(error: string | undefined): string {
  const [said, setSaid] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSaid(error ?? ''), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [error]);
  return said;
}

/** The visually hidden polite region that announces a field's error once. */
function Announcer({ error }: { error: string | undefined }) {
  const said = useAnnouncement(error);
  return (
    <span className="sr-only" aria-live="polite" aria-atomic="true">
      {said}
    </span>
  );
}

/** Props of {@link LabField}. */
export interface LabFieldProps {
  /** id prefix from useId(); the input gets `${id}-${name}`. */
  id: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Message shown under the field when invalid (announced politely once typing pauses), else the help text. */
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
 * beneath (linked by aria-describedby, and announced politely once when typing pauses, never as an
 * alert on every keystroke). The one field component of the labs.
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
      <small id={`${id}-${name}-msg`} className={error ? 'field-error' : 'field-help'} data-testid={`error-${name}`}>
        {error ?? help}
      </small>
      <Announcer error={error} />
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
      <small id={`${id}-${name}-msg`} className={error ? 'field-error' : 'field-help'} data-testid={`error-${name}`}>
        {error ?? help}
      </small>
      <Announcer error={error} />
    </div>
  );
}
