/**
 * Regression test of the shared-mailbox codec's growing buffer: a value written just where the
 * encoder's buffer doubles (256, 512, ... bytes) must survive, whatever writes it (a tag byte, a
 * length, a double, raw bytes). Before the fix a tag byte at offset 256 was written into the old
 * buffer and lost, so an array of 25 numbers inside a message envelope decoded as garbage, and
 * longer payloads silently fell back to the port.
 */
import { describe, expect, it } from 'vitest';
import { decodePayload, encodePayload } from './shm-codec.ts';

describe('the codec across its buffer growth', () => {
  it('round-trips arrays of numbers of every length up to 200, bare and inside an envelope', () => {
    for (let n = 0; n <= 200; n++) {
      const values = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 100 : i / 7));
      for (const payload of [values, { source: 1, seq: n, tag: 0, context: 'p2p', payload: values, bytes: 8 * n }]) {
        const bytes = encodePayload(payload);
        expect(bytes, `length ${n}`).not.toBeNull();
        expect(decodePayload(bytes!)).toEqual(payload);
      }
    }
  });

  it('round-trips typed arrays and strings that cross 256 and 512 bytes', () => {
    for (const n of [20, 31, 32, 33, 63, 64, 65]) {
      const a = Float64Array.from({ length: n }, (_, i) => i + 0.5);
      expect(decodePayload(encodePayload([1, a])!)).toEqual([1, a]);
      const s = 'x'.repeat(4 * n);
      expect(decodePayload(encodePayload({ s })!)).toEqual({ s });
    }
  });
});
