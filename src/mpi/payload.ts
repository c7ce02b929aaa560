/**
 * Payload helpers: an estimate of a message's size for the trace, and the list of buffers to
 * transfer (move) instead of copy when the sender gives its typed arrays up.
 *
 * Pure: any thread, Node.
 */

/**
 * Estimated size in bytes of a value as a message: typed arrays and ArrayBuffers by their byte
 * length, numbers 8, booleans 1, strings their UTF-8 length, arrays and plain objects the sum of
 * their parts (plus keys). It is the size of the data, not of the structured-clone encoding,
 * the same measure MPI reports for a typed buffer (count x type size).
 *
 * @param value anything structured-cloneable
 * @returns bytes (non-negative integer); cycles are counted once
 */
export function payloadBytes(value: unknown, seen: Set<object> = new Set()): number {
  if (value === null || value === undefined) return 0;
  switch (typeof value) {
    case 'number':
      return 8;
    case 'bigint':
      return 8;
    case 'boolean':
      return 1;
    case 'string':
      return utf8Length(value);
    case 'object':
      break;
    default:
      return 0;
  }
  const obj = value as object;
  if (seen.has(obj)) return 0;
  seen.add(obj);
  if (ArrayBuffer.isView(obj)) return obj.byteLength;
  if (obj instanceof ArrayBuffer) return obj.byteLength;
  if (Array.isArray(obj)) return obj.reduce((s: number, v) => s + payloadBytes(v, seen), 0);
  if (obj instanceof Map) {
    let s = 0;
    for (const [k, v] of obj) s += payloadBytes(k, seen) + payloadBytes(v, seen);
    return s;
  }
  if (obj instanceof Set) {
    let s = 0;
    for (const v of obj) s += payloadBytes(v, seen);
    return s;
  }
  let s = 0;
  for (const [k, v] of Object.entries(obj)) s += utf8Length(k) + payloadBytes(v, seen);
  return s;
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * The ArrayBuffers inside a value (typed arrays, DataViews and ArrayBuffers found in it, nested
 * arrays and plain objects included), each once: the transfer list for `postMessage` when the
 * sender gives its buffers up. After the send those buffers are detached in the sender (length 0).
 * SharedArrayBuffers are skipped: they are shared, never transferred.
 *
 * @returns distinct ArrayBuffers, in the order found
 */
export function collectTransferables(value: unknown): ArrayBuffer[] {
  const found = new Set<ArrayBuffer>();
  const seen = new Set<object>();
  const visit = (v: unknown) => {
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (ArrayBuffer.isView(v)) {
      if (v.buffer instanceof ArrayBuffer) found.add(v.buffer);
      return;
    }
    if (v instanceof ArrayBuffer) {
      found.add(v);
      return;
    }
    if (Array.isArray(v)) v.forEach(visit);
    else if (v instanceof Map) v.forEach((val, key) => (visit(key), visit(val)));
    else if (v instanceof Set) v.forEach(visit);
    else if (Object.getPrototypeOf(v) === Object.prototype) Object.values(v).forEach(visit);
  };
  visit(value);
  return [...found];
}
