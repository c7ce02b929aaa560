/**
 * Exercises at the end of a lesson: solve one by typing in the editor and pass Check (on real
 * workers); a draft survives a reload; an endless loop is stopped at the exercise's time limit
 * while the page keeps responding; `postMessage` in learner code neither ends the run nor floods
 * the page; on a host without cross-origin isolation the exercise explains the missing
 * SharedArrayBuffer.
 */
import { usePlainServer } from './plain-server.ts';
import { test, expect, recordLongTasks, longTasks } from './fixtures.ts';
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
  await exercise.getByRole('button', { name: 'Run', exact: true }).click();
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

const SLEEP_DEMO = /sleep demo on your own workers/;

test('postMessage in exercise code is shown as output and does not end the run; a flood of them leaves the page responsive', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('./#/lessons/why-parallel');
  const exercise = page.locator('section.exercise', { has: page.getByRole('heading', { name: SLEEP_DEMO }) });
  const status = exercise.getByRole('status');
  await typeInEditor(page, exercise, 'postMessage("hello");\nconsole.log("after");');
  await exercise.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(status).toContainText(/^Ran in /, { timeout: 30_000 });
  const output = exercise.getByLabel('Console output');
  await expect(output).toContainText('postMessage: hello');
  await expect(output).toContainText('after');

  // A million messages from a loop (and from a task worker): throttled in the workers, so the
  // page gets a few batches, not a million events.
  await typeInEditor(page, exercise, 'for (let i = 0; i < 1e6; i++) postMessage(i);\nasync function main() { await parallelMap((n) => { for (let i = 0; i < n; i++) postMessage(i); return n; }, [1e5], 1); }');
  await recordLongTasks(page);
  await exercise.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(status).toContainText(/^Ran in /, { timeout: 60_000 });
  await expect(output).toContainText('postMessage: 0');
  await expect(output).toContainText('more lines not shown');
  const frameGap = await page.evaluate(() => new Promise<number>((done) => {
    const t0 = performance.now();
    requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - t0)));
  }));
  expect(frameGap).toBeLessThan(200);
  const long = await longTasks(page);
  expect(Math.max(0, ...long), `long tasks: ${long.join(', ')}`).toBeLessThan(150);
});


test.describe('without cross-origin isolation (no COOP/COEP, no service worker)', () => {
  test.use({ serviceWorkers: 'block' });
  const plainOrigin = usePlainServer(test);

  test('an exercise that needs shared memory explains the missing isolation beside its editor and in its error', async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto(`${plainOrigin()}#/lessons/why-parallel`);
    expect(await page.evaluate(() => typeof SharedArrayBuffer)).toBe('undefined');
    const exercise = page.locator('section.exercise', { has: page.getByRole('heading', { name: SLEEP_DEMO }) });
    const note = exercise.getByTestId('exercise-isolation');
    await expect(note).toContainText('not cross-origin isolated');
    await expect(note).toContainText('Cross-Origin-Embedder-Policy: require-corp');
    await exercise.getByRole('button', { name: 'Run', exact: true }).click();
    const status = exercise.getByRole('status');
    await expect(status).toContainText('SharedArrayBuffer is not defined', { timeout: 30_000 });
    await expect(status).toContainText('This page is not cross-origin isolated');
  });
});
