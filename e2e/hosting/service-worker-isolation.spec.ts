/**
 * (b) A host that cannot send headers (nginx without them, like GitHub Pages): the service worker
 * makes the page cross-origin isolated after exactly one reload, shared memory works between
 * threads, the speedup lab and the shared-memory lesson's lab run; a hard reload (which bypasses the worker) is explained with a
 * button that reloads normally.
 */
import { test, expect } from '../fixtures.ts';
import { startNginx, type RunningNginx } from './nginx.ts';
import { COURSE_BASE, COURSE_BUILD, RELATIVE_BUILD } from './builds.ts';
import { isolation, runSmallSweep, sharedMemorySum, waitForController } from './page-helpers.ts';

const SUB = '/pages/parallel-lab/';
let server: RunningNginx;

test.beforeAll(async () => {
  server = await startNginx({
    port: 4219,
    isolationHeaders: false,
    mounts: [{ path: COURSE_BASE, dir: COURSE_BUILD }, { path: SUB, dir: RELATIVE_BUILD }],
  });
});

test.afterAll(async () => {
  await server?.stop();
});

for (const [label, mount] of [['relative build under a sub-path', SUB], ['BASE=/course/ build', COURSE_BASE]] as const) {
  test(`${label}: isolated after one reload, shared memory and the lab work`, async ({ page }) => {
    const site = `${server.origin}${mount}`;
    let loads = 0;
    page.on('load', () => loads++);
    await page.goto(`${site}#/lab`);
    // The server sends no headers: isolation can only come from the service worker.
    const first = server.accessLog().find((r) => r.path === mount);
    expect(first?.status).toBe(200);

    await expect.poll(() => loads, { timeout: 30_000 }).toBe(2);
    await waitForController(page);
    expect(await isolation(page)).toEqual({ isolated: true, sab: true });
    await page.waitForTimeout(1500);
    expect(loads, 'exactly one reload, no loop').toBe(2);
    await expect(page.getByTestId('env-isolated')).toHaveText('true');

    expect(await sharedMemorySum(page)).toBe(500500);
    expect(await runSmallSweep(page, site, 'kernel=pi&n=200000&workers=1,2&repeats=1&seed=3')).toEqual(['1', '2']);
    await expect(page.getByTestId('isolation-banner')).toHaveCount(0);

    // The shared-memory lesson's lab writes partial sums into a SharedArrayBuffer on real workers.
    await page.goto(`${site}#/lessons/shared-memory`);
    await expect(page.getByTestId('isolation-notice')).toHaveAttribute('data-isolated', 'true');
    const lab = page.getByRole('region', { name: 'Shared partial sums lab' });
    await lab.getByLabel('Grid size n').fill('400');
    await lab.getByLabel('Workers').fill('2');
    await lab.getByRole('button', { name: 'Run both' }).click();
    await expect(lab.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
    await expect(lab.getByTestId('sums-shared')).not.toHaveText(/needs SharedArrayBuffer/);
    await expect(lab.getByTestId('sums-verdict')).toHaveClass(/sm-ok/);
    expect(loads, 'still no further reload').toBe(2);
  });
}

test('a hard reload is explained, and "Reload normally" restores isolation', async ({ page }) => {
  const site = `${server.origin}${SUB}`;
  await page.goto(`${site}#/lessons/integration`);
  await waitForController(page);
  await expect.poll(() => isolation(page).then((i) => i.isolated).catch(() => false)).toBe(true);

  // Shift+Reload: Chromium's reload that bypasses the cache, which also bypasses the service worker.
  const cdp = await page.context().newCDPSession(page);
  const loaded = page.waitForEvent('load');
  await cdp.send('Page.reload', { ignoreCache: true });
  await loaded;
  expect(await isolation(page)).toEqual({ isolated: false, sab: false });
  const banner = page.getByTestId('bypass-banner');
  await expect(banner).toContainText('hard reload');

  await banner.getByRole('button', { name: 'Reload normally' }).click();
  await expect.poll(() => isolation(page).then((i) => i.isolated).catch(() => false)).toBe(true);
  await expect(page.getByTestId('bypass-banner')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2D integration');
});

test('on a slow network, a user already at work is asked to reload instead of being reloaded', async ({ page }) => {
  const slow = await startNginx({ port: 4223, isolationHeaders: false, limitRate: 100_000, mounts: [{ path: SUB, dir: RELATIVE_BUILD }] });
  try {
    let loads = 0;
    page.on('load', () => loads++);
    await page.goto(`${slow.origin}${SUB}#/lessons/integration`);
    // The user starts reading and clicks while the worker is still downloading the site.
    await page.getByRole('heading', { level: 1 }).click();
    const banner = page.getByTestId('isolation-ready-banner');
    await expect(banner).toContainText('saved for offline use', { timeout: 60_000 });
    expect(loads, 'the page was not pulled away from the user').toBe(1);
    expect(await isolation(page)).toEqual({ isolated: false, sab: false });

    await banner.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => isolation(page).then((i) => i.isolated).catch(() => false)).toBe(true);
    await expect(page.getByTestId('isolation-ready-banner')).toHaveCount(0);
  } finally {
    await slow.stop();
  }
});
