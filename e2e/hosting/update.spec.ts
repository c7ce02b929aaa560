/**
 * A new deploy is picked up without clearing caches: the service worker of the new build installs
 * in the background, the page says "A new version of Parallel Lab is available", and "Reload"
 * switches to the new build. The "deploy" swaps a symlink from build 1 to build 2 (a copy whose
 * index.html changed, with the revision in its sw.js changed to match, as a rebuild would).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '../fixtures.ts';
import { startNginx, type RunningNginx } from './nginx.ts';
import { RELATIVE_BUILD } from './builds.ts';
import { waitForController } from './page-helpers.ts';

const SUB = '/site/';
let server: RunningNginx;
let work: string;

/** Makes build 2: index.html gains a marker, and sw.js records a new revision for index.html. */
function makeSecondDeploy(dir: string): void {
  cpSync(RELATIVE_BUILD, dir, { recursive: true });
  const indexPath = join(dir, 'index.html');
  writeFileSync(indexPath, readFileSync(indexPath, 'utf8').replace('<head>', '<head><meta name="deploy" content="2">'));
  const swPath = join(dir, 'sw.js');
  const sw = readFileSync(swPath, 'utf8');
  const patched = sw.replace(/"revision":"[0-9a-f]+","url":"index\.html"/, '"revision":"deploy-2","url":"index.html"');
  if (patched === sw) throw new Error('index.html was not found in the precache manifest of sw.js');
  writeFileSync(swPath, patched);
}

test.beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'parallel-lab-deploy-'));
  makeSecondDeploy(join(work, 'build-2'));
  symlinkSync(RELATIVE_BUILD, join(work, 'live'));
  server = await startNginx({ port: 4221, isolationHeaders: true, mounts: [{ path: SUB, dir: join(work, 'live') }] });
});

test.afterAll(async () => {
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

test('a new deploy shows "a new version is available" and Reload switches to it, in every open tab', async ({ page, context }) => {
  const site = `${server.origin}${SUB}`;
  await page.goto(`${site}#/lessons/integration`);
  await waitForController(page);
  await expect(page.getByTestId('update-banner')).toHaveCount(0);

  // Deploy: switch the served folder atomically, as a release script would.
  symlinkSync(join(work, 'build-2'), join(work, 'next'));
  renameSync(join(work, 'next'), join(work, 'live'));

  await page.reload();
  // Until the user agrees, the open tab keeps the version it has.
  expect(await page.locator('meta[name="deploy"]').count()).toBe(0);
  const banner = page.getByTestId('update-banner');
  await expect(banner).toContainText('A new version of Parallel Lab is available', { timeout: 30_000 });
  // A second tab of the old version sees the same offer.
  const other = await context.newPage();
  await other.goto(`${site}#/lab`);
  await expect(other.getByTestId('update-banner')).toBeVisible();
  expect(await other.locator('meta[name="deploy"]').count()).toBe(0);

  await banner.getByRole('button', { name: 'Reload' }).click();
  await expect(page.locator('meta[name="deploy"]')).toHaveAttribute('content', '2');
  await expect(page.getByTestId('update-banner')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2D integration');

  // The other tab was switched over by the first one; its banner still works and reloads it.
  await other.getByTestId('update-banner').getByRole('button', { name: 'Reload' }).click();
  await expect(other.locator('meta[name="deploy"]')).toHaveAttribute('content', '2');
  await expect(other.getByTestId('update-banner')).toHaveCount(0);
  await expect(other.getByRole('heading', { name: 'Speedup lab', level: 1 })).toBeVisible();
  await other.close();
});
