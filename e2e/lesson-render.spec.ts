/**
 * Opening a lesson is not one long task (issue 18, found 6): the body renders a chunk at a time
 * (a section, or a dozen blocks) and labs and exercises mount one at a time after the text. Here:
 * the first commit holds only the first chunk, every section arrives, the body is aria-busy until
 * then; a section link renders everything at once; printing renders everything; and over the long
 * lessons the longest main-thread task is shorter than when everything mounts at once (the old
 * behaviour, asked for with `window.__parallelLabMountAll`), compared in the same browser.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { join } from 'node:path';
import { readCatalog } from '../scripts/lesson-catalog.ts';

const lessons = readCatalog(join(import.meta.dirname, '..', 'lessons'), { skipMissing: true }).map((e) => e.meta);

const LONG = ['integration', 'worker-pools', 'scaling-laws', 'collectives'];

/** Records, on every change of the lesson body while it is busy, how many h2 headings it has. */
async function watchBody(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __h2WhileBusy: number[] };
    w.__h2WhileBusy = [];
    new MutationObserver(() => {
      const body = document.querySelector('.lesson-body[aria-busy="true"]');
      if (body) w.__h2WhileBusy.push(body.querySelectorAll('h2').length);
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
}

test('a long lesson renders a section at a time, and every section arrives', async ({ page }) => {
  const meta = lessons.find((l) => l.slug === 'collectives')!;
  const h2 = meta.headings.filter((h) => h.depth === 2).length;
  await watchBody(page);
  await page.goto('./#/lessons/collectives');
  await expect(page.locator('.lesson-body[data-complete="true"]')).toBeAttached({ timeout: 30_000 });
  await expect(page.locator('.lesson-body')).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator('.lesson-body h2')).toHaveCount(h2);
  const seen = await page.evaluate(() => (window as unknown as { __h2WhileBusy: number[] }).__h2WhileBusy);
  expect(Math.min(...seen)).toBeLessThanOrEqual(1); // the first commit: the introduction and at most one section
  expect(new Set(seen).size).toBeGreaterThan(2); // then several steps on the way to all of them
});

test('a section link renders the whole lesson at once and scrolls to the section', async ({ page }) => {
  const meta = lessons.find((l) => l.slug === 'collectives')!;
  const last = meta.headings.filter((h) => h.depth === 2).at(-1)!;
  await watchBody(page);
  await page.goto(`./#/lessons/collectives#${last.id}`);
  await expect(page.locator(`[id="${last.id}"]`)).toBeInViewport();
  const seen = await page.evaluate(() => (window as unknown as { __h2WhileBusy: number[] }).__h2WhileBusy);
  expect(seen.filter((n) => n > 0 && n < meta.headings.filter((h) => h.depth === 2).length)).toEqual([]);
});

test('printing renders the whole lesson first', async ({ page }) => {
  const meta = lessons.find((l) => l.slug === 'collectives')!;
  await page.goto('./#/lessons/collectives');
  await expect(page.locator('.lesson-body h2').first()).toBeVisible();
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  expect(await page.locator('.lesson-body h2').count()).toBe(meta.headings.filter((h) => h.depth === 2).length);
});

/** The longest main-thread task while a lesson opens (from the hash change until its labs have mounted), ms. */
async function longestTask(page: Page, slug: string, all: boolean): Promise<number> {
  await page.addInitScript((mountAll) => {
    const w = window as unknown as { __parallelLabMountAll: boolean; __tasks: number[] };
    w.__parallelLabMountAll = mountAll;
    w.__tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__tasks.push(e.duration);
    }).observe({ type: 'longtask' });
  }, all);
  await page.goto('./#/');
  await expect(page.locator('main h1')).toBeVisible();
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    (window as unknown as { __tasks: number[] }).__tasks = [];
  });
  await page.evaluate((s) => {
    location.hash = `#/lessons/${s}`;
  }, slug);
  await expect(page.locator('.lesson-body[data-complete="true"]')).toBeAttached({ timeout: 30_000 });
  await expect(page.locator('.lab-placeholder')).toHaveCount(0, { timeout: 30_000 });
  await page.waitForTimeout(300);
  return page.evaluate(() => Math.max(0, ...(window as unknown as { __tasks: number[] }).__tasks));
}

test('over the long lessons, opening one blocks the main thread for less than when everything mounts at once', async ({ browser }) => {
  test.setTimeout(240_000);
  const totals = { chunked: 0, all: 0 };
  const detail: string[] = [];
  for (const slug of LONG) {
    for (const mode of ['all', 'chunked'] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const ms = await longestTask(page, slug, mode === 'all');
      totals[mode] += ms;
      detail.push(`${slug} ${mode} ${Math.round(ms)} ms`);
      await context.close();
    }
  }
  console.log(`longest task per lesson: ${detail.join(', ')}`);
  expect(totals.chunked, detail.join(', ')).toBeLessThan(totals.all);
});
