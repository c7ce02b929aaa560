import { useState } from 'react';
import { useRun, type RunStatus } from '../../hooks/useRun.ts';
import type { RawSettings } from '../kit/settings.ts';
import { useAutorun, type LabSettingsState } from '../kit/useLabSettings.ts';

/** What {@link useSettingsRun} returns. */
export interface SettingsRun<F extends string, P, R> {
  status: RunStatus;
  /** The last finished run's outcome. */
  result: R | undefined;
  error: Error | undefined;
  /** True while a run goes on (the form is then disabled). */
  running: boolean;
  /** Starts a run with valid settings (Run, Enter, autorun), cancelling one in progress. */
  start: (params: P) => void;
  cancel: () => void;
  /** The settings' text the last run was started with, for its export (not the form's current text). */
  ranRaw: RawSettings<F>;
}

/**
 * Runs a compiled-code lab's `job` with its validated settings: useRun's status, result, error
 * and cancel, plus `start` (which remembers the settings' text it ran with, `ranRaw`) and autorun
 * once the settings are valid when the lab was opened with `autorun`. The job's errors land in
 * `error`; cancelling aborts its signal. Main thread (React); the job's work runs in workers.
 */
export function useSettingsRun<F extends string, P, R>(
  form: LabSettingsState<F, P>,
  autorun: boolean | undefined,
  job: (signal: AbortSignal, params: P) => Promise<R>,
): SettingsRun<F, P, R> {
  const { status, result, error, run, cancel } = useRun(job);
  const [ranRaw, setRanRaw] = useState(form.raw);
  const start = (p: P): void => {
    setRanRaw(form.raw);
    void run(p);
  };
  useAutorun(autorun, form.params, start);
  return { status, result, error, running: status === 'running', start, cancel, ranRaw };
}
