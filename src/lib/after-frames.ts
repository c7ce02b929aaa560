/** Browser timing helper: waiting for the page to draw. Main thread only (requestAnimationFrame). */

/**
 * Resolves after `count` animation frames, so that what the page was told to show (a status
 * message, a new row of results) is rendered and painted before work starts. Main thread only.
 */
export function afterFrames(count: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number): void => {
      if (left <= 0) resolve();
      else requestAnimationFrame(() => step(left - 1));
    };
    step(count);
  });
}

/**
 * Resolves once the page has drawn what it was told to show and gone quiet: after `quietFrames`
 * animation frames in a row that each followed the one before within `frameMs` (so no task ran
 * long between them), or after `maxMs` at most, also where no frame comes at all (a tab in the
 * background gets no animation frames, and a sweep there must go on). A chart can take several
 * frames to settle after React's commit (Recharts updates its store in requestAnimationFrame
 * callbacks), so a fixed count of frames is not enough. Main thread only.
 *
 * @param quietFrames consecutive quiet frames to wait for
 * @param frameMs longest gap between two frames that counts as quiet, ms (a 60 Hz frame is 16.7 ms)
 * @param maxMs longest wait in all, ms
 */
export function afterDrawn(quietFrames = 4, frameMs = 20, maxMs = 1000): Promise<void> {
  return new Promise((resolve) => {
    let last = performance.now();
    let quiet = 0;
    let frame = 0;
    const timer = setTimeout(() => {
      cancelAnimationFrame(frame);
      resolve();
    }, maxMs);
    const step = (now: number): void => {
      quiet = now - last <= frameMs ? quiet + 1 : 0;
      last = now;
      if (quiet < quietFrames) {
        frame = requestAnimationFrame(step);
        return;
      }
      clearTimeout(timer);
      resolve();
    };
    frame = requestAnimationFrame(step);
  });
}
