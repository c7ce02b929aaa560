/**
 * The two message-passing lessons (point-to-point, collectives): their rank programs run on real
 * worker ranks, the trace is drawn, a deadlock is stopped with the wait-for list, rank errors name
 * the rank, and the page stays responsive throughout. The lab's link
 * (`#/lab/mpi?program=…&ranks=…&autorun=1`) reproduces a program on its ranks, and a bad rank count
 * is shown beside its field and runs nothing. Links to the old single lesson
 * (`#/lessons/message-passing#<section>`) land on the section in its new lesson. The lesson's
 * overlap program (a loop on `req.test()` without `await`) completes on the isolated page (shared
 * mailboxes) and, on a page without isolation, is stopped after a second with what to change.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { usePlainServer } from './plain-server.ts';
import { LESSON_REDIRECTS } from '../lessons/redirects.ts';
import { LESSON_PROGRAMS } from '../src/labs/mpi/programs.ts';

const POINT_TO_POINT = '#/lessons/point-to-point';
const COLLECTIVES = '#/lessons/collectives';

function lab(page: Page, program: string): Locator {
  return page.locator(`section.mpi-lab[data-program="${program}"]`);
}

async function runLab(l: Locator, ranks?: number): Promise<void> {
  await l.scrollIntoViewIfNeeded();
  if (ranks !== undefined) await l.getByLabel('Ranks (mpirun -np)').fill(String(ranks));
  await l.getByRole('button', { name: 'Run', exact: true }).click();
}

const status = (l: Locator) => l.getByTestId('mpi-status');

/** Resolves when the page paints a frame: proof the main thread is not blocked. */
async function frameDelay(page: Page): Promise<number> {
  return page.evaluate(() => new Promise<number>((resolve) => {
    const t0 = performance.now();
    requestAnimationFrame(() => resolve(performance.now() - t0));
  }));
}

async function replaceCode(l: Locator, code: string): Promise<void> {
  const editor = l.locator('.cm-content');
  await editor.click();
  await l.page().keyboard.press('ControlOrMeta+a');
  await l.page().keyboard.insertText(code);
}

test.describe('the lab link', () => {
  test('#/lab/mpi?program=send-recv&ranks=3&autorun=1 runs that program on 3 ranks; choosing a program loads its code and ranks', async ({ page }) => {
    await page.goto('#/lab/mpi?program=send-recv&ranks=3&autorun=1');
    const l = lab(page, 'send-recv');
    await expect(status(l)).toHaveAttribute('data-status', 'ok');
    await expect(l.getByTestId('rank-output-0').locator('pre')).toHaveText('greetings from rank 1\ngreetings from rank 2');
    await expect(l.getByRole('button', { name: 'Download JSON' })).toBeEnabled();
    await expect(l.getByTestId('lab-link')).toHaveAttribute('href', '#/lab/mpi?program=send-recv&ranks=3&autorun=1');

    await l.getByLabel('Program', { exact: true }).selectOption('deadlock');
    const d = lab(page, 'deadlock');
    await expect(d.getByLabel('Ranks (mpirun -np)')).toHaveValue('3');
    await expect(d.locator('.cm-content')).toContainText('Both ranks wait');
    await expect(page).toHaveURL(/program=deadlock&ranks=3/);
  });

  test('changing the ranks updates the address and keeps the code being edited', async ({ page }) => {
    await page.goto('#/lab/mpi');
    const l = lab(page, 'hello');
    const editor = l.locator('.cm-content');
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n// my own line');
    await l.getByLabel('Ranks (mpirun -np)').fill('3');
    await expect(page).toHaveURL(/ranks=3/);
    await expect(editor).toContainText('// my own line');
    await l.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(status(l)).toHaveAttribute('data-status', 'ok');
    await expect(l.getByTestId('rank-output-2')).toBeVisible();
  });

  test('a program without ranks starts its own count; a bad rank count is refused and runs nothing', async ({ page }) => {
    await page.goto('#/lab/mpi?program=deadlock');
    await expect(lab(page, 'deadlock').getByLabel('Ranks (mpirun -np)')).toHaveValue('2');
    await page.goto('#/lab/mpi?program=hello&ranks=17&autorun=1');
    const l = lab(page, 'hello');
    await expect(l.getByTestId('error-ranks')).toHaveText('At most 16 ranks.');
    await page.waitForTimeout(500);
    await expect(status(l)).toHaveAttribute('data-status', 'idle');
    await expect(l.getByRole('button', { name: 'Run', exact: true })).toBeDisabled();
  });

  test('the reduction order: a setting of programs that reduce; on 7 ranks the tree prints mpi4py\'s 6.039613e-13, rank order 6.042944e-13', async ({ page }) => {
    await page.goto('#/lab/mpi?program=integrate-reduce&ranks=7&order=tree&autorun=1');
    const l = lab(page, 'integrate-reduce');
    await expect(l.getByLabel('Reduction order')).toHaveValue('tree');
    await expect(status(l)).toHaveAttribute('data-status', 'ok', { timeout: 60_000 });
    await expect(l.getByTestId('rank-output-0')).toContainText('Integral value is 6.039613e-13');
    await expect(l.getByTestId('lab-link')).toHaveAttribute('href', '#/lab/mpi?program=integrate-reduce&ranks=7&order=tree&autorun=1');
    await l.getByLabel('Reduction order').selectOption('rank');
    await l.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(status(l)).toHaveAttribute('data-status', 'ok', { timeout: 60_000 });
    await expect(l.getByTestId('rank-output-0')).toContainText('Integral value is 6.042944e-13');
    await l.getByLabel('Program', { exact: true }).selectOption('hello');
    await expect(lab(page, 'hello').getByLabel('Reduction order')).toHaveCount(0);
  });
});

test.describe('old links to the message-passing lesson', () => {
  test('the lesson address without a section opens the point-to-point lesson', async ({ page }) => {
    await page.goto('#/lessons/message-passing');
    await expect(page).toHaveURL(/#\/lessons\/point-to-point$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Message passing: ranks and point-to-point');
  });

  test('a moved section lands on its heading in the new lesson, scrolled into view', async ({ page }) => {
    await page.goto('#/lessons/message-passing#the-2d-integration-with-reduce');
    await expect(page).toHaveURL(/#\/lessons\/collectives#the-2d-integration-with-reduce$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Message passing: collectives');
    await expect(page.locator('h2#the-2d-integration-with-reduce')).toBeInViewport();
    await page.goto('#/lessons/message-passing#deadlock');
    await expect(page).toHaveURL(/#\/lessons\/point-to-point#deadlock$/);
    await expect(page.locator('h2#deadlock')).toBeInViewport();
  });

  test('every old section in the redirect table has its target on the page', async ({ page }) => {
    for (const [old, target] of Object.entries(LESSON_REDIRECTS['message-passing']!.sections)) {
      const [slug, id] = target.split('#');
      await page.goto(`#/lessons/message-passing#${old}`);
      await expect(page).toHaveURL(new RegExp(`#/lessons/${slug}#${id}$`));
      await expect(page.locator(`[id="${id}"]`)).toBeAttached();
    }
  });
});

test.describe('the point-to-point lesson', () => {
test.beforeEach(async ({ page }) => {
  await page.goto(POINT_TO_POINT);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Message passing');
});

test('hello world on 4 ranks prints 4 lines, one per rank', async ({ page }) => {
  const l = lab(page, 'hello');
  await runLab(l, 4);
  await expect(status(l)).toHaveAttribute('data-status', 'ok');
  await expect(status(l)).toContainText('All 4 ranks finished');
  for (let r = 0; r < 4; r++) await expect(l.getByTestId(`rank-output-${r}`).locator('pre')).toHaveText(`Hello from rank ${r} of 4`);
  await l.getByLabel('interleaved, as a terminal shows it').check();
  const lines = (await l.getByTestId('output-all').textContent())!.split('\n');
  expect(lines).toHaveLength(4);
  expect(lines.sort()).toEqual([0, 1, 2, 3].map((r) => `[${r}] Hello from rank ${r} of 4`));
  await expect(l.getByTestId('trace-svg').locator('.mpi-lifeline')).toHaveCount(4);
});

test('send/recv draws one arrow per message and lists them in the table', async ({ page }) => {
  const l = lab(page, 'send-recv');
  await runLab(l, 5);
  await expect(status(l)).toHaveAttribute('data-status', 'ok');
  await expect(l.getByTestId('rank-output-0').locator('pre')).toHaveText([1, 2, 3, 4].map((r) => `greetings from rank ${r}`).join('\n'));
  await expect(l.locator('.mpi-arrow-p2p')).toHaveCount(4);
  await l.getByText('Messages as a table').click();
  const rows = l.getByTestId('trace-table').locator('tbody tr');
  await expect(rows).toHaveCount(4);
  for (const row of await rows.all()) {
    const cells = await row.locator('td').allTextContents();
    expect(cells[1]).toBe('0');
    // Times are formatted with digit grouping ("1,023.45" once a run passes a second).
    const [sent, received] = [cells[4], cells[5]].map((c) => Number(c!.replaceAll(',', '')));
    expect(Number.isFinite(sent) && Number.isFinite(received), `sent ${cells[4]}, received ${cells[5]}`).toBe(true);
    expect(received).toBeGreaterThanOrEqual(sent!);
  }
});

test('computing while messages travel: the overlap lab, a loop on test() without await, completes as written', async ({ page }) => {
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  const l = lab(page, 'overlap');
  await runLab(l, 4);
  await expect(status(l)).toHaveAttribute('data-status', 'ok', { timeout: 30_000 });
  const out = (await l.getByTestId('rank-output-0').locator('pre').textContent())!.split('\n');
  expect(out.filter((line) => /^rank [123]'s part arrived during slice \d+$/.test(line))).toHaveLength(3);
  expect(out.at(-1)).toMatch(/^rank 0 received 3 partial integrals while computing \d+ slices of its own$/);
  await expect(l.getByTestId('mpi-transport')).toHaveCount(0);
  expect(await frameDelay(page)).toBeLessThan(1000);
});

test('deadlock: the run is stopped, the wait-for list shows the cycle, the page stays usable', async ({ page }) => {
  await expect(page.locator('h2#deadlock')).toContainText(/^Deadlock/);
  const l = lab(page, 'deadlock');
  await runLab(l, 2);
  await expect(status(l)).toHaveAttribute('data-status', 'deadlock');
  const waits = l.getByTestId('wait-for');
  await expect(waits).toContainText('rank 0 waits in recv for rank 1 (tag 0)');
  await expect(waits).toContainText('rank 1 waits in recv for rank 0 (tag 0)');
  await expect(waits).toContainText('rank 0 → rank 1 → rank 0');
  await expect(l.locator('.mpi-wait')).toHaveCount(2);
  expect(await frameDelay(page)).toBeLessThan(1000);
  await expect(l.getByRole('button', { name: 'Run', exact: true })).toBeEnabled();
  const fixed = lab(page, 'deadlock-fixed');
  await runLab(fixed, 2);
  await expect(status(fixed)).toHaveAttribute('data-status', 'ok');
  await expect(fixed.getByTestId('rank-output-1')).toContainText('hello from rank 0');
});

test('an exception names its rank and line; an endless loop can be stopped', async ({ page }) => {
  const l = lab(page, 'hello');
  await l.scrollIntoViewIfNeeded();
  await replaceCode(l, 'print("starting");\nif (comm.rank === 2) throw new Error("boom");');
  await runLab(l, 3);
  await expect(status(l)).toHaveAttribute('data-status', 'error');
  await expect(status(l)).toContainText('Rank 2 failed: Error: boom (line 2)');
  await replaceCode(l, 'while (true) {}');
  await runLab(l, 2);
  await expect(status(l)).toHaveAttribute('data-status', 'running');
  expect(await frameDelay(page)).toBeLessThan(1000);
  await l.getByRole('button', { name: 'Cancel' }).click();
  await expect(status(l)).toHaveAttribute('data-status', 'cancelled');
  await l.getByRole('button', { name: 'Reset code' }).click();
  await runLab(l, 2);
  await expect(status(l)).toHaveAttribute('data-status', 'ok');
});
});

test.describe('the collectives lesson', () => {
test.beforeEach(async ({ page }) => {
  await page.goto(COLLECTIVES);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Message passing: collectives');
});

test('bcast on 8 ranks: a collective band and 7 internal messages, root sends 3', async ({ page }) => {
  const l = lab(page, 'bcast');
  await runLab(l, 8);
  await expect(status(l)).toHaveAttribute('data-status', 'ok');
  await expect(l.locator('.mpi-band')).toHaveCount(1);
  await expect(l.locator('.mpi-arrow-coll')).toHaveCount(7);
  await expect(l.locator('.mpi-inflight')).toHaveCount(0);
  await l.getByText('Messages as a table').click();
  const from = await l.getByTestId('trace-table').locator('tbody tr td:first-child').allTextContents();
  expect(from.filter((f) => f === '0')).toHaveLength(3);
  for (let r = 1; r < 8; r++) await expect(l.getByTestId(`rank-output-${r}`)).toContainText('midpoint');
});

test('the 2D integral with reduce on 4 ranks prints the course figure 4.492851e-12', async ({ page }) => {
  const l = lab(page, 'integrate-reduce');
  await runLab(l, 4);
  await expect(status(l)).toHaveAttribute('data-status', 'running');
  expect(await frameDelay(page)).toBeLessThan(1000);
  await expect(status(l)).toHaveAttribute('data-status', 'ok', { timeout: 60_000 });
  await expect(l.getByTestId('rank-output-0')).toContainText('Integral value is 4.492851e-12');
  await expect(l.locator('.mpi-arrow-coll')).toHaveCount(3);
  await expect(l.locator('.mpi-inflight')).toHaveCount(0);
});

test('Monte Carlo pi with gather (30,000,000 darts) lands within 4 standard errors', async ({ page }) => {
  const l = lab(page, 'pi-gather');
  await runLab(l, 4);
  await expect(status(l)).toHaveAttribute('data-status', 'ok', { timeout: 60_000 });
  const out = (await l.getByTestId('rank-output-0').locator('pre').textContent())!;
  const estimate = Number(/estimate: ([\d.]+)/.exec(out)?.[1]);
  const n = 30_000_000;
  const se = 4 * Math.sqrt(((Math.PI / 4) * (1 - Math.PI / 4)) / n);
  expect(Math.abs(estimate - Math.PI)).toBeLessThan(4 * se);
  await expect(l.getByTestId('rank-output-2')).toContainText('after gather: rank 2, inside: undefined');
  await expect(l.locator('.mpi-band')).toHaveCount(1);
});

test('point-to-point and gather versions of the word ACF print the same averages', async ({ page }) => {
  const a = lab(page, 'acf-p2p');
  const b = lab(page, 'acf-gather');
  await runLab(a, 3);
  await expect(status(a)).toHaveAttribute('data-status', 'ok', { timeout: 60_000 });
  await runLab(b, 3);
  await expect(status(b)).toHaveAttribute('data-status', 'ok', { timeout: 60_000 });
  const avg = async (l: Locator) => /average ACF[^\n]*/.exec((await l.getByTestId('rank-output-0').textContent())!)?.[0];
  expect(await avg(a)).toMatch(/^average ACF at lags 0\.\.4: 1\.00000/);
  expect(await avg(a)).toBe(await avg(b));
});
});

test.describe('without cross-origin isolation (no COOP/COEP, no service worker): the MessagePort fallback', () => {
  test.use({ serviceWorkers: 'block' });
  const plainOrigin = usePlainServer(test);

  test('the overlap loop, which cannot see messages here, is stopped after about a second with what to change; with an await it completes', async ({ page }) => {
    await page.goto(`${plainOrigin()}#/lab/mpi?program=overlap&ranks=4&autorun=1`);
    expect(await page.evaluate(() => typeof SharedArrayBuffer)).toBe('undefined');
    const l = lab(page, 'overlap');
    await expect(status(l)).toHaveAttribute('data-status', 'error', { timeout: 30_000 });
    await expect(status(l)).toContainText(/Rank 0 failed: Error: rank 0 polled with req\.test\(\) for 1\.\d s without yielding/);
    await expect(status(l)).toContainText('this page is not cross-origin isolated');
    await expect(status(l)).toContainText('Add an await in the loop, e.g. `await sleep(0)` after each slice of work');
    await expect(l.getByTestId('mpi-transport')).toContainText('not cross-origin isolated');
    const code = LESSON_PROGRAMS.overlap.source.replace('slices++;', 'slices++;\n      await sleep(0);');
    await replaceCode(l, code);
    await l.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(status(l)).toHaveAttribute('data-status', 'ok', { timeout: 30_000 });
    await expect(l.getByTestId('rank-output-0')).toContainText('rank 0 received 3 partial integrals');
  });
});
