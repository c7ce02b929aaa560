/**
 * The one parsing module: every lab field and every lab-link value that holds a number goes
 * through these schemas, so a form and a link read the same text the same way.
 *
 * The rule for whole numbers (documented in README "Lab links"):
 * - digits, optionally with a leading `-` where negatives make sense: `10000`, `-3`;
 * - `_` between digits groups them, as in Python and JavaScript literals: `1_000_000`;
 * - scientific notation when the value is whole: `1e6`, `2.5e7`, `3E+8`;
 * - nothing else. `1,000` is refused (the comma separates list entries, and `1,000` means
 *   "one and zero" in a list of worker counts), as are `1.5`, `0x10`, `1 000` and empty text.
 *
 * Decimal fields (seconds, gigabytes, map items) take the same forms plus a fraction (`0.5`,
 * `2.5e3`); `1,000` and `.5` are refused there too.
 *
 * Lists (worker counts, sizes) are entries separated by commas and/or spaces; an empty entry
 * (`1,,2` or a trailing comma) is refused rather than skipped, and each entry follows the rule
 * above. Values are never clamped or rounded: out of range is an error naming the limit.
 *
 * Pure: any thread, and Node.
 */
import { z } from 'zod';

/** Result of parsing one whole number: the value, or a message for the field. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

const DIGITS = /^-?\d+(?:_\d+)*$/;
const SCIENTIFIC = /^\d+(?:_\d+)*(?:\.\d+)?e\+?\d+$/i;

/** Upper-cases the first letter of a message fragment. */
export function capitalize(text: string): string {
  return text.length > 0 ? `${text[0]!.toUpperCase()}${text.slice(1)}` : text;
}

/**
 * Reads `text` as a whole number by the rule above.
 *
 * @param text what the user typed or the link carried (surrounding spaces are ignored)
 * @param label the field's name in messages, e.g. "the grid size n"
 * @returns the value, or a message such as `The grid size n must be a whole number ("1,000" is not; write 1000 or 1_000).`
 */
export function parseWhole(text: string, label: string): ParseResult<number> {
  const s = text.trim();
  const name = capitalize(label);
  if (s === '') return { ok: false, error: `Enter ${label}.` };
  if (/^\d{1,3}(,\d{3})+$/.test(s)) {
    return { ok: false, error: `"${s}" has a comma: write ${s.replace(/,/g, '')} or ${s.replace(/,/g, '_')} (commas separate list entries).` };
  }
  let value: number;
  if (DIGITS.test(s)) value = Number(s.replace(/_/g, ''));
  else if (SCIENTIFIC.test(s)) value = Number(s.replace(/_/g, ''));
  else return { ok: false, error: `${name} must be a whole number (digits, 1_000 style or 1e6 style), not "${s}".` };
  if (!Number.isInteger(value)) return { ok: false, error: `${name} must be a whole number, not "${s}".` };
  if (!Number.isSafeInteger(value)) return { ok: false, error: `${name} is too large.` };
  return { ok: true, value };
}

/** Options of {@link wholeNumber}. */
export interface WholeNumberOptions {
  /** Smallest value allowed. */
  min: number;
  /** Largest value allowed. */
  max: number;
  /** Message when below `min` (default: "<Label> must be at least <min>."). */
  tooSmall?: string;
  /** Message when above `max` (default: "<Label> must be at most <max>."). */
  tooLarge?: string;
}

/** Formats a limit for messages: 2000000000 → "2,000,000,000" (en grouping, as in the README). */
export function formatLimit(value: number): string {
  return new Intl.NumberFormat('en').format(value);
}

/**
 * A zod schema from a field's text to a whole number in [min, max], by the rule above.
 *
 * @param label the field's name in messages, e.g. "the number of repeats"
 */
export function wholeNumber(label: string, { min, max, tooSmall, tooLarge }: WholeNumberOptions) {
  const name = capitalize(label);
  return z.string().transform((text, ctx) => {
    const parsed = parseWhole(text, label);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: parsed.error });
      return z.NEVER;
    }
    if (parsed.value < min) {
      ctx.addIssue({ code: 'custom', message: tooSmall ?? `${name} must be at least ${formatLimit(min)}.` });
      return z.NEVER;
    }
    if (parsed.value > max) {
      ctx.addIssue({ code: 'custom', message: tooLarge ?? `${name} must be at most ${formatLimit(max)}.` });
      return z.NEVER;
    }
    return parsed.value;
  });
}

/**
 * Splits list text into its entries: separated by commas and/or spaces.
 *
 * @returns the entries, or a message when an entry is empty (`1,,2`, `,1`, `1,`) or the text is
 */
export function splitList(text: string, label: string): ParseResult<string[]> {
  const s = text.trim();
  if (s === '') return { ok: false, error: `List at least one ${label}.` };
  const parts = s.split(/\s*,\s*|\s+/);
  if (parts.some((p) => p === '')) return { ok: false, error: `An empty entry in the list of ${label}s: separate entries with one comma, as in 1,2,4.` };
  return { ok: true, value: parts };
}

/** Options of {@link numberList}. */
export interface NumberListOptions extends WholeNumberOptions {
  /** Fewest entries (default 1). */
  minCount?: number;
  /** Most entries (default unlimited). */
  maxCount?: number;
  /** Refuse an entry listed twice (default true). */
  unique?: boolean;
  /** Sort ascending (default true). */
  sort?: boolean;
}

/**
 * A zod schema from list text to whole numbers, each in [min, max], by the rules above.
 *
 * @param label one entry's name in messages, e.g. "worker count"
 */
export function numberList(label: string, { min, max, tooSmall, tooLarge, minCount = 1, maxCount = Infinity, unique = true, sort = true }: NumberListOptions) {
  return z.string().transform((text, ctx) => {
    const fail = (message: string): typeof z.NEVER => {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    };
    const parts = splitList(text, label);
    if (!parts.ok) return fail(parts.error);
    const values: number[] = [];
    for (const part of parts.value) {
      const parsed = parseWhole(part, label);
      if (!parsed.ok) return fail(`"${part}" is not a whole ${label}.`);
      if (parsed.value < min) return fail(tooSmall ? tooSmall.replace('{value}', part) : `${part} is too small: each ${label} must be at least ${formatLimit(min)}.`);
      if (parsed.value > max) return fail(tooLarge ? tooLarge.replace('{value}', part) : `${part} is too large: each ${label} must be at most ${formatLimit(max)}.`);
      if (unique && values.includes(parsed.value)) return fail(`${part} is listed twice.`);
      values.push(parsed.value);
    }
    if (values.length < minCount) return fail(`List at least ${minCount} ${label}s.`);
    if (values.length > maxCount) return fail(`List at most ${maxCount} ${label}s.`);
    return sort ? values.sort((a, b) => a - b) : values;
  });
}

/**
 * A zod schema from text to one of `choices` (exact match after trimming spaces).
 *
 * @param message shown for anything else, e.g. `Unknown kernel: choose "integrate" or "pi".`
 */
export function choice<const T extends readonly [string, ...string[]]>(choices: T, message: string) {
  return z
    .string()
    .transform((s) => s.trim())
    .pipe(z.enum(choices, { error: () => message }));
}

/** The autorun flag of lab links: `1`/`true` runs at once, `0`/`false`/empty does not. */
export const autorunFlag = z
  .string()
  .transform((s) => s.trim())
  .pipe(z.enum(['0', '1', 'true', 'false', ''], { error: () => 'autorun must be 1 (run at once) or 0.' }))
  .transform((s) => s === '1' || s === 'true');

/** The first message of a failed zod parse, for the field it belongs to. */
export function firstMessage(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'Invalid value.';
}

/** A decimal number: digits with `_` between groups, an optional fraction and exponent. */
export const DECIMAL = /^-?\d+(?:_\d+)*(?:\.\d+(?:_\d+)*)?(?:e[-+]?\d+)?$/i;

/** Options of {@link decimalNumber}. */
export interface DecimalOptions {
  /** Smallest value allowed. */
  min: number;
  /** Largest value allowed. */
  max: number;
  /** Refuse `min` itself (a time that must be more than 0). */
  exclusiveMin?: boolean;
  /** Message when below `min` (or at it, when exclusive). */
  tooSmall?: string;
  /** Message when above `max`. */
  tooLarge?: string;
}

/**
 * A zod schema from a field's text to a decimal number in [min, max], by the decimal rule above.
 *
 * @param label the field's name in messages, e.g. "the time per task"
 */
export function decimalNumber(label: string, { min, max, exclusiveMin = false, tooSmall, tooLarge }: DecimalOptions) {
  const name = capitalize(label);
  return z.string().transform((text, ctx) => {
    const fail = (message: string) => {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    };
    const s = text.trim();
    if (s === '') return fail(`Enter ${label}.`);
    if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return fail(`"${s}" has a comma: write ${s.replace(/,/g, '')} or ${s.replace(/,/g, '_')} (commas separate list entries).`);
    if (!DECIMAL.test(s)) return fail(`${name} must be a number (like 1000, 2.5, 1_000 or 1e6), not "${s}".`);
    const value = Number(s.replace(/_/g, ''));
    if (!Number.isFinite(value)) return fail(`${name} is too large.`);
    if (value < min || (exclusiveMin && value === min)) return fail(tooSmall ?? `${name} must be ${exclusiveMin ? 'more than' : 'at least'} ${formatLimit(min)}.`);
    if (value > max) return fail(tooLarge ?? `${name} must be at most ${formatLimit(max)}.`);
    return value;
  });
}
