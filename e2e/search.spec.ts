/**
 * Full-text search: "/" focuses the box, a term from a lesson finds its section, the result link
 * (by click or keyboard) opens the lesson at that section.
 */
import { test, expect } from './fixtures.ts';

test('search finds a section heading of a lesson and the result opens it', async ({ page }) => {
  await page.goto('./');
  const href = (await page.locator('.lesson-list > li > a').first().getAttribute('href'))!;
  await page.goto(`./${href}`);
  const heading = page.locator('.lesson-body h2[id]').nth(1);
  await expect(heading).toBeVisible();
  const id = await heading.getAttribute('id');
  const text = (await heading.evaluate((h) => h.firstChild?.textContent ?? '')).trim();
  await page.goto('./');
  // The shortcut works once the page is there (the app renders after its code loads).
  await expect(page.locator('main h1')).toBeVisible();

  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: 'Search the lessons' });
  await expect(box).toBeFocused();
  await box.fill(text);
  const results = page.getByRole('list', { name: 'Search results' }).getByRole('link');
  await expect(results.first()).toBeVisible();
  const hit = results.filter({ hasText: text }).first();
  await expect(hit).toHaveAttribute('href', `${href}#${id}`);
  await hit.click();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  await expect(page.getByRole('list', { name: 'Search results' })).toBeHidden();
});

test('search finds a word from a lesson body and is keyboard operable', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('searchbox', { name: 'Search the lessons' }).click();
  await page.keyboard.type('midpoint rule');
  const results = page.getByRole('list', { name: 'Search results' }).getByRole('link');
  await expect(results.first()).toBeVisible();
  await expect(page.locator('.search-status')).toHaveText(/\d+ sections? found/);
  await expect(results.first()).toContainText(/midpoint/i);
  const target = (await results.first().getAttribute('href'))!;
  await page.keyboard.press('ArrowDown');
  await expect(results.first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${target.replace(/[/#?]/g, '\\$&')}$`));
  await expect(page.locator('.lesson-body')).toBeVisible();
});

test('an unmatched query says so, Escape clears it', async ({ page }) => {
  await page.goto('./');
  const box = page.getByRole('searchbox', { name: 'Search the lessons' });
  await box.fill('zzqxqzz');
  await expect(page.locator('.search-status')).toHaveText('No section matches “zzqxqzz”.');
  await box.press('Escape');
  await expect(box).toHaveValue('');
});
