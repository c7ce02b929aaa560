/**
 * Parsing of the shared-memory labs' text inputs, with a message per field for the user. Pure.
 */

/** A parsed field: the value, or the message to show beside the input. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * An integer typed by the user, in [min, max]. Accepts thousands separators: "1_000_000",
 * "1,000,000" and "1 000 000" all mean one million.
 *
 * @param label the field's name, used in the message
 */
export function parseInteger(raw: string, label: string, min: number, max: number): Parsed<number> {
  const text = raw.trim().replace(/[_,\s]/g, '');
  if (text === '') return { ok: false, error: `${label} is required.` };
  if (!/^-?\d+$/.test(text)) return { ok: false, error: `${label} must be a whole number.` };
  const value = Number(text);
  if (value < min || value > max) return { ok: false, error: `${label} must be from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}.` };
  return { ok: true, value };
}

/**
 * A list of catalogue sizes ("125000, 250000 500000"): whole numbers in [min, max], separated by
 * commas or spaces, without repeats; returned ascending. Thousands may be written with "_".
 */
export function parseSizes(raw: string, label: string, min: number, max: number, maxCount = 8): Parsed<number[]> {
  const parts = raw.split(/[,;\s]+/).map((p) => p.replace(/_/g, '')).filter((p) => p !== '');
  if (parts.length === 0) return { ok: false, error: `${label}: give at least one size.` };
  if (parts.length > maxCount) return { ok: false, error: `${label}: at most ${maxCount} sizes.` };
  const values: number[] = [];
  for (const p of parts) {
    const one = parseInteger(p, label, min, max);
    if (!one.ok) return { ok: false, error: `${label}: "${p}" is not a whole number from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}.` };
    values.push(one.value);
  }
  if (new Set(values).size !== values.length) return { ok: false, error: `${label}: a size is repeated.` };
  return { ok: true, value: values.sort((a, b) => a - b) };
}
