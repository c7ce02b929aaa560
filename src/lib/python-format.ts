/**
 * Numbers printed the way the courses' Python prints them, so the browser's figures can be
 * compared digit by digit with the course pages. Pure: any thread, and Node.
 */

/**
 * Python's `'%e' % x`: 7 significant digits and a signed exponent of at least two digits,
 * e.g. -7.117752e-17, 3.141593e+00. Non-finite values print as JavaScript prints them.
 */
export function formatScientific(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const [mantissa, exponent] = x.toExponential(6).split('e') as [string, string];
  const sign = exponent.startsWith('-') ? '-' : '+';
  return `${mantissa}e${sign}${exponent.replace(/^[+-]/, '').padStart(2, '0')}`;
}
