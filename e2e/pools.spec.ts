/**
 * Worker pools lesson: pool map results and order, chunking, cancellation mid-map, a task error
 * shown in the lab, and the timeline's lanes and bars, on real workers.
 */
import { test, expect } from './fixtures.ts';
import type { Locator, Page } from '@playwright/test';

async function openMapLab(page: Page): Promise<Locator> {
  await page.goto('#/lessons/worker-pools');
  const lab = page.getByRole('region', { name: 'Pool map lab', exact: true });
  await expect(lab.getByRole('button', { name: 'Run map' })).toBeVisible();
  return lab;
}

async function configure(lab: Locator, settings: { task?: string; items?: string; workers?: string; chunksize?: string }) {
  if (settings.task) await lab.getByLabel('Task', { exact: true }).selectOption(settings.task);
  if (settings.items !== undefined) await lab.getByLabel('Items', { exact: true }).fill(settings.items);
  if (settings.workers !== undefined) await lab.getByLabel('Workers', { exact: true }).fill(settings.workers);
  if (settings.chunksize !== undefined) await lab.getByLabel('Chunk size', { exact: true }).fill(settings.chunksize);
}

test('map returns results in input order although items finish out of order', async ({ page }) => {
  const lab = await openMapLab(page);
  await configure(lab, { task: 'slowSquare', items: '5, 1, 4, 2, 3, 8, 1, 6', workers: '3', chunksize: '1' });
  await lab.getByRole('button', { name: 'Run map' }).click();
  const status = lab.getByTestId('lab-status');
  await expect(status).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  await expect(lab.getByTestId('map-results')).toHaveText('[25, 1, 16, 4, 9, 64, 1, 36]');
  // the timeline: one lane per worker, one bar per item
  const timeline = lab.getByTestId('timeline');
  await expect(timeline).toHaveAttribute('data-lanes', '3');
  await expect(timeline.getByTestId('timeline-lane')).toHaveCount(3);
  await expect(timeline.getByTestId('timeline-bar')).toHaveCount(8);
  // details on hover
  await timeline.getByTestId('timeline-bar').first().hover();
  await expect(lab.getByTestId('timeline-detail')).toContainText(/on worker \d: started at .*took/);
  // keyboard focus shows details too
  await timeline.getByTestId('timeline-bar').nth(2).focus();
  await expect(lab.getByTestId('timeline-detail')).toContainText(/^Task \d on worker/);
  // zoom in, scroll, back to the whole run
  const whole = timeline.getByRole('button', { name: 'Whole run' });
  await expect(whole).toBeDisabled();
  await timeline.getByRole('button', { name: 'Zoom in' }).click();
  await expect(whole).toBeEnabled();
  await expect(timeline.getByRole('slider', { name: 'Scroll' })).toBeVisible();
  await whole.click();
  await expect(whole).toBeDisabled();
  // utilisation per lane is shown as a percentage
  await expect(timeline.getByTestId('timeline-util')).toHaveCount(3);
  await expect(timeline.getByTestId('timeline-util').first()).toHaveText(/^\d+ %$/);
});

test('chunk size groups items into messages and the default follows Python', async ({ page }) => {
  const lab = await openMapLab(page);
  await configure(lab, { task: 'square', items: '1..10', workers: '2', chunksize: '3' });
  await lab.getByRole('button', { name: 'Run map' }).click();
  await expect(lab.getByTestId('lab-status')).toContainText('10 items in 4 chunks of up to 3 on 2 workers');
  await expect(lab.getByTestId('map-results')).toHaveText('[1, 4, 9, 16, 25, 36, 49, 64, 81, 100]');
  // default: 1000 items on 2 workers -> ceil(1000 / 8) = 125 per chunk, 8 chunks
  await configure(lab, { items: '1..1000', chunksize: '' });
  await lab.getByRole('button', { name: 'Run map' }).click();
  await expect(lab.getByTestId('lab-status')).toContainText('1,000 items in 8 chunks of up to 125 on 2 workers');
  await expect(lab.getByTestId('timeline')).toHaveAttribute('data-bars', '1000');
});

test('starmap passes several arguments', async ({ page }) => {
  const lab = await openMapLab(page);
  await configure(lab, { task: 'power', items: '(2, 10), (3, 2), (10, -1)', workers: '2' });
  await lab.getByRole('button', { name: 'Run starmap' }).click();
  await expect(lab.getByTestId('map-results')).toHaveText('[1024, 9, 0.1]');
});

test('cancelling mid-map stops it, and the next map runs on fresh workers', async ({ page }) => {
  const lab = await openMapLab(page);
  await configure(lab, { task: 'slowSquare', items: '30, 30, 30, 30, 30, 30', workers: '2', chunksize: '1' });
  await lab.getByRole('button', { name: 'Run map' }).click();
  const status = lab.getByTestId('lab-status');
  await expect(status).toHaveAttribute('data-status', 'running');
  await expect(lab.getByTestId('timeline').getByTestId('timeline-running')).toHaveCount(2);
  await lab.getByRole('button', { name: 'Cancel' }).click();
  await expect(status).toHaveAttribute('data-status', 'cancelled');
  await expect(status).toContainText('Cancelled');
  await configure(lab, { task: 'square', items: '1, 2, 3' });
  await lab.getByRole('button', { name: 'Run map' }).click();
  await expect(status).toHaveAttribute('data-status', 'done');
  await expect(lab.getByTestId('map-results')).toHaveText('[1, 4, 9]');
});

test('an error thrown by a task becomes a message in the lab', async ({ page }) => {
  const lab = await openMapLab(page);
  await configure(lab, { task: 'sqrt', items: '16, 9, 4, -1, 1', workers: '2', chunksize: '1' });
  await lab.getByRole('button', { name: 'Run map' }).click();
  await expect(lab.getByTestId('lab-status')).toHaveAttribute('data-status', 'error');
  await expect(lab.getByTestId('lab-error')).toContainText('sqrt(-1) for item 3 failed: math domain error');
  // the lab still works afterwards
  await configure(lab, { items: '16, 9' });
  await lab.getByRole('button', { name: 'Run map' }).click();
  await expect(lab.getByTestId('map-results')).toHaveText('[4, 3]');
});

test('bad input gets a message where it was typed and nothing runs', async ({ page }) => {
  const lab = await openMapLab(page);
  await configure(lab, { items: '1, two', workers: '0' });
  await expect(lab.getByTestId('error-items')).toContainText('"two" is not a number');
  await expect(lab.getByTestId('error-workers')).toContainText('at least 1');
  await expect(lab.getByRole('button', { name: 'Run map' })).toBeDisabled();
});

test('the Monte Carlo pi exercise combines ten calls into an estimate of pi', async ({ page }) => {
  await page.goto('#/lessons/worker-pools');
  const lab = page.getByRole('region', { name: 'Monte Carlo pi with a pool', exact: true });
  await lab.getByLabel('Repeats').fill('1');
  await lab.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(lab.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  const estimates = await lab.getByTestId('pi-estimate').allTextContents();
  expect(estimates).toHaveLength(2);
  for (const e of estimates) expect(Math.abs(Number(e) - Math.PI)).toBeLessThan(0.02); // > 10 standard errors
  await expect(lab.getByTestId('pi-speedup')).toContainText('speedup of');
  await expect(lab.getByTestId('timeline').getByTestId('timeline-bar')).toHaveCount(10);
});

test('the chunk size lab measures every chunk size it was given', async ({ page }) => {
  await page.goto('#/lessons/worker-pools');
  const lab = page.getByRole('region', { name: 'Chunk size: overhead against balance', exact: true });
  await lab.getByLabel('Items', { exact: true }).fill('500');
  await lab.getByLabel('Chunk sizes').fill('1, 50, auto');
  await lab.getByLabel('Repeats').fill('1');
  await lab.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(lab.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  const rows = lab.getByTestId('variant-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('chunksize 1');
  await expect(rows.nth(0).getByRole('cell').nth(1)).toHaveText('500');
  await expect(rows.nth(1).getByRole('cell').nth(1)).toHaveText('10');
  await lab.getByLabel('Chunk sizes').fill('1, 0');
  await expect(lab.getByTestId('error-chunks')).toContainText('at least 1');
});

test('a lab link reproduces a map and runs it; a bad value is refused beside its field', async ({ page }) => {
  await page.goto('#/lab/pool-map?task=power&workers=2&autorun=1');
  const lab = page.getByRole('region', { name: 'Pool map lab', exact: true });
  await expect(lab.getByTestId('field-task')).toHaveValue('power');
  await expect(lab.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  await expect(lab.getByTestId('map-results')).toHaveText('[1024, 9, 0.1, 1.414213562]');
  await expect(lab.getByRole('button', { name: 'Download JSON' })).toBeEnabled();
  await page.goto('#/lab/chunksize?workload=uneven&chunks=1,,2&autorun=1');
  const chunks = page.getByRole('region', { name: 'Chunk size: overhead against balance', exact: true });
  await expect(chunks.getByTestId('field-workload')).toHaveValue('uneven');
  await expect(chunks.getByTestId('error-chunks')).toContainText('empty entry');
  await expect(chunks.getByTestId('lab-status')).toHaveAttribute('data-status', 'idle');
});
