/**
 * Runs `run` in an idle period of the main thread (requestIdleCallback, at most `timeoutMs`
 * later), or after a short timeout where requestIdleCallback is missing (Safari). Main thread.
 *
 * @returns a function that cancels the call if it has not run yet
 */
export function whenIdle(run: () => void, timeoutMs = 250): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 16);
  return () => clearTimeout(id);
}

/**
 * Whether a browser test asked for every deferred block at once (`window.__parallelLabMountAll =
 * true` before the page loads), the behaviour before lessons rendered in chunks, to compare both.
 */
export function mountAllAtOnce(): boolean {
  return (globalThis as { __parallelLabMountAll?: unknown }).__parallelLabMountAll === true;
}
