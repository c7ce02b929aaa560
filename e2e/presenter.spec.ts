/**
 * Presenter mode: `p` toggles it (not while typing), it survives a reload, it hides the sidebar
 * and shows instructor notes, and the arrow keys step through the lesson's h2 sections. Also the
 * theme toggle.
 */
import { test, expect } from './fixtures.ts';

async function openFirstLesson(page: import('@playwright/test').Page): Promise<string> {
  await page.goto('./');
  const href = (await page.locator('.lesson-list > li > a').first().getAttribute('href'))!;
  await page.goto(`./${href}`);
  await expect(page.locator('.lesson-body h2[id]').first()).toBeVisible();
  return href;
}

test('p toggles presenter mode, which survives a reload', async ({ page }) => {
  await openFirstLesson(page);
  const html = page.locator('html');
  const sidebar = page.getByRole('navigation', { name: 'Lessons' });
  await expect(html).not.toHaveClass(/presenter/);
  await expect(sidebar).toBeVisible();
  const size = async () => page.locator('.lesson-body p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  const before = await size();

  await page.keyboard.press('p');
  await expect(html).toHaveClass(/presenter/);
  await expect(sidebar).toBeHidden();
  await expect(page.getByRole('button', { name: /Present/ })).toHaveAttribute('aria-pressed', 'true');
  expect(await size()).toBeGreaterThan(before * 1.2);

  await page.reload();
  await expect(page.locator('.lesson-body h2[id]').first()).toBeVisible();
  await expect(html).toHaveClass(/presenter/);

  await page.keyboard.press('p');
  await expect(html).not.toHaveClass(/presenter/);
  await expect(sidebar).toBeVisible();
});

test('typing p in the search box does not toggle presenter mode', async ({ page }) => {
  await openFirstLesson(page);
  await page.getByRole('searchbox', { name: 'Search the lessons' }).fill('');
  await page.getByRole('searchbox', { name: 'Search the lessons' }).press('p');
  await expect(page.getByRole('searchbox', { name: 'Search the lessons' })).toHaveValue('p');
  await expect(page.locator('html')).not.toHaveClass(/presenter/);
});

test('in presenter mode the arrow keys step through the h2 sections and instructor notes show', async ({ page }) => {
  const href = await openFirstLesson(page);
  await page.getByRole('button', { name: /Present/ }).click();
  await page.locator('main').focus();
  const ids = await page.locator('article.lesson h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
  expect(ids.length).toBeGreaterThanOrEqual(3);

  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`#${ids[0]}$`));
  await expect(page.locator(`[id="${ids[0]}"]`)).toBeInViewport();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`#${ids[1]}$`));
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(new RegExp(`#${ids[2]}$`));
  await expect(page.locator(`[id="${ids[2]}"]`)).toBeInViewport();
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(new RegExp(`#${ids[1]}$`));
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(new RegExp(`#${ids[0]}$`));

  // Stepping all the way forward ends on the last section, even where the page cannot scroll it to the top.
  for (let i = 0; i < ids.length + 2; i++) await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`#${ids[ids.length - 1]}$`));
  expect(page.url()).toContain(href.slice(1));

  const notes = page.locator('.instructor-note .instructor-body');
  if ((await notes.count()) > 0) await expect(notes.first()).toBeVisible();
});

test('instructor notes open on request outside presenter mode', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('.lesson-list > li > a').first()).toBeVisible();
  const hrefs = await page.locator('.lesson-list > li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  for (const href of hrefs) {
    await page.goto(`./${href}`);
    await expect(page.locator('.lesson-body h2').first()).toBeVisible();
    const note = page.locator('.instructor-note').first();
    if ((await note.count()) === 0) continue;
    await expect(note.locator('.instructor-body')).toBeHidden();
    await note.getByRole('button', { name: 'Instructor note' }).click();
    await expect(note.locator('.instructor-body')).toBeVisible();
    return;
  }
  throw new Error('no lesson has an instructor note');
});

test('the theme toggle cycles system, light and dark and survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  const html = page.locator('html');
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await expect(html).not.toHaveAttribute('data-theme');
  const light = await bg();
  await page.getByRole('button', { name: /Colour theme: System/ }).click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.getByRole('button', { name: /Colour theme: Light/ }).click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  expect(await bg()).not.toBe(light);
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: /Colour theme: Dark/ }).click();
  await expect(html).not.toHaveAttribute('data-theme');
});

test('toggling presenter mode does not remount the lesson, so running labs keep running', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('.lesson-list > li > a').first()).toBeVisible();
  const hrefs = await page.locator('.lesson-list > li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  for (const href of hrefs) {
    await page.goto(`./${href}`);
    await expect(page.locator('.lesson-body h2').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    // Wait until lazy labs have replaced their loading placeholders.
    await expect(page.locator('.lesson-body .lab-placeholder')).toHaveCount(0);
    const lab = page.locator('.lesson-body .lab').first();
    if ((await lab.count()) === 0) continue;
    await lab.evaluate((el) => {
      (el as HTMLElement).dataset.e2eMark = 'same-element';
    });
    await page.locator('main').focus();
    await page.keyboard.press('p');
    await expect(page.locator('html')).toHaveClass(/presenter/);
    await expect(page.locator('.lesson-body .lab').first()).toHaveAttribute('data-e2e-mark', 'same-element');
    await page.keyboard.press('p');
    await expect(page.locator('.lesson-body .lab').first()).toHaveAttribute('data-e2e-mark', 'same-element');
    return;
  }
  throw new Error('no lesson has a lab');
});
