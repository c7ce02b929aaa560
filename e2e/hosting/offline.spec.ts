/**
 * (c) Offline: after one visit, with the network gone (the browser context offline AND nginx
 * stopped, so nothing can come from the server), a reload still gives the whole tutorial: the
 * page, cross-origin isolation, lessons with KaTeX fonts, the lazily loaded lab and its workers,
 * and a real speedup sweep.
 */
import { readdirSync } from 'node:fs';
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
  // Every file of the build that a browser may load is in the cache: all chunks (lazy labs and
  // every Web Worker script), CSS, woff2 fonts and index.html (not the woff/ttf fallbacks).
  const expected = ['index.html', ...readdirSync(`${RELATIVE_BUILD}/assets`).filter((f) => /\.(js|css|woff2)$/.test(f)).map((f) => `assets/${f}`)];
  expect(expected.filter((f) => /\.worker-[\w-]+\.js$/.test(f)).length).toBeGreaterThan(0);
  await expect
    .poll(async () => {
      const cached = await page.evaluate(async () => {
        const urls: string[] = [];
        for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
        return urls;
      });
      return expected.filter((f) => !cached.includes(`${site}${f}`));
    }, { message: 'build files missing from the cache' })
    .toEqual([]);

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

  // Every lesson in the sidebar opens offline (lazy lesson chunks, their labs' code, math).
  const lessons = await page.getByRole('navigation', { name: 'Lessons' }).getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(lessons.length).toBeGreaterThan(0);
  for (const href of lessons) {
    await page.goto(`${site}${href}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/No such lesson|went wrong/i);
  }

  expect(await runSmallSweep(page, site, 'kernel=integrate&n=600&workers=1,2&repeats=2')).toEqual(['1', '2']);
  await expect(page.getByTestId('lab-status')).toContainText('Done');
  expect(await sharedMemorySum(page)).toBe(500500);
});
