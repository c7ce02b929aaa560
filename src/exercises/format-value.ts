/**
 * How learner values are shown in the console panel and in check messages.
 *
 * {@link formatForConsole} is self-contained (it references nothing outside its body) because it
 * is also sent as source text to Node worker_threads in the tests. Any thread, and Node.
 */

/**
 * A short, readable rendering of any value: strings as they are at the top level (quoted inside
 * structures), numbers as JavaScript prints them, arrays and typed arrays with their first items,
 * objects with their first keys; cycles and depth are bounded.
 *
 * @param value anything
 * @param top true for a value passed straight to console.log (strings unquoted)
 */
export function formatForConsole(value: unknown, top = true): string {
  const seen = new Set<unknown>();
  const MAX_ITEMS = 20;
  const render = (v: unknown, depth: number, isTop: boolean): string => {
    if (typeof v === 'string') return isTop ? v : JSON.stringify(v);
    if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
    if (typeof v === 'bigint') return `${v}n`;
    if (v === undefined || v === null || typeof v === 'boolean' || typeof v === 'symbol') return String(v);
    if (typeof v === 'function') return `[Function ${v.name || '(anonymous)'}]`;
    if (v instanceof Error) return `${v.name}: ${v.message}`;
    if (seen.has(v)) return '[Circular]';
    if (depth > 3) return Array.isArray(v) ? '[Array]' : '[Object]';
    seen.add(v);
    try {
      if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
        const arr = v as unknown as ArrayLike<number | bigint>;
        const shown = Array.from({ length: Math.min(arr.length, MAX_ITEMS) }, (_, i) => render(arr[i], depth + 1, false));
        const more = arr.length > MAX_ITEMS ? `, … ${arr.length - MAX_ITEMS} more` : '';
        return `${v.constructor.name}(${arr.length}) [${shown.join(', ')}${more}]`;
      }
      if (Array.isArray(v)) {
        const shown = v.slice(0, MAX_ITEMS).map((x) => render(x, depth + 1, false));
        const more = v.length > MAX_ITEMS ? `, … ${v.length - MAX_ITEMS} more` : '';
        return `[${shown.join(', ')}${more}]`;
      }
      if (v instanceof Map) return `Map(${v.size}) {${[...v].slice(0, MAX_ITEMS).map(([k, x]) => `${render(k, depth + 1, false)} => ${render(x, depth + 1, false)}`).join(', ')}}`;
      if (v instanceof Set) return `Set(${v.size}) {${[...v].slice(0, MAX_ITEMS).map((x) => render(x, depth + 1, false)).join(', ')}}`;
      if (typeof SharedArrayBuffer !== 'undefined' && v instanceof SharedArrayBuffer) return `SharedArrayBuffer { byteLength: ${v.byteLength} }`;
      if (v instanceof ArrayBuffer) return `ArrayBuffer { byteLength: ${v.byteLength} }`;
      const keys = Object.keys(v as object);
      const shown = keys.slice(0, MAX_ITEMS).map((k) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${render((v as Record<string, unknown>)[k], depth + 1, false)}`);
      const more = keys.length > MAX_ITEMS ? `, … ${keys.length - MAX_ITEMS} more` : '';
      return keys.length === 0 ? '{}' : `{ ${shown.join(', ')}${more} }`;
    } finally {
      seen.delete(v);
    }
  };
  return render(value, 0, top);
}
