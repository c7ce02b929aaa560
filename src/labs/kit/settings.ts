/**
 * Lab settings: the fields a lab offers, their defaults, their validation, and their round trip
 * through lab links (`#/lab/<id>?field=value&…&autorun=1`). Every lab with settings declares a
 * {@link LabSettings}; the form ({@link ./LabForm.tsx}), the lab page, the embed page and the
 * link builder all read it, so a field is validated the same way wherever its text comes from.
 *
 * Rules:
 * - Numbers follow the one rule of src/params/parse.ts.
 * - A value given twice in a link (`n=100&n=200`) is refused with a message, never resolved.
 * - A link parameter that is not a setting of the lab is ignored, and the page says so.
 * - A field hidden for the current choice (the seed of a kernel that draws no random numbers) is
 *   not validated and does not block Run; a link that sets it gets a note that it is ignored.
 *
 * Pure: any thread, and Node.
 */
import type { z } from 'zod';
import { autorunFlag, firstMessage } from '../../params/parse.ts';

/** What a lab's defaults and validation may depend on. */
export interface LabEnv {
  /** Logical cores the browser reports (navigator.hardwareConcurrency). */
  cores: number;
}

/** Raw text per field, as typed or as the link carried. */
export type RawSettings<F extends string> = Record<F, string>;

/** One field of a lab form and lab link. */
export interface FieldSpec<F extends string> {
  /** Field name: the lab-link parameter. */
  name: F;
  /** Label in the form (may depend on the other fields, e.g. "Darts" for the pi kernel, or the machine). */
  label: string | ((raw: RawSettings<F>, env: LabEnv) => string);
  /** Help text under the field when it is valid (may name the reported cores). */
  help: string | ((raw: RawSettings<F>, env: LabEnv) => string);
  /** A text input (default) or a select with fixed options. */
  kind?: 'text' | 'select';
  /** Options of a select: value and label. */
  options?: readonly { value: string; label: string }[] | ((raw: RawSettings<F>) => readonly { value: string; label: string }[]);
  /** Keyboard on phones (text inputs; default numeric, `decimal` for fractions). */
  inputMode?: 'numeric' | 'decimal' | 'text';
  /** Shown and validated only when this returns true (default: always). */
  when?: (raw: RawSettings<F>) => boolean;
}

/** The outcome of validating settings. */
export interface Validation<F extends string, P> {
  /** The settings, when every shown field is valid. */
  params: P | null;
  /** One message per invalid field. */
  errors: Partial<Record<F, string>>;
}

/** What a lab declares about its settings. */
export interface LabSettings<F extends string, P> {
  /** Fields in form order. */
  fields: readonly FieldSpec<F>[];
  /** Default text of every field on this machine. */
  defaults: (env: LabEnv) => RawSettings<F>;
  /**
   * Validates the shown fields (see {@link shownFields}) and any rule across fields (a sweep
   * estimated over five minutes, a list that must hold two counts). Never throws.
   */
  validate: (raw: RawSettings<F>, env: LabEnv) => Validation<F, P>;
}

/** The fields shown (and validated) for `raw`. */
export function shownFields<F extends string>(settings: LabSettings<F, unknown>, raw: RawSettings<F>): FieldSpec<F>[] {
  return settings.fields.filter((f) => !f.when || f.when(raw));
}

/**
 * Runs each field's schema on its text and collects the values and the first message per field.
 * A schema of `undefined` skips that field (a hidden field).
 *
 * @returns `values` holds only the fields that parsed; `errors` one message per failed field
 */
export function parseFields<F extends string, S extends Partial<Record<F, z.ZodType<unknown, string>>>>(
  raw: RawSettings<F>,
  schemas: S,
): { values: { [K in keyof S]?: S[K] extends z.ZodType<infer O, string> ? O : never }; errors: Partial<Record<F, string>>; ok: boolean } {
  const values: Record<string, unknown> = {};
  const errors: Partial<Record<F, string>> = {};
  for (const [name, schema] of Object.entries(schemas) as [F, z.ZodType<unknown, string> | undefined][]) {
    if (!schema) continue;
    const r = schema.safeParse(raw[name] ?? '');
    if (r.success) values[name] = r.data;
    else errors[name] = firstMessage(r.error);
  }
  return { values: values as never, errors, ok: Object.keys(errors).length === 0 };
}

/** What a lab link carried, read against a lab's settings. */
export interface LinkSettings<F extends string> {
  /** Text per field present in the link (valid or not: the form shows it with its message). */
  raw: Partial<RawSettings<F>>;
  /** Start at once (`autorun=1`). */
  autorun: boolean;
  /** Problems with the link itself, per field: a value given twice. */
  errors: Partial<Record<F | 'autorun', string>>;
  /** Link parameters that are not settings of this lab (ignored). */
  unknown: string[];
}

/**
 * Reads a lab link's query against `settings`.
 * Never throws: every problem becomes a message for the field it concerns.
 */
export function settingsFromQuery<F extends string>(settings: LabSettings<F, unknown>, query: URLSearchParams): LinkSettings<F> {
  const names = new Set<string>(settings.fields.map((f) => f.name));
  const raw: Partial<RawSettings<F>> = {};
  const errors: Partial<Record<F | 'autorun', string>> = {};
  const unknown: string[] = [];
  let autorun = false;
  for (const key of new Set(query.keys())) {
    const all = query.getAll(key);
    if (key !== 'autorun' && !names.has(key)) {
      unknown.push(key);
      continue;
    }
    const field = key as F | 'autorun';
    if (all.length > 1) {
      errors[field] = `The link gives ${key} ${all.length} times (${all.map((v) => `"${v}"`).join(', ')}); keep one.`;
      if (key !== 'autorun') raw[key as F] = all.join(',');
      continue;
    }
    const value = all[0] ?? '';
    if (key === 'autorun') {
      const r = autorunFlag.safeParse(value);
      if (r.success) autorun = r.data;
      else errors.autorun = firstMessage(r.error);
    } else raw[key as F] = value;
  }
  return { raw, autorun, errors, unknown };
}

/**
 * The query string of a lab link that reproduces `raw` (every field, in form order; hidden
 * fields left out), with `autorun=1` when asked.
 */
export function queryFromSettings<F extends string>(settings: LabSettings<F, unknown>, raw: RawSettings<F>, autorun = false): string {
  const q = new URLSearchParams();
  for (const f of shownFields(settings, raw)) q.set(f.name, raw[f.name].trim());
  if (autorun) q.set('autorun', '1');
  // Commas are legal in a URL's query and fragment: keep them readable in links printed on slides.
  return q.toString().replace(/%2C/gi, ',');
}

/** Resolves a field property that may depend on the other fields and on the machine. */
export function resolve<T, F extends string>(value: T | ((raw: RawSettings<F>, env: LabEnv) => T), raw: RawSettings<F>, env: LabEnv): T {
  return typeof value === 'function' ? (value as (raw: RawSettings<F>, env: LabEnv) => T)(raw, env) : value;
}
