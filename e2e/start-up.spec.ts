/**
 * The app's start (src/main.tsx) when one of its chunks cannot load: a chunk of the app itself
 * gives the load message instead of a blank page; the service worker's chunk, which loads after
 * the app has rendered, must not replace the app with that message (the site works without
 * offline use). These tests expect a failed request and logged errors, so they use Playwright's
 * own test, not the fixture that fails on them.
 */
import { test, expect, type Page } from '@playwright/test';

/** Makes every request for a built chunk whose file name starts with `prefix` fail. */
async function failChunk(page: Page, prefix: string): Promise<void> {
  await page.route(new RegExp(`/assets/${prefix}-[^/]*\\.js$`), (route) => route.abort('failed'));
}

test('an app chunk that cannot load gives the load message, not a blank page', async ({ page }) => {
  await failChunk(page, 'Root');
  await page.goto('./');
  await expect(page.getByRole('alert')).toHaveText('Parallel Lab could not load its code. Check your connection and reload the page.');
  await expect(page.locator('.app-starting')).toHaveCount(0);
});

test('a service worker chunk that cannot load leaves the rendered app in place', async ({ page }) => {
  const warnings: string[] = [];
  const pageErrors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'warning') warnings.push(msg.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await failChunk(page, 'register-sw');
  await page.goto('./');
  await expect(page.locator('main h1')).toHaveText('Learn parallel computing on your own cores');
  await expect.poll(() => warnings.some((w) => w.includes('offline use is not available'))).toBe(true);
  await expect(page.locator('.load-error')).toHaveCount(0);
  await expect(page.locator('main h1')).toBeVisible();
  expect(pageErrors).toEqual([]);
});
