/**
 * The shared-memory lesson in a real browser: the race lab's atomic, mutex and private variants
 * are exact and the plain variant loses updates in at least one trial (2+ cores); the partial sums
 * and moving-data labs agree across methods; and served WITHOUT the isolation headers (a tiny
 * static server below, service workers blocked so they cannot add the headers either) the lesson
 * explains why shared memory is missing and the message-passing variants still run. Each lab's
 * own link (`#/lab/shared-sums`, `#/lab/moving-data`, `#/lab/histogram-race`) reproduces it with
 * autorun, and a bad value in a link is shown beside its field and runs nothing.
 */
import { usePlainServer } from './plain-server.ts';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

const LESSON = '#/lessons/shared-memory';

async function setField(page: Page, lab: string, label: string, value: string): Promise<void> {
  const input = page.getByTestId(lab).getByLabel(label, { exact: true });
  await input.fill(value);
}

/** The status line of the lab whose section has data-testid `lab`. */
const statusOf = (page: Page, lab: string) => page.getByTestId(lab).getByTestId('lab-status');

async function waitDone(page: Page, lab: string, timeout: number): Promise<void> {
  const status = statusOf(page, lab);
  await expect(status).toHaveAttribute('data-status', /done|error/, { timeout });
  await expect(status, (await status.textContent()) ?? '').toHaveAttribute('data-status', 'done');
}

test.describe('cross-origin isolated (preview server sends COOP/COEP)', () => {
  test('race lab: atomic, mutex and private are exact; plain loses updates in at least one trial', async ({ page }) => {
    test.setTimeout(240_000);
    await page.goto(LESSON);
    await expect(page.getByTestId('isolation-notice')).toHaveAttribute('data-isolated', 'true');
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    expect(cores, 'a race needs two workers running at once: this test needs 2+ cores').toBeGreaterThanOrEqual(2);

    await setField(page, 'race-lab', 'Workers', '2');
    await setField(page, 'race-lab', 'Bins', '2');
    await setField(page, 'race-lab', 'Increments per worker', '3000000');
    await setField(page, 'race-lab', 'Trials', '8');
    await page.getByTestId('race-lab').getByRole('button', { name: 'Run trials' }).click();
    await waitDone(page, 'race-lab', 200_000);

    const trials = page.getByTestId('race-trial');
    await expect(trials).toHaveCount(8);
    for (const variant of ['mutex', 'atomic', 'private']) {
      const cells = page.locator(`[data-testid=race-table] td[data-variant=${variant}]`);
      const exact = await cells.evaluateAll((tds) => tds.map((td) => td.getAttribute('data-exact')));
      expect(exact.length, variant).toBeGreaterThanOrEqual(8);
      expect(exact.every((e) => e === 'true'), `${variant} must be exact in every trial`).toBe(true);
    }
    const lost = await page
      .locator('[data-testid=race-table] td[data-variant=plain]')
      .evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-lost'))));
    expect(lost).toHaveLength(8);
    expect(lost.every((l) => l >= 0), 'plain increments can only lose updates').toBe(true);
    expect(Math.max(...lost), `lost updates per trial: ${lost.join(', ')}`).toBeGreaterThan(0);
    await expect(page.getByTestId('race-summary')).toContainText('Atomics.add on 2 workers took');
  });

  test('partial sums in shared slots equal the message version bit for bit; copy, transfer and shared deliver the same catalogue', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto(LESSON);
    await setField(page, 'sums-lab', 'Grid size n', '2000');
    await setField(page, 'sums-lab', 'Workers', '4');
    await page.getByTestId('sums-lab').getByRole('button', { name: 'Run both' }).click();
    await waitDone(page, 'sums-lab', 60_000);
    await expect(page.getByTestId('sums-verdict')).toContainText('Identical to the last bit');
    const message = await page.getByTestId('sums-message').textContent();
    expect(message).toMatch(/^-?\d\.\d{6}e[+-]\d{2}$/);
    await expect(page.getByTestId('sums-shared')).toHaveText(message!);

    await setField(page, 'moving-lab', 'Catalogue sizes (stars)', '20000, 100000');
    await setField(page, 'moving-lab', 'Repeats', '2');
    await page.getByTestId('moving-lab').getByRole('button', { name: 'Run', exact: true }).click();
    await waitDone(page, 'moving-lab', 90_000);
    const methods = await page.locator('[data-testid=moving-table] tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-method')));
    expect(methods).toEqual(['copy', 'transfer', 'shared', 'copy', 'transfer', 'shared']);
    await expect(page.getByTestId('moving-verdict')).toContainText('Every method delivered the same stars');
    await expect(page.getByTestId('moving-data-chart')).toHaveAttribute('data-points', '6');
  });

  test('a long race run can be cancelled, and the next run starts afresh on new workers', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(LESSON);
    await setField(page, 'race-lab', 'Workers', '2');
    await setField(page, 'race-lab', 'Increments per worker', '20000000');
    await page.getByTestId('race-lab').getByRole('button', { name: 'Run trials' }).click();
    await expect(statusOf(page, 'race-lab')).toHaveAttribute('data-status', 'running');
    await page.waitForTimeout(1500);
    const t0 = Date.now();
    await page.getByTestId('race-lab').getByRole('button', { name: 'Cancel' }).click();
    await expect(statusOf(page, 'race-lab')).toHaveAttribute('data-status', 'cancelled');
    expect(Date.now() - t0, 'cancel terminates the workers at once, without waiting for the run').toBeLessThan(5000);

    await setField(page, 'race-lab', 'Increments per worker', '100000');
    await setField(page, 'race-lab', 'Trials', '2');
    await page.getByTestId('race-lab').getByRole('button', { name: 'Run trials' }).click();
    await waitDone(page, 'race-lab', 60_000);
    await expect(page.getByTestId('race-trial')).toHaveCount(2);
  });

  test('bad input is reported where it was typed and blocks the run', async ({ page }) => {
    await page.goto(LESSON);
    await setField(page, 'race-lab', 'Bins', '0');
    await expect(page.getByTestId('race-lab').getByTestId('error-bins')).toHaveText('Bins must be at least 1.');
    await expect(page.getByTestId('race-lab').getByRole('button', { name: 'Run trials' })).toBeDisabled();
    await setField(page, 'moving-lab', 'Catalogue sizes (stars)', '1000, lots');
    await expect(page.getByTestId('moving-lab').getByTestId('error-sizes')).toHaveText('"lots" is not a whole catalogue size.');
  });
});

test.describe('lab links (cross-origin isolated)', () => {
  const LINKS = [
    { id: 'shared-sums', lab: 'sums-lab', quick: 'n=1000&workers=2', bad: 'n=1,000&workers=2', field: 'n', message: 'write 1000 or 1_000' },
    { id: 'moving-data', lab: 'moving-lab', quick: 'sizes=20000,50000&workers=2&repeats=1', bad: 'sizes=1000,lots&workers=2&repeats=1', field: 'sizes', message: '"lots" is not a whole catalogue size.' },
    { id: 'histogram-race', lab: 'race-lab', quick: 'workers=2&bins=2&increments=100000&trials=2', bad: 'workers=2&bins=0&increments=100000&trials=2', field: 'bins', message: 'Bins must be at least 1.' },
  ];
  for (const l of LINKS) {
    test(`#/lab/${l.id} with autorun runs; a bad value is shown beside its field and runs nothing`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.goto(`#/lab/${l.id}?${l.quick}&autorun=1`);
      await waitDone(page, l.lab, 60_000);
      await expect(page.getByTestId(l.lab).getByRole('button', { name: 'Download JSON' })).toBeEnabled();
      await expect(page.getByTestId('lab-isolation')).toHaveCount(0);
      const href = await page.getByTestId(l.lab).getByTestId('lab-link').getAttribute('href');
      expect(href).toBe(`#/lab/${l.id}?${l.quick}&autorun=1`);

      await page.goto(`#/lab/${l.id}?${l.bad}&autorun=1`);
      await expect(page.getByTestId(l.lab).getByTestId(`error-${l.field}`)).toContainText(l.message);
      await page.waitForTimeout(500);
      await expect(statusOf(page, l.lab)).toHaveAttribute('data-status', 'idle');
      await expect(page.getByTestId(l.lab).getByRole('button', { name: /^Run/ })).toBeDisabled();
    });
  }
});


test.describe('without cross-origin isolation (no COOP/COEP, no service worker)', () => {
  // A service worker would add the headers itself and reload; block it to see a bare host.
  test.use({ serviceWorkers: 'block' });
  const plainOrigin = usePlainServer(test);

  test('the lesson explains the missing SharedArrayBuffer and the message-passing variants still run', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto(`${plainOrigin()}${LESSON}`);
    expect(await page.evaluate(() => ({ isolated: crossOriginIsolated, sab: typeof SharedArrayBuffer }))).toEqual({ isolated: false, sab: 'undefined' });
    const notice = page.getByTestId('isolation-notice');
    await expect(notice).toHaveAttribute('data-isolated', 'false');
    await expect(notice).toContainText('Cross-Origin-Opener-Policy: same-origin');
    await expect(notice).toContainText('Cross-Origin-Embedder-Policy: require-corp');
    await expect(page.getByRole('heading', { name: 'When shared memory is missing' })).toBeVisible();
    await expect(page.getByTestId('lab-isolation')).toHaveCount(3);

    await setField(page, 'sums-lab', 'Grid size n', '1000');
    await setField(page, 'sums-lab', 'Workers', '2');
    await page.getByTestId('sums-lab').getByRole('button', { name: 'Run both' }).click();
    await waitDone(page, 'sums-lab', 60_000);
    await expect(page.getByTestId('sums-message')).toHaveText(/^-?\d\.\d{6}e[+-]\d{2}$/);
    await expect(page.getByTestId('sums-shared')).toHaveText('needs SharedArrayBuffer');

    await setField(page, 'moving-lab', 'Catalogue sizes (stars)', '20000');
    await setField(page, 'moving-lab', 'Repeats', '2');
    await page.getByTestId('moving-lab').getByRole('button', { name: 'Run', exact: true }).click();
    await waitDone(page, 'moving-lab', 60_000);
    const methods = await page.locator('[data-testid=moving-table] tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-method')));
    expect(methods).toEqual(['copy', 'transfer']);

    await setField(page, 'race-lab', 'Increments per worker', '100000');
    await page.getByTestId('race-lab').getByRole('button', { name: 'Run private histograms by message' }).click();
    await waitDone(page, 'race-lab', 60_000);
    const workers = Number(await page.getByTestId('race-lab').getByLabel('Workers', { exact: true }).inputValue());
    await expect(page.getByTestId('race-message-result')).toContainText(`${(workers * 100_000).toLocaleString('en')} counts`);
  });

  test('a shared-memory lab opened by its link explains the missing isolation and runs what it can', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(`${plainOrigin()}#/lab/histogram-race?workers=2&bins=2&increments=100000&trials=2&autorun=1`);
    await expect(page.getByTestId('lab-isolation')).toContainText('Cross-Origin-Embedder-Policy: require-corp');
    await waitDone(page, 'race-lab', 60_000);
    await expect(page.getByTestId('race-message-result')).toContainText('200,000 counts');
    await expect(page.getByTestId('link-note')).toContainText('"trials" is not used');
  });
});
