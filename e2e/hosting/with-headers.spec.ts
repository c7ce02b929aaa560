/**
 * (a) A host that sends COOP/COEP: nginx with the server block shipped in docs/nginx.conf (only
 * port, root and folder substituted). The page is cross-origin isolated at once and the service
 * worker never reloads it. Also checks the base path: the relative build under an arbitrary deep
 * sub-path and the BASE=/course/ build under /course/ only ever request files under their
 * sub-path, Web Worker chunks included, and every response carries the headers.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test, expect } from '../fixtures.ts';
import { documentedServerBlock, startNginx, type RunningNginx } from './nginx.ts';
import { COURSE_BASE, COURSE_BUILD, RELATIVE_BUILD } from './builds.ts';
import { isolation, runSmallSweep, sharedMemorySum, waitForController } from './page-helpers.ts';

const DEEP = '/departments/hpc/courses/parallel-lab/';
let server: RunningNginx | undefined;
let www: string | undefined;

/** Puts `build` at `mount` under a fresh document root and starts the documented server block. */
async function serve(mount: string, build: string): Promise<RunningNginx> {
  www = mkdtempSync(join(tmpdir(), 'parallel-lab-www-'));
  const target = join(www, mount.replace(/\/$/, ''));
  mkdirSync(dirname(target), { recursive: true });
  symlinkSync(build, target);
  return startNginx({ port: 4218, serverBlock: documentedServerBlock(4218, www, mount) });
}

test.afterEach(async () => {
  await server?.stop();
  server = undefined;
  if (www) rmSync(www, { recursive: true, force: true });
});

for (const [label, mount, build] of [
  ['relative build under a deep sub-path', DEEP, RELATIVE_BUILD],
  ['BASE=/course/ build', COURSE_BASE, COURSE_BUILD],
] as const) {
  test(`${label}: isolated at once, no reload, everything under ${mount}`, async ({ page }) => {
    server = await serve(mount, build);
    const site = `${server.origin}${mount}`;
    let loads = 0;
    page.on('load', () => loads++);
    const missingHeaders: string[] = [];
    page.on('response', (r) => {
      if (r.url().startsWith(server!.origin) && r.headers()['cross-origin-embedder-policy'] !== 'require-corp') missingHeaders.push(r.url());
    });

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
    expect(missingHeaders, 'responses without COEP').toEqual([]);

    const log = server.accessLog();
    expect(log.length).toBeGreaterThan(5);
    const outside = log.filter((r) => !r.path.startsWith(mount) || r.status >= 400);
    expect(outside, 'requests outside the sub-path or failing').toEqual([]);
    expect(log.some((r) => /\/assets\/kernels\.worker-[\w-]+\.js$/.test(r.path)), 'the worker chunk came from under the sub-path').toBe(true);
    expect(log.some((r) => r.path === `${mount}sw.js`)).toBe(true);
  });
}
