/**
 * Lesson navigation: every lesson listed on the home page loads cleanly, the sidebar leads to
 * lessons and their sections, deep links to a section scroll to it, heading anchors link to
 * themselves, and the sidebar folds into a menu on a phone-sized window.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

async function lessonLinks(page: Page): Promise<{ href: string; title: string }[]> {
  await page.goto('./');
  const links = page.locator('.lesson-list > li > a');
  await expect(links.first()).toBeVisible();
  return links.evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', title: a.textContent ?? '' })));
}

test('every lesson on the home page loads its content with no errors or failed requests', async ({ page }) => {
  const lessons = await lessonLinks(page);
  expect(lessons.length).toBeGreaterThanOrEqual(1);
  for (const { href, title } of lessons) {
    expect(href).toMatch(/^#\/lessons\/[a-z0-9-]+$/);
    await page.goto(`./${href}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.locator('.lesson-body h2').first()).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Key points' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.waitForLoadState('networkidle');
  }
});

test('the sidebar leads to a lesson and expands it to its sections', async ({ page }) => {
  const lessons = await lessonLinks(page);
  const target = lessons[lessons.length - 1]!;
  const sidebar = page.getByRole('navigation', { name: 'Lessons' });
  await sidebar.getByRole('link', { name: target.title }).click();
  await expect(page).toHaveURL(new RegExp(`${target.href.replace(/[/#]/g, '\\$&')}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.title);

  const sections = sidebar.getByRole('list', { name: `Sections of ${target.title}` }).getByRole('link');
  await expect(sections.first()).toBeVisible();
  const count = await sections.count();
  const last = sections.nth(count - 1);
  const href = (await last.getAttribute('href')) ?? '';
  const id = href.split('#')[2]!;
  await last.click();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  await expect(page.locator('.lesson-body h2').first()).not.toBeInViewport();
});

test('a deep link to a section opens the lesson scrolled to it, and headings link to themselves', async ({ page }) => {
  const lessons = await lessonLinks(page);
  await page.goto(`./${lessons[0]!.href}`);
  const headings = page.locator('.lesson-body h2[id]');
  await expect(headings.first()).toBeVisible();
  await expect(page.locator('.lesson-body[data-complete="true"]')).toBeAttached(); // long lessons render a chunk at a time
  const ids = await headings.evaluateAll((hs) => hs.map((h) => h.id));
  expect(ids.length).toBeGreaterThanOrEqual(2);
  const id = ids[ids.length - 1]!;

  await page.goto('about:blank');
  await page.goto(`./${lessons[0]!.href}#${id}`);
  const heading = page.locator(`[id="${id}"]`);
  await expect(heading).toBeInViewport();
  await expect(page.locator('.lesson-body h2').first()).not.toBeInViewport();
  await expect(page.getByRole('navigation', { name: 'Lessons' }).locator('[aria-current="location"]')).toHaveAttribute('href', `${lessons[0]!.href}#${id}`);

  await heading.hover();
  const anchor = heading.getByRole('link', { name: 'Link to this section' });
  await expect(anchor).toBeVisible();
  await expect(anchor).toHaveAttribute('href', `${lessons[0]!.href}#${id}`);
});

test('previous and next links walk through the lessons in order', async ({ page }) => {
  const lessons = await lessonLinks(page);
  expect(lessons.length).toBeGreaterThanOrEqual(2);
  await page.goto(`./${lessons[0]!.href}`);
  await page.getByRole('navigation', { name: 'Previous and next lesson' }).getByRole('link', { name: lessons[1]!.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessons[1]!.title);
  await expect(page.getByRole('navigation', { name: 'Previous and next lesson' }).locator('a[rel="prev"]')).toHaveText(`← ${lessons[0]!.title}`);
});

test('an unknown lesson shows a not-found page with a way home', async ({ page }) => {
  await page.goto('./#/lessons/no-such-lesson');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No such lesson');
  await page.getByRole('link', { name: 'See all lessons' }).click();
  await expect(page.locator('.lesson-list')).toBeVisible();
});

test('on a phone-sized window the lessons are behind a menu button', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  const lessons = await lessonLinks(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), 'home page fits 375 px').toBeLessThanOrEqual(375);
  const sidebar = page.getByRole('navigation', { name: 'Lessons' });
  await expect(sidebar).toBeHidden();
  const menu = page.getByRole('button', { name: 'Lessons menu' });
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await sidebar.getByRole('link', { name: lessons[0]!.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessons[0]!.title);
  await expect(sidebar).toBeHidden();
});

test('every lesson fits a phone-sized window without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  const lessons = await lessonLinks(page);
  for (const { href } of lessons) {
    await page.goto(`./${href}`);
    await expect(page.locator('.lesson-body h2').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${href} is ${width} px wide`).toBeLessThanOrEqual(375);
  }
});

test('lesson components: tabs work with the keyboard and code blocks copy their code', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const lessons = await lessonLinks(page);
  for (const { href } of lessons) {
    await page.goto(`./${href}`);
    await expect(page.locator('.lesson-body h2').first()).toBeVisible();
    const tablist = page.locator('.lesson-body .tabs [role="tablist"]').first();
    if ((await tablist.count()) === 0) continue;
    const tabs = tablist.getByRole('tab');
    await tabs.first().click();
    await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowRight');
    await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(tabs.nth(1)).toBeFocused();
    const panel = page.locator(`[id="${await tabs.nth(1).getAttribute('aria-controls')}"]`);
    await expect(panel).toBeVisible();
    await page.keyboard.press('Home');
    await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');
    await expect(panel).toBeHidden();

    const block = page.locator('.lesson-body .code-block').filter({ visible: true }).first();
    const code = await block.locator('pre').innerText();
    await block.getByRole('button', { name: 'Copy code' }).click();
    await expect(block.getByRole('button', { name: 'Copy code' })).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    return;
  }
  throw new Error('no lesson uses <Tabs>');
});

test('a malformed escape in the address gives the not-found page, and a good link afterwards works', async ({ page }) => {
  for (const hash of ['#/lessons/why-parallel%', '#/lessons/%E0%A4%A', '#/lessons/one-thread#%']) {
    await page.goto(`./${hash}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('banner')).toBeVisible();
  }
  await expect(page.getByRole('heading', { level: 1 })).toContainText('One thread');
  await page.goto('./#/lessons/why-parallel%');
  await expect(page.getByRole('heading', { level: 1, name: 'No such lesson' })).toBeVisible();
  await page.getByRole('link', { name: 'See all lessons' }).click();
  await page.getByRole('main').getByRole('link', { name: /Why parallel/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /Why parallel/ })).toBeVisible();
});

test('an address changed while the app is still starting is the page shown (the router catches up)', async ({ page }) => {
  // goto resolves at the load event, before the app's first render (a transition) has committed:
  // the hash change lands between the router's first render and its listener.
  for (let i = 0; i < 3; i++) {
    await page.goto(`./?try=${i}`);
    await page.goto(`./?try=${i}#/lessons/why-parallel`);
    await expect(page.locator('main h1')).toHaveText(/Why parallel/);
  }
});
