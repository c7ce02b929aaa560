/**
 * A synchronous binary encoding of message payloads, so a message can be written into a rank's
 * shared mailbox (shm-mailbox.ts) and read back without the event loop. Browsers have no
 * synchronous structured clone to bytes (Node has `v8.serialize`), so this covers the values
 * messages usually carry and gives the same copy structured clone would: `undefined`, `null`,
 * booleans, numbers (NaN and -0 kept), bigints, strings (UTF-16 code units, lone surrogates
 * kept), dense arrays, plain objects, Map, Set, Date, ArrayBuffer, DataView and every typed array.
 *
 * Anything else (class instances, errors, regular expressions, functions, sparse arrays, arrays
 * with extra properties, objects reached twice, SharedArrayBuffers) makes {@link encodePayload}
 * return `null`: the communicator then sends that message through its MessagePort as before, so
 * structured clone keeps its exact rules and its DataCloneError.
 *
 * Pure: any thread, Node.
 */

const enum Tag {
  Undefined = 0,
  Null,
  False,
  True,
  Number,
  BigInt,
  String,
  Array,
  Object,
  Map,
  Set,
  Date,
  ArrayBuffer,
  DataView,
  TypedArray,
}

type TypedArrayCtor = new (buffer: ArrayBuffer, byteOffset: number, length: number) => ArrayBufferView;

const TYPED_ARRAYS: readonly [string, TypedArrayCtor][] = [
  ['Int8Array', Int8Array],
  ['Uint8Array', Uint8Array],
  ['Uint8ClampedArray', Uint8ClampedArray],
  ['Int16Array', Int16Array],
  ['Uint16Array', Uint16Array],
  ['Int32Array', Int32Array],
  ['Uint32Array', Uint32Array],
  ['Float32Array', Float32Array],
  ['Float64Array', Float64Array],
  ['BigInt64Array', BigInt64Array],
  ['BigUint64Array', BigUint64Array],
] as unknown as [string, TypedArrayCtor][];

/** Thrown inside the encoder for a value it does not handle; caught by encodePayload. */
class Unsupported extends Error {}

/** A growable byte buffer with little-endian writers. */
class Writer {
  bytes = new Uint8Array(256);
  view = new DataView(this.bytes.buffer);
  length = 0;

  private reserve(n: number): number {
    const at = this.length;
    if (at + n > this.bytes.length) {
      let cap = this.bytes.length * 2;
      while (cap < at + n) cap *= 2;
      const next = new Uint8Array(cap);
      next.set(this.bytes.subarray(0, at));
      this.bytes = next;
      this.view = new DataView(next.buffer);
    }
    this.length = at + n;
    return at;
  }
  // Reserve first, then read this.bytes / this.view: `this.bytes[this.reserve(1)]` would take the
  // old buffer before reserve() grows it, and the byte at the old end would be lost.
  u8(v: number): void {
    const at = this.reserve(1);
    this.bytes[at] = v;
  }
  u32(v: number): void {
    const at = this.reserve(4);
    this.view.setUint32(at, v, true);
  }
  f64(v: number): void {
    const at = this.reserve(8);
    this.view.setFloat64(at, v, true);
  }
  raw(src: Uint8Array): void {
    const at = this.reserve(src.length);
    this.bytes.set(src, at);
  }
  string(s: string): void {
    this.u32(s.length);
    const at = this.reserve(2 * s.length);
    for (let i = 0; i < s.length; i++) this.view.setUint16(at + 2 * i, s.charCodeAt(i), true);
  }
}

function isPlainObject(v: object): boolean {
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function typedArrayIndex(v: ArrayBufferView): number {
  const name = v.constructor.name;
  const i = TYPED_ARRAYS.findIndex(([n]) => n === name);
  if (i < 0 || Object.getPrototypeOf(v) !== (TYPED_ARRAYS[i]![1] as unknown as { prototype: object }).prototype) throw new Unsupported();
  return i;
}

function bytesOf(v: ArrayBufferView): Uint8Array {
  if (!(v.buffer instanceof ArrayBuffer)) throw new Unsupported(); // a view of shared memory: leave it to structured clone
  return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
}

function write(w: Writer, v: unknown, seen: Set<object>): void {
  switch (typeof v) {
    case 'undefined':
      return w.u8(Tag.Undefined);
    case 'boolean':
      return w.u8(v ? Tag.True : Tag.False);
    case 'number':
      w.u8(Tag.Number);
      return w.f64(v);
    case 'bigint':
      w.u8(Tag.BigInt);
      return w.string(v.toString(16));
    case 'string':
      w.u8(Tag.String);
      return w.string(v);
    case 'object':
      break;
    default:
      throw new Unsupported(); // functions, symbols: structured clone throws DataCloneError
  }
  if (v === null) return w.u8(Tag.Null);
  // An object reached twice (shared or cyclic) must stay one object: structured clone does that.
  if (seen.has(v)) throw new Unsupported();
  seen.add(v);
  if (Array.isArray(v)) {
    if (Object.getPrototypeOf(v) !== Array.prototype || Object.keys(v).length !== v.length) throw new Unsupported();
    w.u8(Tag.Array);
    w.u32(v.length);
    for (const x of v) write(w, x, seen);
    return;
  }
  if (ArrayBuffer.isView(v)) {
    if (v instanceof DataView) {
      if (Object.getPrototypeOf(v) !== DataView.prototype) throw new Unsupported();
      w.u8(Tag.DataView);
    } else {
      w.u8(Tag.TypedArray);
      w.u8(typedArrayIndex(v));
    }
    const b = bytesOf(v);
    w.u32(b.length);
    return w.raw(b);
  }
  if (v instanceof ArrayBuffer) {
    if (Object.getPrototypeOf(v) !== ArrayBuffer.prototype || (v as { resizable?: boolean }).resizable) throw new Unsupported();
    w.u8(Tag.ArrayBuffer);
    w.u32(v.byteLength);
    return w.raw(new Uint8Array(v));
  }
  if (v instanceof Map && Object.getPrototypeOf(v) === Map.prototype) {
    w.u8(Tag.Map);
    w.u32(v.size);
    for (const [k, x] of v) {
      write(w, k, seen);
      write(w, x, seen);
    }
    return;
  }
  if (v instanceof Set && Object.getPrototypeOf(v) === Set.prototype) {
    w.u8(Tag.Set);
    w.u32(v.size);
    for (const x of v) write(w, x, seen);
    return;
  }
  if (v instanceof Date && Object.getPrototypeOf(v) === Date.prototype) {
    w.u8(Tag.Date);
    return w.f64(v.getTime());
  }
  if (!isPlainObject(v) || Object.getOwnPropertySymbols(v).length > 0) throw new Unsupported();
  const keys = Object.keys(v);
  w.u8(Tag.Object);
  w.u32(keys.length);
  for (const k of keys) {
    w.string(k);
    write(w, (v as Record<string, unknown>)[k], seen);
  }
}

/**
 * Encodes a payload to bytes.
 *
 * @returns the encoding (a fresh, non-shared Uint8Array), or `null` when the value holds
 *   something this encoding does not cover (see the module comment); never throws
 */
export function encodePayload(value: unknown): Uint8Array | null {
  const w = new Writer();
  try {
    write(w, value, new Set());
  } catch (e) {
    if (e instanceof Unsupported || e instanceof RangeError) return null;
    throw e;
  }
  return w.bytes.subarray(0, w.length);
}

/** Reads what the Writer wrote. */
class Reader {
  private readonly view: DataView;
  at = 0;
  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  u8(): number {
    return this.view.getUint8(this.at++);
  }
  u32(): number {
    const v = this.view.getUint32(this.at, true);
    this.at += 4;
    return v;
  }
  f64(): number {
    const v = this.view.getFloat64(this.at, true);
    this.at += 8;
    return v;
  }
  /** A fresh ArrayBuffer holding the next `n` bytes. */
  buffer(n: number): ArrayBuffer {
    const out = new ArrayBuffer(n);
    new Uint8Array(out).set(this.bytes.subarray(this.at, this.at + n));
    this.at += n;
    return out;
  }
  string(): string {
    const n = this.u32();
    const parts: string[] = [];
    const CHUNK = 4096;
    const codes = new Array<number>(Math.min(n, CHUNK));
    for (let i = 0; i < n; i += CHUNK) {
      const m = Math.min(CHUNK, n - i);
      codes.length = m;
      for (let j = 0; j < m; j++) codes[j] = this.view.getUint16(this.at + 2 * (i + j), true);
      parts.push(String.fromCharCode(...codes));
    }
    this.at += 2 * n;
    return parts.join('');
  }
}

function read(r: Reader): unknown {
  const tag = r.u8() as Tag;
  switch (tag) {
    case Tag.Undefined:
      return undefined;
    case Tag.Null:
      return null;
    case Tag.False:
      return false;
    case Tag.True:
      return true;
    case Tag.Number:
      return r.f64();
    case Tag.BigInt: {
      const s = r.string();
      return s.startsWith('-') ? -BigInt(`0x${s.slice(1)}`) : BigInt(`0x${s}`);
    }
    case Tag.String:
      return r.string();
    case Tag.Array: {
      const n = r.u32();
      const out = new Array<unknown>(n);
      for (let i = 0; i < n; i++) out[i] = read(r);
      return out;
    }
    case Tag.Object: {
      const n = r.u32();
      const out: Record<string, unknown> = {};
      for (let i = 0; i < n; i++) {
        const k = r.string();
        Object.defineProperty(out, k, { value: read(r), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case Tag.Map: {
      const n = r.u32();
      const out = new Map<unknown, unknown>();
      for (let i = 0; i < n; i++) {
        const k = read(r);
        out.set(k, read(r));
      }
      return out;
    }
    case Tag.Set: {
      const n = r.u32();
      const out = new Set<unknown>();
      for (let i = 0; i < n; i++) out.add(read(r));
      return out;
    }
    case Tag.Date:
      return new Date(r.f64());
    case Tag.ArrayBuffer:
      return r.buffer(r.u32());
    case Tag.DataView:
      return new DataView(r.buffer(r.u32()));
    case Tag.TypedArray: {
      const ctor = TYPED_ARRAYS[r.u8()]![1] as unknown as { new (b: ArrayBuffer): ArrayBufferView; BYTES_PER_ELEMENT: number };
      return new ctor(r.buffer(r.u32()));
    }
    default:
      throw new RangeError(`corrupt message encoding: unknown tag ${String(tag)}`);
  }
}

/**
 * Decodes what {@link encodePayload} encoded.
 *
 * @param bytes the encoding (may be a view of shared memory: it is read, not kept)
 * @throws RangeError for bytes that are not such an encoding
 */
export function decodePayload(bytes: Uint8Array): unknown {
  return read(new Reader(bytes));
}
