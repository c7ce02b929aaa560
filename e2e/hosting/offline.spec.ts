/**
 * (c) Offline: after one visit, with the network gone (the browser context offline AND nginx
 * stopped, so nothing can come from the server), a reload still gives the whole tutorial: the
 * page, cross-origin isolation, lessons with KaTeX fonts, the lazily loaded lab and its workers,
 * and a real speedup sweep.
 */
import { test, expect } from '../fixtures.ts';
import { startNginx, type RunningNginx } from './nginx.ts';
import { RELATIVE_BUILD } from './builds.ts';
import { isolation, runSmallSweep, sharedMemorySum, waitForController } from './page-helpers.ts';

const SUB = '/classroom/';
let server: RunningNginx | undefined;

test.beforeAll(async () => {
  server = await startNginx({ port: 4220, isolationHeaders: false, mounts: [{ path: SUB, dir: RELATIVE_BUILD }] });
});

test.afterAll(async () => {
  await server?.stop();
});

test('after one visit the tutorial and its labs work offline', async ({ page, context }) => {
  const site = `${server!.origin}${SUB}`;
  await page.goto(site);
  await waitForController(page);
  await expect.poll(() => isolation(page).then((i) => i.isolated).catch(() => false)).toBe(true);
  // Only the home page was visited: lessons, the lab chunk, the worker and the fonts must all
  // come from the precache.
  await server!.stop();
  server = undefined;
  await context.setOffline(true);

  await page.reload();
  expect(await isolation(page)).toEqual({ isolated: true, sab: true });
  await page.goto(`${site}#/lessons/integration`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2D integration');
  await expect(page.locator('.katex').first()).toBeVisible();
  await expect
    .poll(() => page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'KaTeX_Main' && f.status === 'loaded');
    }))
    .toBe(true);

  expect(await runSmallSweep(page, site, 'kernel=integrate&n=600&workers=1,2&repeats=2')).toEqual(['1', '2']);
  await expect(page.getByTestId('lab-status')).toContainText('Done');
  expect(await sharedMemorySum(page)).toBe(500500);
});
