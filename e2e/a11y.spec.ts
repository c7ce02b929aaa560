/**
 * Accessibility over the site (WCAG 2.1 AA rules of axe-core): the home page, every lesson (the
 * list comes from the home page's links), the labs index, lab pages (`#/lab/<id>`, ids from
 * the lab registry) and one embed, in four views: light theme, dark theme, presenter mode and a
 * 375 px phone. No serious or critical violation may remain. The presenter and phone views change
 * the layout, not the colours: there colour contrast (checked in the light view) is left out, and
 * the presenter view checks every fourth lesson (its larger type applies to all pages alike). Every
 * third lab page is checked in the light view; in the others one lab page stands for all (the
 * lessons embed every lab, so the dark view still checks every lab's colours).
 *
 * One page load per page and view: each view's pages are split into a few parts, and each part is
 * one test that opens its pages one after another (a hash change in the same tab, so each page is
 * rendered afresh by the router without paying for a full reload). The parts are independent tests
 * (this file runs in parallel mode), so `npm test`'s two Playwright workers share them. Findings
 * are collected over a part's pages and reported together.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { LABS } from '../src/labs/registry.ts';

interface View {
  name: string;
  storage: Record<string, string>;
  viewport?: { width: number; height: number };
  /**
   * Layout-only view: its colours are the light theme's (already checked there), so the
   * colour-contrast rule, most of axe's time on the long lessons, is left out; and the lab pages,
   * whose labs the lessons already embed, are checked through one of them.
   */
  layoutOnly?: boolean;
  /**
   * Check every fourth lesson only (the first, the fifth, …): presenter mode scales the type and
   * widens the column of every page alike, and the phone view, where wide tables and figures must
   * scroll, checks every lesson.
   */
  sampleLessons?: boolean;
  /** Tests the view's pages are split into (every `parts`-th page from `part`), so workers can share them. */
  parts: number;
}

const VIEWS: View[] = [
  { name: 'light theme', storage: { 'parallel-lab:theme': 'light' }, parts: 3 },
  { name: 'dark theme', storage: { 'parallel-lab:theme': 'dark' }, parts: 3 },
  { name: 'presenter mode', storage: { 'parallel-lab:theme': 'light', 'parallel-lab:presenter': 'on' }, layoutOnly: true, sampleLessons: true, parts: 1 },
  { name: '375 px phone', storage: { 'parallel-lab:theme': 'light' }, viewport: { width: 375, height: 800 }, layoutOnly: true, parts: 3 },
];

/** Waits until the routed page has drawn its heading and nothing on it is still loading. */
async function settle(page: Page): Promise<void> {
  await expect(page.locator('main h1, main.embed').first()).toBeVisible();
  await expect(page.locator('.loading, [aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
  // Lazy parts (labs, editors, figures) mount in the next frames.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 150)))));
  await expect(page.locator('.loading, [aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
}

/** The addresses to check: lessons are read from the home page, labs from the registry. */
async function addresses(page: Page, view: View): Promise<string[]> {
  await page.goto('./#/');
  await settle(page);
  const lessons = await page.locator('main a[href*="#/lessons/"]').evaluateAll((as) => [...new Set(as.map((a) => new URL((a as HTMLAnchorElement).href).hash))]);
  expect(lessons.length).toBeGreaterThanOrEqual(8);
  // The other views check one lab page, since the lessons embed every lab (and the dark view
  // checks their colours there).
  // The light view checks every third lab page (the lab pages wrap the same labs in the same page
  // frame, and every lab is checked where its lesson embeds it, in every view but presenter mode).
  const labs = view.name === 'light theme' ? LABS.filter((_, i) => i % 3 === 0) : LABS.slice(0, 1);
  const checked = view.sampleLessons ? lessons.filter((_, i) => i % 4 === 0) : lessons;
  return ['#/', ...checked, '#/labs', ...labs.map((l) => `#/lab/${l.id}`), '#/embed/speedup'];
}

test.describe.configure({ mode: 'parallel' });

for (const view of VIEWS) for (let part = 0; part < view.parts; part++) {
  const which = view.parts > 1 ? ` (part ${part + 1} of ${view.parts})` : '';
  test(`no serious or critical accessibility violations: ${view.name}${which}`, async ({ page }) => {
    test.setTimeout(480_000);
    if (view.viewport) await page.setViewportSize(view.viewport);
    await page.addInitScript((entries) => {
      for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
    }, view.storage);
    const found: string[] = [];
    let total = 0;
    const times: string[] = [];
    const all = await addresses(page, view);
    const mine = all.filter((_, i) => i % view.parts === part);
    expect(mine.length).toBeGreaterThan(0);
    for (const hash of mine) {
      const t0 = Date.now();
      await page.goto(`./${hash}`);
      await settle(page);
      const t1 = Date.now();
      // resultTypes: only violations are gathered in full (much faster on the long lessons).
      const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).options({ resultTypes: ['violations'] });
      const result = await (view.layoutOnly ? axe.disableRules(['color-contrast']) : axe).analyze();
      times.push(`${hash} load ${t1 - t0} ms, axe ${Date.now() - t1} ms`);
      for (const v of result.violations) {
        if (v.impact !== 'serious' && v.impact !== 'critical') continue;
        total += v.nodes.length;
        const sample = v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}${n.failureSummary ? ` (${n.failureSummary.replace(/\s+/g, ' ').slice(0, 160)})` : ''}`);
        found.push(`${hash} ${v.id} ×${v.nodes.length}: ${sample.join(' | ')}`);
      }
    }
    if (process.env.A11Y_TIMES) console.log(times.join('\n'));
    expect(found, `${total} serious or critical findings in ${view.name}`).toEqual([]);
  });
}

test.describe('keyboard and screen-reader behaviour', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('./#/');
    await page.evaluate(() => localStorage.clear());
  });

  test('following a link moves the focus to the new page heading', async ({ page }) => {
    await page.goto('./#/');
    await page.locator('main').getByRole('link', { name: /^Why parallel/ }).first().click();
    await expect(page.locator('main h1')).toBeFocused();
    await page.getByRole('link', { name: 'All labs' }).click();
    await expect(page.locator('main h1')).toHaveText('Labs');
    await expect(page.locator('main h1')).toBeFocused();
  });

  test('single-key shortcuts are listed with ? and can be turned off (and on again)', async ({ page }) => {
    await page.goto('./#/lessons/why-parallel');
    await expect(page.locator('main h1')).toBeVisible();
    await page.locator('body').press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    for (const key of ['/', 'p', '?']) await expect(dialog.locator('kbd', { hasText: new RegExp(`^\\${key}$`) })).toHaveCount(1);
    await dialog.getByRole('checkbox', { name: /Single-key shortcuts/ }).uncheck();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();

    // Off: p, / and ? do nothing, even after a reload.
    await page.reload();
    await expect(page.locator('main h1')).toBeVisible();
    await page.locator('body').press('p');
    await page.locator('body').press('/');
    await page.locator('body').press('?');
    await expect(page.locator('html')).not.toHaveClass(/presenter/);
    await expect(page.getByRole('searchbox')).not.toBeFocused();
    await expect(dialog).toBeHidden();

    // The header button still opens the list; turned on again, p works.
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await dialog.getByRole('checkbox', { name: /Single-key shortcuts/ }).check();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.locator('body').press('p');
    await expect(page.locator('html')).toHaveClass(/presenter/);
    await page.locator('body').press('p');
  });

  test('a forced dark theme sets color-scheme: dark; the search box is a plain search field', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('parallel-lab:theme', 'dark'));
    await page.reload();
    await expect(page.locator('main h1')).toBeVisible();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');
    const search = page.getByRole('searchbox', { name: 'Search the lessons' });
    await search.fill('amdahl');
    await expect(search).not.toHaveAttribute('aria-expanded', /.*/);
  });

  test('the code editor says how to leave it, and Esc then Tab does', async ({ page }) => {
    await page.goto('./#/lessons/why-parallel');
    const editor = page.locator('section.exercise').first().getByRole('textbox', { name: /^Code for exercise/ });
    await expect(editor).toBeVisible({ timeout: 30_000 });
    const hintId = await editor.getAttribute('aria-describedby');
    await expect(page.locator(`[id="${hintId}"]`)).toContainText('Esc then Tab');
    await editor.click();
    await page.keyboard.press('Tab');
    await expect(editor).toBeFocused();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await expect(editor).not.toBeFocused();
    expect(await page.evaluate(() => document.activeElement?.closest('.cm-editor') === null)).toBe(true);
  });

  test('the timeline is one tab stop with the arrow keys inside', async ({ page }) => {
    await page.goto('./#/lab/timeline?sizes=random&tasks=6&darts=100000&workers=2&chunksize=1&autorun=1');
    const timeline = page.getByTestId('timeline').first();
    await expect(timeline).toHaveAttribute('data-bars', '6', { timeout: 30_000 });
    const stops = await timeline.evaluate((el) => [...el.querySelectorAll('svg [tabindex], svg[tabindex]')].filter((e) => e.getAttribute('tabindex') === '0').length);
    expect(stops).toBe(1);
    await timeline.getByRole('button', { name: 'Zoom in' }).focus();
    await page.keyboard.press('Tab');
    const detail = page.getByTestId('timeline-detail').first();
    await expect(detail).toContainText(/on worker \d: started at/);
    const first = await detail.textContent();
    await page.keyboard.press('ArrowRight');
    await expect(detail).not.toHaveText(first ?? '');
    await page.keyboard.press('Home');
    await expect(detail).toHaveText(first ?? '');
    // Tab leaves the chart at once instead of visiting every bar.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.timeline-svg') === null)).toBe(true);
  });
});
