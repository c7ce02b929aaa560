/**
 * Slurm's time limits (`--time`): the six forms sbatch accepts, read into minutes, and written
 * back as Slurm prints them (`D-HH:MM:SS`). Pure: any thread, and Node.
 *
 * Source: the sbatch manual page, `--time`: "minutes", "minutes:seconds", "hours:minutes:seconds",
 * "days-hours", "days-hours:minutes" and "days-hours:minutes:seconds"; `INFINITE` or `UNLIMITED`
 * for no limit. Fields are not range-checked (sbatch takes `00:61:00` as 61 minutes), and seconds
 * round up to the next minute.
 *
 * One known difference: real sbatch 22.05 also accepts a negative number (`--time=-5`) without
 * saying what it means; this reader refuses it.
 */

/** A read time limit: minutes (null: no limit), or why it is not one. */
export type TimeLimitResult = { ok: true; minutes: number | null } | { ok: false; error: string };

/** The accepted forms, for messages. */
export const TIME_FORMS = 'minutes, MM:SS, HH:MM:SS, D-HH, D-HH:MM or D-HH:MM:SS';

const NUMBER = /^\d+$/;

/**
 * Reads a `--time` value into minutes (seconds rounded up), or null for `INFINITE`/`UNLIMITED`.
 * Never throws: a bad value gives the message sbatch's check corresponds to.
 */
export function parseTimeLimit(text: string): TimeLimitResult {
  const value = text.trim();
  const bad = { ok: false as const, error: `Invalid --time specification "${text}": write ${TIME_FORMS}.` };
  if (/^(infinite|unlimited)$/i.test(value)) return { ok: true, minutes: null };
  let days = 0;
  let rest = value;
  const dash = value.indexOf('-');
  const hasDays = dash >= 0;
  if (hasDays) {
    const d = value.slice(0, dash);
    if (!NUMBER.test(d)) return bad;
    days = Number(d);
    rest = value.slice(dash + 1);
  }
  const parts = rest.split(':');
  if (parts.some((p) => !NUMBER.test(p))) return bad;
  const n = parts.map(Number);
  let seconds: number;
  if (hasDays) {
    if (n.length > 3) return bad;
    const [h = 0, m = 0, s = 0] = n;
    seconds = ((days * 24 + h) * 60 + m) * 60 + s;
  } else if (n.length === 1) seconds = n[0]! * 60;
  else if (n.length === 2) seconds = n[0]! * 60 + n[1]!;
  else if (n.length === 3) seconds = (n[0]! * 60 + n[1]!) * 60 + n[2]!;
  else return bad;
  return { ok: true, minutes: Math.ceil(seconds / 60) };
}

/** A time in seconds as Slurm prints elapsed times and limits: `MM:SS`, `HH:MM:SS` or `D-HH:MM:SS`. */
export function formatSlurmTime(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  const two = (x: number) => String(x).padStart(2, '0');
  const hms = `${two(h)}:${two(m)}:${two(s % 60)}`;
  return d > 0 ? `${d}-${hms}` : hms;
}
