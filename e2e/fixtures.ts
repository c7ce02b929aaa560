/**
 * Shared e2e fixture: every test fails on a console error, an uncaught page error or a failed
 * request, so a page that "works" while logging errors does not pass.
 */
import { test as base, expect } from '@playwright/test';

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
