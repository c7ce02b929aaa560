/**
 * Exercises at the end of a lesson: solve one by typing in the editor and pass Check (on real
 * workers); a draft survives a reload; an endless loop is stopped at the exercise's time limit
 * while the page keeps responding.
 */
import { test, expect } from './fixtures.ts';
import type { Page } from '@playwright/test';

/** Replaces the editor's text by typing, as a learner would (CodeMirror closes brackets as we go). */
async function typeInEditor(page: Page, exercise: ReturnType<Page['locator']>, text: string) {
  const editor = exercise.getByRole('textbox', { name: /^Code for exercise/ });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text, { delay: 5 });
  return editor;
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
});

test('solve the row-bounds exercise by typing, then Check passes and the draft survives a reload', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./#/lessons/integration');
  const exercise = page.locator('section.exercise', { has: page.getByRole('heading', { name: /Fill in the row bounds/ }) });
  await expect(exercise).toBeVisible();
  await expect(exercise.getByRole('textbox', { name: /^Code for exercise/ })).toContainText('FIXME');

  // The starter fails its checks, saying what was expected.
  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(exercise.getByRole('status')).toContainText(/checks? failed/, { timeout: 60_000 });
  await expect(exercise.getByRole('list', { name: 'Check results' })).toContainText('Expected');

  const solution = 'function rowBounds(n, p, k) { return { begin: Math.trunc(k * n / p), end: Math.trunc((k + 1) * n / p) }; }';
  const editor = await typeInEditor(page, exercise, solution);
  await expect(editor).toHaveText(solution);

  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(exercise.getByRole('status')).toContainText('Checking');
  await expect(exercise.getByRole('status')).toContainText('checks passed: solved!', { timeout: 60_000 });
  await expect(exercise.getByText('4.492851e-12').first()).toBeVisible();
  await expect(exercise.getByText('Solved', { exact: true })).toBeVisible();
  // Solved exercises count toward the lesson's progress (src/progress).
  expect(await page.evaluate(() => localStorage.getItem('parallel-lab:progress'))).toContain('row-bounds');

  await page.reload();
  const again = page.locator('section.exercise', { has: page.getByRole('heading', { name: /Fill in the row bounds/ }) });
  await expect(again.getByRole('textbox', { name: /^Code for exercise/ })).toHaveText(solution);
  await expect(again.getByText('Solved', { exact: true })).toBeVisible();
});

test('an endless loop is stopped at the time limit and the page keeps responding', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('./#/lessons/why-parallel');
  const exercise = page.locator('section.exercise', { has: page.getByRole('heading', { name: /sleep demo on your own workers/ }) });
  await expect(exercise).toBeVisible();
  await typeInEditor(page, exercise, 'while (true) {}');
  await expect(exercise.getByRole('textbox', { name: /^Code for exercise/ })).toHaveText('while (true) {}');

  const started = Date.now();
  await exercise.getByRole('button', { name: 'Run' }).click();
  await expect(exercise.getByRole('status')).toContainText('Running');

  // While the loop spins in its worker, the page still handles clicks at once.
  await exercise.getByRole('button', { name: /^Hint 1 of/ }).click();
  await expect(exercise.getByRole('list', { name: 'Hints' })).toBeVisible({ timeout: 2_000 });
  const frameGap = await page.evaluate(
    () => new Promise<number>((resolve) => {
      const t0 = performance.now();
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
    }),
  );
  expect(frameGap).toBeLessThan(500);

  // The limit of this exercise is 10 s: stopped then, with a clear message.
  await expect(exercise.getByRole('status')).toContainText('Stopped after 10.0 s', { timeout: 20_000 });
  const elapsed = Date.now() - started;
  expect(elapsed).toBeGreaterThanOrEqual(9_500);
  expect(elapsed).toBeLessThan(16_000);
  await expect(exercise.getByRole('status')).toContainText('endless loop');

  // And the exercise works again right after: a button click responds, Reset brings back the starter.
  await exercise.getByRole('button', { name: /^Hint 2 of/ }).click();
  await expect(exercise.getByRole('list', { name: 'Hints' }).getByRole('listitem')).toHaveCount(2);
  await exercise.getByRole('button', { name: 'Reset' }).click();
  await expect(exercise.getByRole('textbox', { name: /^Code for exercise/ })).toContainText('function napAll');
});
