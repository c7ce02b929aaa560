import { describe, expect, it } from 'vitest';
import { decodePayload, encodePayload } from './shm-codec.ts';
import { Mailbox, createMailboxes } from './shm-mailbox.ts';

const roundTrip = (v: unknown) => decodePayload(encodePayload(v)!);

describe('shm-codec: the copy structured clone would make', () => {
  it('round-trips the values messages carry', () => {
    const values: unknown[] = [
      undefined, null, true, false, 0, -0, NaN, Infinity, 1.5e-300, 2n ** 70n, -5n, '', 'héllo ✓', '\ud800 lone', 'x'.repeat(10_000),
      [1, 'a', [null, undefined]], { a: 1, b: { c: [2] }, 'key with space': 'v' }, new Map<unknown, unknown>([[1, 'one'], ['k', [2]]]),
      new Set([1, 'x']), new Date(86_400_000), new Float64Array([1.25, -0, NaN]), new Int16Array([-3, 7]), new BigInt64Array([-1n]),
      new Uint8Array(new ArrayBuffer(16), 4, 8), new ArrayBuffer(3), new DataView(new ArrayBuffer(5)),
    ];
    for (const v of values) expect(roundTrip(v)).toStrictEqual(structuredClone(v));
    expect(Object.is(roundTrip(-0), -0)).toBe(true);
    const view = roundTrip(new Uint8Array(new ArrayBuffer(16), 4, 8)) as Uint8Array;
    expect([view.byteOffset, view.buffer.byteLength]).toEqual([0, 8]); // only the viewed bytes travel
  });

  it('leaves to structured clone what it does not cover (null), and never throws', () => {
    const shared = { x: 1 };
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const sparse = [1, , 3]; // eslint-disable-line no-sparse-arrays
    class Point {
      x = 1;
    }
    for (const v of [() => 1, Symbol('s'), new Error('e'), /re/, new Point(), [shared, shared], cyclic, sparse, new SharedArrayBuffer(8), new Int32Array(new SharedArrayBuffer(8))]) {
      expect(encodePayload(v)).toBeNull();
    }
  });
});

describe('shm-mailbox', () => {
  const box = (dataBytes = 1024) => new Mailbox(createMailboxes(1, dataBytes)![0]!);

  it('hands messages out in the order written, across the end of the ring, and refuses what does not fit', () => {
    const m = box(1024);
    const got: unknown[] = [];
    let written = 0;
    for (let round = 0; round < 50; round++) {
      for (let i = 0; i < 3; i++) expect(m.tryWrite({ n: written++, pad: 'x'.repeat(40 + round) })).toBe(true);
      got.push(...m.drain());
    }
    expect(got.map((x) => (x as { n: number }).n)).toEqual(Array.from({ length: 150 }, (_, i) => i));
    expect(m.drain()).toEqual([]);
    let accepted = 0;
    while (m.tryWrite('y'.repeat(100))) accepted++;
    expect(accepted).toBeGreaterThan(1);
    expect(accepted).toBeLessThan(6); // 1 KiB holds about four 200-byte strings: then full, not blocking
    expect(m.tryWrite('z'.repeat(400))).toBe(false); // over half the region: never written
    expect(m.drain()).toHaveLength(accepted);
    expect(m.tryWrite(() => 1)).toBe(false);
  });

  it('counts messages a sender sent through the port instead', () => {
    const m = box();
    m.notePortSend(3);
    m.notePortSend(3);
    expect([m.portSent(3), m.portSent(2)]).toEqual([2, 0]);
  });

  it('refuses a buffer whose data region is not a power of two', () => {
    expect(() => new Mailbox(new SharedArrayBuffer(1000))).toThrow(RangeError);
  });
});
