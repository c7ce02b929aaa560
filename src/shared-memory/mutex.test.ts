import { describe, expect, it } from 'vitest';
import { lock, tryLock, unlock, withLock } from './mutex.ts';
import { runInThreads } from './testing/run-in-threads.ts';

const word = () => new Int32Array(new SharedArrayBuffer(4));

describe('mutex (Drepper, "Futexes Are Tricky", mutex take 3)', () => {
  it('keeps a Float64 counter exact under contention (4 threads x 50 000 locked increments)', async () => {
    const w = word();
    const counter = new Float64Array(new SharedArrayBuffer(8));
    await runInThreads(Array.from({ length: 4 }, () => ({ name: 'mutex' as const, word: w, counter, increments: 50_000 })));
    expect(counter[0]).toBe(200_000);
    expect(Atomics.load(w, 0)).toBe(0); // released, no waiter marker left behind
  });

  it('moves through the states 0 (free), 1 (locked) and back', () => {
    const w = word();
    lock(w);
    expect(Atomics.load(w, 0)).toBe(1);
    expect(tryLock(w)).toBe(false);
    unlock(w);
    expect(Atomics.load(w, 0)).toBe(0);
    expect(tryLock(w)).toBe(true);
    unlock(w);
  });

  it('releases the lock when the critical section throws', () => {
    const w = word();
    expect(() => withLock(w, 0, () => { throw new Error('boom'); })).toThrow('boom');
    expect(Atomics.load(w, 0)).toBe(0);
    expect(withLock(w, 0, () => 42)).toBe(42);
  });

  it('refuses to unlock a free mutex', () => {
    const w = word();
    expect(() => unlock(w)).toThrow(/not locked/);
    expect(Atomics.load(w, 0)).toBe(0);
  });

  it('is needed for doubles: Atomics refuses a Float64Array, as the lesson says', () => {
    const doubles = new Float64Array(new SharedArrayBuffer(8));
    expect(() => Atomics.add(doubles as unknown as Int32Array, 0, 1)).toThrow(TypeError);
    expect(() => Atomics.wait(new Float64Array(new SharedArrayBuffer(8)) as unknown as Int32Array, 0, 0, 0)).toThrow(TypeError);
  });
});
