/**
 * Job arrays (`--array`): the index list with ranges, steps and a throttle, e.g. `0-15:4%2`
 * (0, 4, 8, 12, at most 2 running at once). Pure: any thread, and Node.
 *
 * Source: the sbatch manual page, `--array`: comma-separated indices and ranges `a-b`, a step
 * `a-b:s`, and `%n` for the most tasks running at once. Indices run from 0 to MaxArraySize - 1
 * (Slurm's default MaxArraySize is 1001); a range that runs backwards is invalid.
 */

/** Slurm's default MaxArraySize: indices 0 to 1000. */
export const MAX_ARRAY_SIZE = 1001;

/** A read array specification. */
export interface ArraySpec {
  /** The task indices, ascending, without repeats. */
  indices: number[];
  /** Most tasks running at once (`%n`), or null for no limit. */
  throttle: number | null;
  /** The text as written. */
  text: string;
}

/** A read `--array` value, or why it is not one. */
export type ArrayResult = { ok: true; value: ArraySpec } | { ok: false; error: string };

/**
 * Reads a `--array` value. Never throws.
 * @returns the indices and throttle, or the message for "Invalid job array specification"
 */
export function parseArraySpec(text: string): ArrayResult {
  const bad = (why: string): ArrayResult => ({ ok: false, error: `Invalid job array specification "${text}": ${why}` });
  const [list = '', throttleText, ...extra] = text.trim().split('%');
  if (extra.length > 0) return bad('only one %limit may follow the indices.');
  let throttle: number | null = null;
  if (throttleText !== undefined) {
    if (!/^\d+$/.test(throttleText)) return bad('the %limit must be a whole number.');
    throttle = Number(throttleText) || null; // sbatch accepts %0: no limit
  }
  const indices = new Set<number>();
  for (const part of list.split(',')) {
    const m = /^(\d+)(?:-(\d+)(?::(\d+))?)?$/.exec(part);
    if (!m) return bad(`"${part}" is neither an index nor a range a-b or a-b:step.`);
    const first = Number(m[1]);
    const last = m[2] === undefined ? first : Number(m[2]);
    const step = m[3] === undefined ? 1 : Number(m[3]);
    if (last < first) return bad(`the range ${part} runs backwards.`);
    if (step < 1) return bad(`the step of ${part} must be at least 1.`);
    if (last >= MAX_ARRAY_SIZE) return bad(`indices go up to ${MAX_ARRAY_SIZE - 1} (MaxArraySize ${MAX_ARRAY_SIZE}).`);
    for (let i = first; i <= last; i += step) indices.add(i);
  }
  return { ok: true, value: { indices: [...indices].sort((a, b) => a - b), throttle, text } };
}

/** The array's indices in Slurm's compact notation, e.g. `[2-5,7]`. */
export function compactIndices(indices: readonly number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < indices.length) {
    let j = i;
    while (j + 1 < indices.length && indices[j + 1] === indices[j]! + 1) j++;
    parts.push(j > i ? `${indices[i]}-${indices[j]}` : String(indices[i]));
    i = j + 1;
  }
  return parts.join(',');
}
