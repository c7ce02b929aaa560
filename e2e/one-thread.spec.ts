/**
 * Lesson "One thread": a computation on the main thread stops the page drawing frames while the
 * same computation on workers does not; simulated I/O overlaps and finishes sooner when requests
 * run concurrently. Assertions compare runs in the same page, with generous margins: the machine
 * running the tests may be busy.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, longTasks, recordLongTasks } from './fixtures.ts';

async function runMode(page: Page, lab: Locator, button: string | RegExp): Promise<void> {
  const status = lab.getByTestId('lab-status');
  await lab.getByRole('button', { name: button }).click();
  await expect(status).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
}

async function rowNumbers(lab: Locator, mode: string) {
  const row = lab.locator(`tr[data-mode="${mode}"]`);
  await expect(row).toBeVisible();
  const attr = async (name: string) => Number(await row.getAttribute(name));
  return { wall: await attr('data-last-wall-ms'), gap: await attr('data-longest-gap-ms'), dropped: await attr('data-dropped-fraction') };
}

test('a main-thread run stops the frame counter; a worker run keeps it going', async ({ page }) => {
  await page.goto('#/lessons/one-thread');
  const lab = page.getByRole('region', { name: 'Lab: main thread or workers', exact: true });
  await lab.scrollIntoViewIfNeeded();
  const counter = lab.getByTestId('frame-counter');
  await expect.poll(async () => Number(await counter.textContent())).toBeGreaterThan(10);

  // The first run may re-size the work when the machine is busier than calibrated; repeat then.
  for (let i = 0; i < 3; i++) {
    await runMode(page, lab, 'Run on the main thread');
    if (!/re-sized/.test((await lab.getByTestId('lab-status').textContent()) ?? '')) break;
  }
  const main = await rowNumbers(lab, 'main');
  // Blocked: (almost) no frames drawn, and one pause as long as the run itself.
  expect(main.dropped).toBeGreaterThanOrEqual(0.8);
  expect(main.gap).toBeGreaterThanOrEqual(0.9 * main.wall);

  await runMode(page, lab, /Run on \d+ workers/);
  const workers = await rowNumbers(lab, 'workers');
  expect(workers.gap).toBeLessThan(0.6 * workers.wall);
  expect(workers.dropped).toBeLessThan(main.dropped - 0.1);
  await expect(lab.getByTestId('lab-status')).toContainText(/workers took/);
});

test('async tasks take turns on the main thread: the page draws between them', async ({ page }) => {
  await page.goto('#/lessons/one-thread');
  const lab = page.getByRole('region', { name: 'Lab: one thread, one piece or async tasks', exact: true });
  await runMode(page, lab, 'Run as 4 async tasks');
  const asyncRun = await rowNumbers(lab, 'async');
  expect(asyncRun.gap).toBeLessThan(0.6 * asyncRun.wall);
  await expect(lab.locator('tr[data-mode="async"] code')).toHaveText(/e[+-]\d\d$/);
});

test('concurrent simulated requests finish much sooner than sequential ones', async ({ page }) => {
  await page.goto('#/lessons/one-thread');
  const lab = page.getByRole('region', { name: 'I/O lab', exact: true });
  await recordLongTasks(page);
  await lab.getByRole('button', { name: 'Run', exact: true }).click();
  const status = lab.getByTestId('lab-status');
  await expect(status).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  const sequential = Number(await lab.locator('tr[data-run="sequential"]').getAttribute('data-wall-ms'));
  const concurrent = Number(await lab.locator('tr[data-run="concurrent"]').getAttribute('data-wall-ms'));
  // 8 requests of 250 ms: at least 2 s one at a time, at least 0.5 s four at a time.
  expect(sequential).toBeGreaterThanOrEqual(1990);
  expect(concurrent).toBeGreaterThanOrEqual(490);
  expect(concurrent).toBeLessThan(0.6 * sequential);
  // Waiting costs the main thread nothing: no task anywhere near a request's latency. (A busy
  // machine can stretch ordinary tasks past 50 ms, so only tasks of 250 ms or more count.)
  const long = await longTasks(page);
  expect(long.filter((ms) => ms >= 250)).toEqual([]);
});

test('a bad I/O setting is reported at its field', async ({ page }) => {
  await page.goto('#/lessons/one-thread');
  const lab = page.getByRole('region', { name: 'I/O lab', exact: true });
  await lab.getByLabel('At a time').fill('zero');
  await expect(lab.getByTestId('error-concurrency')).toHaveText(/whole number/);
  await expect(lab.getByRole('button', { name: 'Run', exact: true })).toBeDisabled();
});

test('a freeze-lab link with autorun runs the workers but never the main-thread freeze', async ({ page }) => {
  await page.goto('#/lab/freeze?modes=main%2Cworkers&workers=2&autorun=1');
  const lab = page.locator('section.freeze-lab');
  await expect(lab.getByTestId('field-modes')).toHaveValue('main,workers');
  await recordLongTasks(page);
  await expect(lab.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(lab.locator('tr[data-mode="workers"]')).toBeVisible();
  await expect(lab.locator('tr[data-mode="main"]')).toHaveCount(0);
  // No freeze: nothing close to the one-piece run's second of blocking.
  expect((await longTasks(page)).filter((ms) => ms >= 250)).toEqual([]);
});
