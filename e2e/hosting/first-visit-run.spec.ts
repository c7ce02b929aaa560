/**
 * A lab link opened on a first visit, with autorun: the service worker is downloading the site's
 * offline copy meanwhile, so the run waits for it (the status line says so) and measures only once
 * the worker has installed. nginx serves the documented server block (COOP/COEP: no isolation
 * reload) plus one location that sends the KaTeX fonts at 8 KB/s: the lab page uses none of them,
 * but the precache fetches all 19 (about 290 KB), so the install outlasts the lab's start by
 * seconds whatever the machine's speed. At 1 KB/s the install outlasts the wait's 20 s limit: the
 * run then goes ahead and says its timings may be high.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test, expect } from '../fixtures.ts';
import { documentedServerBlock, startNginx, type RunningNginx } from './nginx.ts';
import { RELATIVE_BUILD } from './builds.ts';

const SUB = '/first-visit/';
const PORT = 4224;
let server: RunningNginx | undefined;
let www: string | undefined;

test.afterEach(async () => {
  await server?.stop();
  server = undefined;
  if (www) rmSync(www, { recursive: true, force: true });
});

/** The documented server block for the build at {@link SUB}, with the fonts sent at `rate` (nginx limit_rate, e.g. `8k`: bytes per second). */
function slowFontsServerBlock(root: string, rate: string): string {
  const block = documentedServerBlock(PORT, root, SUB);
  const end = block.lastIndexOf('}');
  return `${block.slice(0, end)}    location ~ \\.woff2$ {\n        limit_rate ${rate};\n    }\n}\n`;
}

/** Serves the relative build at {@link SUB} of a fresh document root, the fonts at `rate`. */
async function serveWithSlowFonts(rate: string): Promise<RunningNginx> {
  www = mkdtempSync(join(tmpdir(), 'parallel-lab-www-'));
  const target = join(www, SUB.replace(/\/$/, ''));
  mkdirSync(dirname(target), { recursive: true });
  symlinkSync(RELATIVE_BUILD, target);
  return startNginx({ port: PORT, serverBlock: slowFontsServerBlock(www, rate) });
}

test('an autorun lab link waits for the offline copy to finish downloading, then runs', async ({ page }) => {
  server = await serveWithSlowFonts('8k');
  // In the page, from its start: when the status line stops waiting, and when the installing
  // worker reaches "installed" (its precache complete).
  await page.addInitScript(() => {
    const w = window as unknown as { __waitEnded?: number; __installed?: number; __sawWaiting?: boolean };
    new MutationObserver(() => {
      const status = document.querySelector<HTMLElement>('[data-testid="lab-status"]');
      if (!status) return;
      if (status.dataset.waiting === 'offline-copy') w.__sawWaiting = true;
      else if (w.__sawWaiting && w.__waitEnded === undefined) w.__waitEnded = performance.now();
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-waiting'] });
    const watch = async (): Promise<void> => {
      const registration = await navigator.serviceWorker.getRegistration();
      const installing = registration?.installing;
      if (!installing) {
        setTimeout(() => void watch(), 10);
        return;
      }
      installing.addEventListener('statechange', () => {
        if (installing.state === 'installed' && w.__installed === undefined) w.__installed = performance.now();
      });
    };
    void watch();
  });

  await page.goto(`${server.origin}${SUB}#/lab?kernel=integrate&n=400&workers=1,2&repeats=1&autorun=1`);
  const status = page.getByTestId('lab-status');
  await expect(status).toHaveAttribute('data-waiting', 'offline-copy', { timeout: 30_000 });
  await expect(status).toContainText("Waiting for the site's offline copy to finish downloading");
  await expect(status).toHaveAttribute('data-status', 'running');
  await expect(page.locator('[data-testid="results-table"] tbody tr[data-workers]')).toHaveCount(0);
  // Cancel stays available while it waits.
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeEnabled();

  await expect(status).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  const times = await page.evaluate(() => {
    const w = window as unknown as { __waitEnded?: number; __installed?: number };
    return { waitEnded: w.__waitEnded ?? null, installed: w.__installed ?? null };
  });
  expect(times.installed, 'the worker installed while the page was open').not.toBeNull();
  expect(times.waitEnded, 'the wait ended').not.toBeNull();
  expect(times.waitEnded!, 'the run started only once the offline copy was complete').toBeGreaterThanOrEqual(times.installed! - 5);
  await expect(page.locator('[data-testid="results-table"] tbody tr[data-workers]')).toHaveCount(2);
  expect(server.accessLog().filter((r) => r.path.endsWith('.woff2') && r.status === 200).length, 'the precache fetched the slowed fonts').toBeGreaterThan(10);
});

test('on a network too slow for the wait, the run goes ahead after 20 s and says its timings may be high', async ({ page }) => {
  test.setTimeout(120_000);
  // 1 KB/s: the 19 fonts alone take about a minute, well past the wait's 20 s limit.
  server = await serveWithSlowFonts('1k');
  await page.goto(`${server.origin}${SUB}#/lab?kernel=integrate&n=400&workers=1,2&repeats=1&autorun=1`);
  const status = page.getByTestId('lab-status');
  await expect(status).toHaveAttribute('data-waiting', 'offline-copy', { timeout: 30_000 });
  const waitStarted = Date.now();
  await expect(status).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  expect(Date.now() - waitStarted, 'it waited out most of the 20 s limit').toBeGreaterThan(15_000);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.installing?.state), 'the offline copy is still downloading').toBe('installing');
  await expect(status.getByTestId('started-early')).toContainText("Measured while the site's offline copy was still downloading");
  await expect(page.locator('[data-testid="results-table"] tbody tr[data-workers]')).toHaveCount(2);

  // The warning belongs to that run: Run again, and the new run waits afresh, without it.
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(status).toHaveAttribute('data-waiting', 'offline-copy');
  await expect(status.getByTestId('started-early')).toHaveCount(0);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(status).toHaveAttribute('data-status', 'cancelled');
});
