import { describe, expect, it } from 'vitest';
import { collectTransferables, payloadBytes } from './payload.ts';

describe('payloadBytes', () => {
  it('sizes typed arrays, numbers, strings and nested data', () => {
    expect(payloadBytes(new Float64Array(10))).toBe(80);
    expect(payloadBytes(3.5)).toBe(8);
    expect(payloadBytes('héllo')).toBe(6);
    expect(payloadBytes([1, 2, 'ab'])).toBe(18);
    expect(payloadBytes({ a: new Uint8Array(5) })).toBe(6);
    expect(payloadBytes(null)).toBe(0);
    const cyc: Record<string, unknown> = { x: 1 };
    cyc.self = cyc;
    expect(payloadBytes(cyc)).toBe(1 + 8 + 4);
  });
});

describe('collectTransferables', () => {
  it('finds each buffer once, nested included, and skips shared memory', () => {
    const a = new Float64Array(4);
    const b = new Uint8Array(a.buffer, 8, 8);
    const c = new Int32Array(2);
    const found = collectTransferables({ a, list: [b, c], s: 'x' });
    expect(found).toEqual([a.buffer, c.buffer]);
    const shared = new Int32Array(new SharedArrayBuffer(8));
    expect(collectTransferables([shared])).toEqual([]);
  });
});
