/** Browser timing helper for the one-thread lab. Main thread only (requestAnimationFrame). */

/** Resolves after `count` animation frames (so a status message is painted before work starts). */
export function afterFrames(count: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number): void => {
      if (left <= 0) resolve();
      else requestAnimationFrame(() => step(left - 1));
    };
    step(count);
  });
}
