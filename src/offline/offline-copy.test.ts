import { afterEach, describe, expect, it, vi } from 'vitest';
import { offlineCopyState, setOfflineCopyState, whenOfflineCopyIdle } from './offline-copy.ts';

/** Whether `promise` has settled after the pending microtasks and timers of this turn ran. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

describe('whenOfflineCopyIdle', () => {
  afterEach(() => {
    setOfflineCopyState('idle');
    vi.useRealTimers();
  });

  it('is idle where no service worker registers (tests run as development)', async () => {
    expect(offlineCopyState()).toBe('idle');
    await expect(whenOfflineCopyIdle()).resolves.toBe('idle');
  });

  it('waits while the copy is checked and downloaded, and resolves when it is idle', async () => {
    vi.useFakeTimers();
    setOfflineCopyState('checking');
    const wait = whenOfflineCopyIdle(undefined, 20_000);
    expect(await settled(wait)).toBe(false);
    setOfflineCopyState('downloading');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await settled(wait)).toBe(false);
    setOfflineCopyState('idle');
    await expect(wait).resolves.toBe('idle');
  });

  it('gives up after maxMs, so a slow network delays a run but never blocks it', async () => {
    vi.useFakeTimers();
    setOfflineCopyState('downloading');
    const wait = whenOfflineCopyIdle(undefined, 1_000);
    await vi.advanceTimersByTimeAsync(999);
    expect(await settled(wait)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(wait).resolves.toBe('timeout');
  });

  it('rejects with an AbortError when the run is cancelled while it waits, or was already', async () => {
    setOfflineCopyState('downloading');
    const controller = new AbortController();
    const wait = whenOfflineCopyIdle(controller.signal);
    controller.abort();
    await expect(wait).rejects.toMatchObject({ name: 'AbortError' });
    await expect(whenOfflineCopyIdle(controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
  });
});
