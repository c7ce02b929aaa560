import type { ReactNode } from 'react';
import type { RunStatus } from '../../hooks/useRun.ts';
import { ShareLink } from './ShareLink.tsx';
import { useRunStartedEarly, useRunWaiting } from '../../hooks/run-waiting.ts';
import { OFFLINE_COPY_WAIT_MS } from '../../offline/offline-copy.ts';

/** What the status line says while a run waits for the offline copy (src/offline/offline-copy.ts). */
export const OFFLINE_COPY_WAIT_TEXT = `Waiting for the site's offline copy to finish downloading (a few seconds, on a first visit or after an update; at most ${OFFLINE_COPY_WAIT_MS / 1000} s): measured beside the download, this run's timings would share the cores with it.`;

/** Added to the status line of a run that stopped waiting for the offline copy at the limit. */
export const STARTED_EARLY_TEXT = ` Measured while the site's offline copy was still downloading (it took over ${OFFLINE_COPY_WAIT_MS / 1000} s): the timings may be high; run again once the page has finished loading.`;

/** Props of {@link LabActions}. */
export interface LabActionsProps {
  /** The run's status: Run is disabled while running, Cancel otherwise. */
  status: RunStatus;
  /** Whether the settings are valid (Run is disabled otherwise). */
  canRun: boolean;
  /** Cancels the run in progress. */
  onCancel: () => void;
  /** The lab's id and the query of a link that reproduces the demo (null while invalid). */
  link?: { lab: string; query: string | null };
  /** Label of the Run button (default "Run"). */
  runLabel?: string;
  /** More buttons (export, presets). */
  children?: ReactNode;
}

/**
 * The Run / Cancel row of a lab form, with "Link to this demo" (and its QR code in presenter
 * mode) and any extra buttons. Run is the form's submit button. Main thread (React).
 */
export function LabActions({ status, canRun, onCancel, link, runLabel = 'Run', children }: LabActionsProps) {
  const running = status === 'running';
  return (
    <div className="lab-actions">
      <button type="submit" className="primary" disabled={!canRun || running}>
        {runLabel}
      </button>
      <button type="button" onClick={onCancel} disabled={!running}>
        Cancel
      </button>
      {children}
      {link ? <ShareLink lab={link.lab} query={link.query} /> : null}
    </div>
  );
}

/** Props of {@link LabStatus}. */
export interface LabStatusProps {
  status: RunStatus;
  /** What to say for each status; `error` receives the error's message. */
  text: { idle?: ReactNode; running: ReactNode; done: ReactNode; cancelled?: ReactNode; error?: (message: string) => ReactNode };
  /** The run's error, when status is "error". */
  error?: Error | undefined;
  /**
   * Whether a setting is invalid (Run is disabled): while idle, the line then says so, in place of
   * the ready text, since the messages themselves are at the fields.
   */
  invalid?: boolean;
}

/**
 * The status line of a lab (a polite live region): ready (or not ready, while a setting is
 * invalid), running (or waiting for the offline copy before it starts: see useRun), done,
 * cancelled, or the error that ended the run; and, after a run that stopped waiting for the
 * offline copy at the limit, that its timings may be high. `data-status` carries the status for
 * tests, and `data-waiting` the wait. Main thread (React).
 */
export function LabStatus({ status, text, error, invalid = false }: LabStatusProps) {
  const waiting = useRunWaiting() && status === 'running';
  const early = useRunStartedEarly() && (status === 'running' || status === 'done');
  return (
    <p className="lab-status" role="status" data-testid="lab-status" data-status={status} data-waiting={waiting ? 'offline-copy' : undefined}>
      {status === 'idle' && (invalid ? 'Not ready: correct the marked settings, then press Run.' : (text.idle ?? 'Ready. Press Run to measure.'))}
      {status === 'running' && (waiting ? OFFLINE_COPY_WAIT_TEXT : text.running)}
      {status === 'done' && text.done}
      {early ? <span data-testid="started-early">{STARTED_EARLY_TEXT}</span> : null}
      {status === 'cancelled' && (text.cancelled ?? 'Cancelled. The workers were stopped; Run starts afresh.')}
      {status === 'error' && <span className="field-error">{text.error ? text.error(error?.message ?? 'unknown error') : `The run failed: ${error?.message ?? 'unknown error'}`}</span>}
    </p>
  );
}
