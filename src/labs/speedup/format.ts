/**
 * Number formatting for lab tables and CSV. Pure.
 */

/**
 * Scientific notation with 7 significant digits and a two-digit exponent, as Python's `%e`
 * prints it: -7.117752e-17, 3.141593e+00.
 */
export function formatScientific(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const [mantissa, exponent] = x.toExponential(6).split('e') as [string, string];
  const sign = exponent.startsWith('-') ? '-' : '+';
  const digits = exponent.replace(/^[+-]/, '').padStart(2, '0');
  return `${mantissa}e${sign}${digits}`;
}

/** A time in ms with one decimal (or none above 1000 ms). */
export function formatMs(ms: number): string {
  return ms >= 1000 ? ms.toFixed(0) : ms.toFixed(1);
}

/** A ratio such as speedup or efficiency, two decimals; "–" when undefined. */
export function formatRatio(x: number): string {
  return Number.isFinite(x) ? x.toFixed(2) : '–';
}
