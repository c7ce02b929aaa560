/**
 * Number and duration formatting for lab tables, status lines and notes: the one place labs
 * format figures. Display formats use `Intl.NumberFormat` with English conventions (the site's
 * language), so "1,234.5 ms" reads the same everywhere; exports (CSV, JSON) keep raw numbers.
 *
 * Pure: any thread, and Node.
 */
export { formatScientific } from '../../lib/python-format.ts';

const LOCALE = 'en';
/** Formatters by options, made on first use: building an Intl.NumberFormat costs about a millisecond (more for the first, which loads the locale's data), too much to pay for every format at module load. */
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(LOCALE, options)));
  return f;
}
const fixed = (digits: number) => formatter({ minimumFractionDigits: digits, maximumFractionDigits: digits });
const ONE_DECIMAL = { format: (x: number) => fixed(1).format(x) };
const TWO_DECIMALS = { format: (x: number) => fixed(2).format(x) };
const WHOLE = { format: (x: number) => fixed(0).format(x) };
const COUNT = { format: (x: number) => formatter({ maximumFractionDigits: 0 }).format(x) };
const PERCENT = { format: (x: number) => formatter({ style: 'percent', maximumFractionDigits: 0 }).format(x) };
const COMPACT = { format: (x: number) => formatter({ notation: 'compact', maximumFractionDigits: 1 }).format(x) };

/** A time in ms for tables: one decimal below 1000 ms, none above ("850.3", "1,204"). */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  return ms >= 1000 ? WHOLE.format(ms) : ONE_DECIMAL.format(ms);
}

/** A number with exactly `digits` decimals and English grouping: (3.14159, 4) → "3.1416"; "–" when undefined. */
export function formatFixed(x: number, digits: number): string {
  return Number.isFinite(x) ? fixed(digits).format(x) : '–';
}

/** A ratio such as speedup or efficiency with two decimals ("1.96"); "–" when undefined. */
export function formatRatio(x: number): string {
  return Number.isFinite(x) ? TWO_DECIMALS.format(x) : '–';
}

/** A fraction as a whole percentage: 0.953 → "95%"; "–" when undefined. */
export function formatPercent(fraction: number): string {
  return Number.isFinite(fraction) ? PERCENT.format(fraction) : '–';
}

/** A count with digit grouping: 30000000 → "30,000,000". */
export function formatCount(n: number): string {
  return Number.isFinite(n) ? COUNT.format(n) : '–';
}

/** A large count in short form: 30000000 → "30M", 1500 → "1.5K". */
export function formatCompact(n: number): string {
  return Number.isFinite(n) ? COMPACT.format(n) : '–';
}

/** A duration for people: "0 s", "850 µs", "8.50 ms", "850 ms", "1.20 s", "2 min 05 s"; "–" when undefined. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  if (ms === 0) return '0 s';
  if (ms < 1) return `${WHOLE.format(ms * 1000)} µs`;
  if (ms < 1000) return `${ms < 10 ? TWO_DECIMALS.format(ms) : ms < 100 ? ONE_DECIMAL.format(ms) : WHOLE.format(ms)} ms`;
  if (ms < 60_000) return `${TWO_DECIMALS.format(ms / 1000)} s`;
  const m = Math.floor(ms / 60_000);
  return `${m} min ${String(Math.round((ms - m * 60_000) / 1000)).padStart(2, '0')} s`;
}

/** A size in bytes for people: "800 B", "1.5 KB", "8.0 MB", "1.2 GB" (binary multiples). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '–';
  if (bytes < 1024) return `${WHOLE.format(bytes)} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${ONE_DECIMAL.format(value)} ${units[unit]}`;
}

/** "1 worker", "4 workers": a count with its noun, plural when not 1. */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${formatCount(count)} ${count === 1 ? noun : pluralNoun}`;
}
