/**
 * Every lab of the lab registry, end to end: its own page reached by a link that reproduces it,
 * its quick link with autorun producing results, its link with a bad value showing a message
 * beside the field and running nothing, and the `#/labs` index listing it.
 */
import { expect, test } from './fixtures.ts';
import { LABS } from '../src/labs/registry.ts';

// Independent tests: npm test's page-check workers share them (playwright.config.ts).
test.describe.configure({ mode: 'parallel' });

test('#/labs lists every lab with its description and a link to its page', async ({ page }) => {
  await page.goto('./#/labs');
  await expect(page.getByRole('heading', { level: 1, name: 'Labs' })).toBeVisible();
  const items = page.getByTestId('labs-list').locator('li');
  await expect(items).toHaveCount(LABS.length);
  for (const lab of LABS) {
    const item = page.locator(`li[data-lab="${lab.id}"]`);
    await expect(item.getByRole('link', { name: lab.title, exact: true })).toHaveAttribute('href', `#/lab/${lab.id}`);
    await expect(item).toContainText(lab.description.slice(0, 40));
  }
});

test('lab ids are unique and every example names a field of its lab', () => {
  expect(new Set(LABS.map((l) => l.id)).size).toBe(LABS.length);
  for (const lab of LABS) {
    const names = [...lab.settings.fields.map((f) => f.name), 'autorun'];
    expect(names, lab.id).toContain(lab.examples.invalid.field);
  }
});

for (const lab of LABS) {
  test(`${lab.id}: its quick link with autorun produces results that can be exported`, async ({ page }) => {
    const query = [lab.examples.quick, 'autorun=1'].filter(Boolean).join('&');
    await page.goto(`./#/lab/${lab.id}?${query}`);
    await expect(page.getByRole('heading', { level: 1, name: lab.title })).toBeVisible();
    const status = page.getByTestId('lab-status').first();
    await expect(status).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
    await expect(page.getByRole('button', { name: 'Download JSON' }).first()).toBeEnabled();
  });

  test(`${lab.id}: a link with a bad value shows a message beside the field, says it is not ready and runs nothing`, async ({ page }) => {
    const { query, field } = lab.examples.invalid;
    await page.goto(`./#/lab/${lab.id}?${query}&autorun=1`);
    const message = page.getByTestId(`error-${field}`).first();
    await expect(message).toHaveClass(/field-error/);
    await expect(message).not.toBeEmpty();
    await page.waitForTimeout(500);
    const status = page.getByTestId('lab-status').first();
    if (await status.count()) await expect(status).toHaveAttribute('data-status', 'idle');
    const run = page.getByRole('button', { name: /^Run/ }).first();
    if (await run.count()) {
      await expect(run).toBeDisabled();
      // The status line does not say "Ready" while Run is disabled by a bad value.
      if (await status.count()) await expect(status).toHaveText('Not ready: correct the marked settings, then press Run.');
    }
  });
}

test('the old #/lab?kernel= links open the speedup lab with their settings and run', async ({ page }) => {
  await page.goto('./#/lab?kernel=pi&n=200000&workers=1,2&repeats=1&seed=7&autorun=1');
  await expect(page.getByRole('heading', { level: 1, name: 'Speedup lab' })).toBeVisible();
  await expect(page.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(page.getByLabel('Darts')).toHaveValue('200000');
  await expect(page.getByTestId('results-table').locator('tbody tr')).toHaveCount(2);
});

test('a value given twice or an empty list entry is refused, and a setting of another kernel is ignored with a note', async ({ page }) => {
  await page.goto('./#/lab/speedup?kernel=integrate&n=100&n=200&workers=1,2&autorun=1');
  await expect(page.getByTestId('error-n')).toContainText('2 times');
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeDisabled();
  await page.getByLabel('Grid size n').fill('100');
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeEnabled();
  await page.goto('./#/lab/speedup?kernel=integrate&workers=1,,2');
  await expect(page.getByTestId('error-workers')).toContainText('empty entry');
  await page.goto('./#/lab/speedup?kernel=integrate&n=100&workers=1,2&repeats=1&seed=-1&colour=red&autorun=1');
  await expect(page.getByTestId('link-note')).toContainText('"colour" is not a setting');
  await expect(page.getByTestId('link-note')).toContainText('"seed" is not used');
  await expect(page.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
});

test('an unknown lab id gives the not-found page', async ({ page }) => {
  await page.goto('./#/lab/no-such-lab?x=1');
  await expect(page.getByRole('heading', { level: 1, name: 'No such lab' })).toBeVisible();
});
