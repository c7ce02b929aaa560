/**
 * (a) A host that sends COOP/COEP (nginx with the headers of docs/nginx.conf): the page is
 * cross-origin isolated at once and the service worker never reloads it. Also checks the base
 * path: the relative build under an arbitrary deep sub-path and the BASE=/course/ build under
 * /course/ only ever request files under their sub-path, workers included.
 */
import { test, expect } from '../fixtures.ts';
import { startNginx, type RunningNginx } from './nginx.ts';
import { COURSE_BASE, COURSE_BUILD, RELATIVE_BUILD } from './builds.ts';
import { isolation, runSmallSweep, sharedMemorySum, waitForController } from './page-helpers.ts';

const DEEP = '/departments/hpc/courses/parallel-lab/';
let server: RunningNginx;

test.beforeAll(async () => {
  server = await startNginx({
    port: 4218,
    isolationHeaders: true,
    mounts: [{ path: COURSE_BASE, dir: COURSE_BUILD }, { path: DEEP, dir: RELATIVE_BUILD }],
  });
});

test.afterAll(async () => {
  await server?.stop();
});

for (const [label, mount] of [['relative build under a deep sub-path', DEEP], ['BASE=/course/ build', COURSE_BASE]] as const) {
  test(`${label}: isolated at once, no reload, everything under ${mount}`, async ({ page }) => {
    const site = `${server.origin}${mount}`;
    const logStart = server.accessLog().length;
    let loads = 0;
    page.on('load', () => loads++);
    await page.goto(`${site}#/lessons/integration`);
    expect(await isolation(page)).toEqual({ isolated: true, sab: true });
    await expect(page.getByRole('heading', { level: 1 })).toContainText('2D integration');
    await expect(page.locator('.katex').first()).toBeVisible();

    await waitForController(page);
    await page.waitForTimeout(500);
    expect(loads, 'the service worker took control without reloading the page').toBe(1);

    // A lesson link in the sidebar keeps the hash route and the sub-path.
    await page.getByRole('navigation', { name: 'Lessons' }).getByRole('link').first().click();
    expect(new URL(page.url()).pathname).toBe(mount);

    expect(await runSmallSweep(page, site, 'kernel=integrate&n=400&workers=1,2&repeats=1')).toEqual(['1', '2']);
    expect(await sharedMemorySum(page)).toBe(500500);

    const log = server.accessLog().slice(logStart);
    expect(log.length).toBeGreaterThan(5);
    const outside = log.filter((r) => !r.path.startsWith(mount) || r.status >= 400);
    expect(outside, 'requests outside the sub-path or failing').toEqual([]);
    expect(log.some((r) => /\/assets\/kernels\.worker-[\w-]+\.js$/.test(r.path)), 'the worker chunk came from under the sub-path').toBe(true);
    expect(log.some((r) => r.path === `${mount}sw.js`)).toBe(true);
  });
}
