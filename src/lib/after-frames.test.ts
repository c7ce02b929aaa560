/** afterDrawn waits for quiet frames, starts over after a long one, and gives up after maxMs. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterDrawn } from './after-frames.ts';

describe('afterDrawn', () => {
  let frames: ((now: number) => void)[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (f: (now: number) => void) => frames.push(f));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  /** Runs the pending frame callback `ms` after the previous frame. */
  const frameAfter = (ms: number): void => {
    vi.advanceTimersByTime(ms);
    frames.shift()!(performance.now());
  };

  it('resolves after 4 frames in a row within 20 ms of each other, counting again after a long frame', async () => {
    let done = false;
    void afterDrawn().then(() => (done = true));
    frameAfter(16);
    frameAfter(16);
    frameAfter(60); // a long task between frames: start over
    for (let k = 0; k < 3; k++) frameAfter(16);
    await Promise.resolve();
    expect(done).toBe(false);
    frameAfter(16);
    await Promise.resolve();
    expect(done).toBe(true);
  });

  it('resolves after maxMs where no frame comes (a background tab)', async () => {
    let done = false;
    void afterDrawn(4, 20, 1000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });
});
