/**
 * Shared e2e fixture: every test fails on a console error, an uncaught page error or a failed
 * request, so a page that "works" while logging errors does not pass.
 */
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
      });
      page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
      page.on('requestfailed', (req) => {
        const failure = req.failure()?.errorText ?? '';
        if (!failure.includes('ERR_ABORTED')) errors.push(`request failed: ${req.url()} ${failure}`);
      });
      await use(errors);
      expect(errors, 'console errors, page errors or failed requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * The longest main-thread task (ms) a browser test accepts while a lab runs or a page opens: twice
 * the 50 ms budget of issue 18. The 50 ms budget itself is a speed target, checked by
 * `npm run bench` on a quiet machine ("no main-thread task over 50 ms while labs run", "opening a
 * lesson"); under test, on a shared 2-core machine with Playwright attached, a task that the bench
 * measures at 35–40 ms reads 50–55 ms. A task over this limit is a freeze the reader would see
 * (work on the main thread that belongs in a worker), and fails the test.
 */
export const FREEZE_MS = 100;

/** Starts recording the page's long tasks (main-thread tasks of 50 ms or more) from now on. */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
}

/** Durations (ms) of the long tasks recorded since {@link recordLongTasks}. */
export function longTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
}
