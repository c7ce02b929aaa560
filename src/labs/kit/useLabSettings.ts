import { useEffect, useMemo, useRef, useState } from 'react';
import { reportedCores } from '../../env/environment.ts';
import type { LabComponentProps } from './definition.ts';
import { queryFromSettings, shownFields, type FieldSpec, type LabEnv, type LabSettings, type RawSettings } from './settings.ts';

/** What {@link useLabSettings} returns. */
export interface LabSettingsState<F extends string, P> {
  settings: LabSettings<F, P>;
  env: LabEnv;
  /** Text per field. */
  raw: RawSettings<F>;
  /** Sets one field's text (and tells the lab page, which mirrors it in the URL). */
  update: (field: F, value: string) => void;
  /** Replaces several fields at once (presets). */
  updateMany: (values: Partial<RawSettings<F>>) => void;
  /** The validated settings, or null while any shown field is invalid. */
  params: P | null;
  /** One message per invalid field, including the link's own problems until the field is edited. */
  errors: Partial<Record<F | 'autorun', string>>;
  /** The fields shown for the current choices. */
  shown: FieldSpec<F>[];
  /** Query of a link that reproduces these settings and starts at once (null while invalid). */
  linkQuery: string | null;
}

/**
 * A lab's settings in a component: starting from the lab's defaults for this machine overlaid
 * with `props.initial`, validated on every change by the lab's own rules, with the link's problems
 * (`props.linkErrors`) kept beside their fields until the reader edits them. Main thread (React).
 */
export function useLabSettings<F extends string, P>(settings: LabSettings<F, P>, props: LabComponentProps<F>): LabSettingsState<F, P> {
  const env = useMemo<LabEnv>(() => ({ cores: reportedCores() }), []);
  const [raw, setRaw] = useState<RawSettings<F>>(() => ({ ...settings.defaults(env), ...props.initial }));
  const [linkErrors, setLinkErrors] = useState<Partial<Record<F | 'autorun', string>>>(props.linkErrors ?? {});
  const onChange = useRef(props.onSettingsChange);
  useEffect(() => {
    onChange.current = props.onSettingsChange;
  }, [props.onSettingsChange]);
  const validation = useMemo(() => settings.validate(raw, env), [settings, raw, env]);
  const errors: Partial<Record<F | 'autorun', string>> = { ...validation.errors, ...linkErrors };
  const linkBlocked = Object.keys(linkErrors).length > 0;
  const params = linkBlocked ? null : validation.params;
  const set = (next: RawSettings<F>, edited: readonly string[]): void => {
    setRaw(next);
    if (edited.some((f) => f in linkErrors)) {
      setLinkErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !edited.includes(k))) as Partial<Record<F | 'autorun', string>>);
    }
    onChange.current?.(next);
  };
  return {
    settings,
    env,
    raw,
    update: (field, value) => set({ ...raw, [field]: value }, [field]),
    updateMany: (values) => set({ ...raw, ...values }, Object.keys(values)),
    params,
    errors,
    shown: shownFields(settings, raw),
    linkQuery: params ? queryFromSettings(settings, raw, true) : null,
  };
}

/**
 * Starts `start` once, as soon as `params` is valid, when the lab was opened with `autorun`.
 * A remount (React StrictMode in development) starts it again rather than leaving it cancelled.
 * Main thread (React).
 */
export function useAutorun<P>(autorun: boolean | undefined, params: P | null, start: (params: P) => void): void {
  const done = useRef(false);
  const startRef = useRef(start);
  useEffect(() => {
    startRef.current = start;
  });
  useEffect(() => {
    if (autorun && params && !done.current) {
      done.current = true;
      startRef.current(params);
    }
  }, [autorun, params]);
  useEffect(
    () => () => {
      done.current = false;
    },
    [],
  );
}
