/**
 * Progress: marking a lesson complete survives a reload and shows on the home page and sidebar;
 * "Continue where you left off" goes back to the lesson and section; reset asks first; a broken
 * value in localStorage is ignored; progress and drafts move to another browser as a file.
 */
import { test, expect } from './fixtures.ts';

test('a completed lesson stays complete after a reload and counts on the home page', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByText(/^0 of \d+ lessons complete$/)).toBeVisible();
  const first = page.locator('.lesson-list > li > a').first();
  const title = (await first.textContent())!;
  await first.click();
  const button = page.getByRole('button', { name: 'Mark lesson complete' });
  await button.click();
  await expect(page.getByRole('button', { name: '✓ Lesson complete' })).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  await expect(page.getByRole('button', { name: '✓ Lesson complete' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: `${title} (completed)` })).toBeVisible();

  await page.getByRole('link', { name: 'Parallel Lab' }).click();
  await expect(page.getByText(/^1 of \d+ lessons complete$/)).toBeVisible();
  await expect(page.getByRole('link', { name: new RegExp(`^Continue where you left off: ${title.replace(/[?*+()[\]]/g, '\\$&')}`) })).toBeVisible();
});

test('continue where you left off returns to the section being read', async ({ page }) => {
  await page.goto('./');
  const href = (await page.locator('.lesson-list > li > a').last().getAttribute('href'))!;
  await page.goto(`./${href}`);
  await expect(page.locator('.lesson-body h2[id]').first()).toBeVisible();
  const ids = await page.locator('.lesson-body h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
  const id = ids[Math.min(2, ids.length - 1)]!;
  await page.getByRole('navigation', { name: 'Lessons' }).locator(`a[href="${href}#${id}"]`).click();
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('parallel-lab:progress') ?? '')).toContain(`"anchor":"${id}"`);

  await page.goto('./');
  await page.reload();
  const cont = page.getByRole('link', { name: /^Continue where you left off/ });
  await expect(cont).toHaveAttribute('href', `${href}#${id}`);
  await cont.click();
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test('reset asks for confirmation and then forgets progress', async ({ page }) => {
  await page.goto('./');
  await page.locator('.lesson-list > li > a').first().click();
  await page.getByRole('button', { name: 'Mark lesson complete' }).click();
  await page.getByRole('link', { name: 'Parallel Lab' }).click();
  await expect(page.getByText(/^1 of \d+ lessons complete$/)).toBeVisible();

  await page.getByRole('button', { name: 'Reset progress…' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText(/^1 of \d+ lessons complete$/)).toBeVisible();

  await page.getByRole('button', { name: 'Reset progress…' }).click();
  await page.getByRole('button', { name: 'Yes, reset progress' }).click();
  await expect(page.getByText(/^0 of \d+ lessons complete$/)).toBeVisible();
  await page.reload();
  await expect(page.getByText(/^0 of \d+ lessons complete$/)).toBeVisible();
  await expect(page.getByRole('link', { name: /^Start with lesson/ })).toBeVisible();
});

test('a broken or foreign value in storage is ignored, not fatal', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('parallel-lab:progress', '{"version":1,"lessons":{"x":{"complete":"maybe"');
      localStorage.setItem('parallel-lab:theme', 'purple');
      localStorage.setItem('parallel-lab:presenter', '{}');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('./');
  await expect(page.getByText(/^0 of \d+ lessons complete$/)).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  await expect(page.locator('html')).not.toHaveClass(/presenter/);
  await page.locator('.lesson-list > li > a').first().click();
  await page.getByRole('button', { name: 'Mark lesson complete' }).click();
  await page.reload();
  await expect(page.getByRole('button', { name: '✓ Lesson complete' })).toBeVisible();
});

test('export then import in a fresh browser restores progress and drafts; a wrong file is refused with a message', async ({ page, browser, baseURL }) => {
  await page.goto('./');
  await page.locator('.lesson-list > li > a').first().click();
  await page.getByRole('button', { name: 'Mark lesson complete' }).click();
  await page.evaluate(() => localStorage.setItem('parallel-lab:exercise-draft:03-integration/row-bounds', '// my draft'));
  await page.getByRole('link', { name: 'Parallel Lab' }).click();
  await expect(page.getByText(/^1 of \d+ lessons complete$/)).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^parallel-lab-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();

  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  try {
    const fresh = await context.newPage();
    const errors: string[] = [];
    fresh.on('console', (msg) => void (msg.type() === 'error' && errors.push(msg.text())));
    fresh.on('pageerror', (err) => errors.push(err.message));
    await fresh.goto('./');
    await expect(fresh.getByText(/^0 of \d+ lessons complete$/)).toBeVisible();

    // A wrong file: refused, with a message naming the field, and nothing stored changes.
    await fresh.evaluate(() => localStorage.setItem('parallel-lab:exercise-draft:01-why-parallel/sleep-demo', 'kept'));
    const wrong = JSON.stringify({ app: 'parallel-lab', kind: 'progress', version: 2, progress: { version: 2, lessons: { 'why-parallel': { complete: 'yes', solved: [] } } } });
    let chooser = fresh.waitForEvent('filechooser');
    await fresh.getByRole('button', { name: 'Import progress…' }).click();
    await (await chooser).setFiles({ name: 'wrong.json', mimeType: 'application/json', buffer: Buffer.from(wrong) });
    await expect(fresh.getByRole('status').filter({ hasText: 'wrong.json was not imported' })).toContainText('progress.lessons.why-parallel.complete');
    await expect(fresh.getByText(/^0 of \d+ lessons complete$/)).toBeVisible();
    expect(await fresh.evaluate(() => localStorage.getItem('parallel-lab:exercise-draft:01-why-parallel/sleep-demo'))).toBe('kept');

    chooser = fresh.waitForEvent('filechooser');
    await fresh.getByRole('button', { name: 'Import progress…' }).click();
    await (await chooser).setFiles(file);
    await expect(fresh.getByRole('status')).toContainText('progress added, 1 exercise draft restored');
    await expect(fresh.getByText(/^1 of \d+ lessons complete$/)).toBeVisible();
    await fresh.reload();
    await expect(fresh.getByText(/^1 of \d+ lessons complete$/)).toBeVisible();
    expect(await fresh.evaluate(() => localStorage.getItem('parallel-lab:exercise-draft:03-integration/row-bounds'))).toBe('// my draft');
    expect(await fresh.evaluate(() => localStorage.getItem('parallel-lab:exercise-draft:01-why-parallel/sleep-demo'))).toBe('kept');
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});
