/**
 * Steps the hosting specs share: waiting for the service worker to control the page, reading
 * the page's isolation, checking that shared memory really works between two threads, and
 * running a small speedup sweep. Node (Playwright), driving the page.
 */
import type { Page } from '@playwright/test';
import { expect } from '../fixtures.ts';

/** Resolves once a service worker controls the page (after the one isolation reload, if any). */
export async function waitForController(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker?.controller !== null).catch(() => false), { timeout: 30_000 }).toBe(true);
}

/** `crossOriginIsolated` of the page and whether `new SharedArrayBuffer(8)` works there. */
export async function isolation(page: Page): Promise<{ isolated: boolean; sab: boolean }> {
  return page.evaluate(() => {
    let sab: boolean;
    try {
      sab = new SharedArrayBuffer(8).byteLength === 8;
    } catch {
      sab = false;
    }
    return { isolated: crossOriginIsolated, sab };
  });
}

/**
 * Shares one SharedArrayBuffer with a worker, lets the worker add 1..1000 into it with
 * Atomics.add and raise a flag; returns what the page reads once the flag is up (500500 when
 * memory is really shared; 0 when the worker's writes never reach the page).
 */
export async function sharedMemorySum(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const source = `onmessage = (e) => { const a = new Int32Array(e.data); for (let i = 1; i <= 1000; i++) Atomics.add(a, 0, i); Atomics.store(a, 1, 1); };`;
    const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    const worker = new Worker(url);
    const shared = new Int32Array(new SharedArrayBuffer(8));
    worker.postMessage(shared.buffer);
    const deadline = performance.now() + 10_000;
    while (Atomics.load(shared, 1) === 0 && performance.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    worker.terminate();
    URL.revokeObjectURL(url);
    return Atomics.load(shared, 0);
  });
}

/**
 * Opens the speedup lab with a small sweep (`query` without the leading `?`, autorun added) at
 * `siteUrl` (the site's directory URL) and waits until it is done; returns the worker counts in
 * the results table.
 */
export async function runSmallSweep(page: Page, siteUrl: string, query: string): Promise<string[]> {
  await page.goto(`${siteUrl}#/lab?${query}&autorun=1`);
  const status = page.getByTestId('lab-status');
  await expect(status).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  return page.locator('[data-testid="results-table"] tbody tr[data-workers]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-workers') ?? ''));
}
