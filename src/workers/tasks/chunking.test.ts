import { describe, expect, it } from 'vitest';
import { defaultChunksize, makeChunks, throttle, type ThrottleClock } from './chunking.ts';

describe('defaultChunksize (as CPython Pool.map)', () => {
  it('divides by four times the workers, rounding up', () => {
    expect(defaultChunksize(100, 4)).toBe(7); // divmod(100, 16) = (6, 4) -> 7
    expect(defaultChunksize(96, 4)).toBe(6); // exact
    expect(defaultChunksize(10, 4)).toBe(1);
    expect(defaultChunksize(0, 4)).toBe(1);
    expect(defaultChunksize(1000, 2)).toBe(125);
  });
  it('rejects bad counts', () => {
    expect(() => defaultChunksize(-1, 2)).toThrow(RangeError);
    expect(() => defaultChunksize(5, 0)).toThrow(RangeError);
  });
});

describe('makeChunks', () => {
  it('covers every item exactly once, in order, last chunk shorter', () => {
    const chunks = makeChunks(10, 3);
    expect(chunks).toEqual([
      { index: 0, first: 0, count: 3 },
      { index: 1, first: 3, count: 3 },
      { index: 2, first: 6, count: 3 },
      { index: 3, first: 9, count: 1 },
    ]);
  });
  it('makes one chunk per item with chunksize 1 and one chunk when chunksize exceeds the items', () => {
    expect(makeChunks(5, 1)).toHaveLength(5);
    expect(makeChunks(5, 50)).toEqual([{ index: 0, first: 0, count: 5 }]);
    expect(makeChunks(0, 3)).toEqual([]);
  });
  it('partitions for many sizes', () => {
    for (const n of [1, 7, 64, 1001]) {
      for (const c of [1, 2, 5, 64, 2000]) {
        const seen = makeChunks(n, c).flatMap((ch) => Array.from({ length: ch.count }, (_, k) => ch.first + k));
        expect(seen).toEqual(Array.from({ length: n }, (_, i) => i));
      }
    }
  });
  it('rejects a chunk size that is not a positive integer', () => {
    expect(() => makeChunks(5, 0)).toThrow(RangeError);
    expect(() => makeChunks(5, 1.5)).toThrow(RangeError);
  });
});

function fakeClock() {
  let t = 0;
  const timers: { at: number; fn: () => void; id: number }[] = [];
  let nextId = 1;
  const clock: ThrottleClock = {
    now: () => t,
    setTimeout: (fn, ms) => {
      const id = nextId++;
      timers.push({ at: t + ms, fn, id });
      return id;
    },
    clearTimeout: (id) => {
      const i = timers.findIndex((x) => x.id === id);
      if (i >= 0) timers.splice(i, 1);
    },
  };
  const advance = (ms: number) => {
    t += ms;
    for (;;) {
      timers.sort((a, b) => a.at - b.at);
      const due = timers[0];
      if (!due || due.at > t) break;
      timers.shift();
      due.fn();
    }
  };
  return { clock, advance };
}

describe('throttle', () => {
  it('emits at most once per interval however often it is asked, and never loses the last request', () => {
    const { clock, advance } = fakeClock();
    let emitted = 0;
    const t = throttle(() => emitted++, 100, clock);
    for (let i = 0; i < 1000; i++) {
      t.request();
      advance(1); // 1000 requests over 1 s
    }
    advance(200);
    expect(emitted).toBeGreaterThanOrEqual(10);
    expect(emitted).toBeLessThanOrEqual(11);
  });
  it('flush emits a pending request at once; cancel drops it', () => {
    const { clock, advance } = fakeClock();
    let emitted = 0;
    const t = throttle(() => emitted++, 100, clock);
    t.request(); // leading
    t.request(); // pending
    expect(emitted).toBe(1);
    t.flush();
    expect(emitted).toBe(2);
    t.request();
    t.cancel();
    advance(500);
    expect(emitted).toBe(2);
  });
});
