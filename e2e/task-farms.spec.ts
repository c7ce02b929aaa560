/**
 * Task farms lesson: the greetings task farm (20 one-second tasks, at most 8 at a time) drawn live
 * on the timeline, and the job-packing calculator reproducing the course's figures.
 */
import { test, expect } from './fixtures.ts';

test('20 one-second greetings, 8 at a time, finish in about 3 s with 8 lanes and 20 bars', async ({ page }) => {
  await page.goto('#/lessons/task-farms');
  const lab = page.getByRole('region', { name: 'xargs -P in the browser: greetings', exact: true });
  await lab.getByRole('button', { name: 'Run with -P 8' }).click();
  const status = lab.getByTestId('lab-status');
  await expect(status).toHaveAttribute('data-status', 'running');
  // live: bars appear on the timeline while the farm runs
  await expect(lab.getByTestId('timeline').getByTestId('timeline-running').first()).toBeVisible();
  await expect(status).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  const wall = Number(await lab.getByTestId('greetings-output').getAttribute('data-wall-seconds'));
  expect(wall).toBeGreaterThan(2.9); // three waves of 1 s cannot be faster
  expect(wall).toBeLessThan(6); // generous: a loaded machine
  await expect(lab.getByTestId('greetings-output').locator('p')).toHaveCount(20);
  await expect(lab.getByTestId('greetings-output')).toContainText('Kiaora to you my friend!');
  const timeline = lab.getByTestId('timeline');
  await expect(timeline.getByTestId('timeline-lane')).toHaveCount(8);
  await expect(timeline.getByTestId('timeline-bar')).toHaveCount(20);
});

test('one at a time takes about 20 s, far longer than 8 at a time', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('#/lessons/task-farms');
  const lab = page.getByRole('region', { name: 'xargs -P in the browser: greetings', exact: true });
  await lab.getByLabel('Seconds per task').fill('0.5');
  await lab.getByRole('button', { name: 'Run with -P 1' }).click();
  const status = lab.getByTestId('lab-status');
  await expect(status).toHaveAttribute('data-status', 'done', { timeout: 40_000 });
  const serial = Number(await lab.getByTestId('greetings-output').getAttribute('data-wall-seconds'));
  expect(serial).toBeGreaterThan(9.9); // 20 waves of 0.5 s
  await expect(lab.getByTestId('timeline').getByTestId('timeline-lane')).toHaveCount(1);
  await lab.getByRole('button', { name: 'Run with -P 8' }).click();
  await expect(status).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  const parallel = Number(await lab.getByTestId('greetings-output').getAttribute('data-wall-seconds'));
  expect(parallel).toBeLessThan(serial / 2);
});

test('bad greetings settings are refused where typed', async ({ page }) => {
  await page.goto('#/lessons/task-farms');
  const lab = page.getByRole('region', { name: 'xargs -P in the browser: greetings', exact: true });
  await lab.getByLabel('At most at a time (-P)').fill('0');
  await expect(lab.getByTestId('error-parallel')).toContainText('At least 1');
  await expect(lab.getByRole('button', { name: 'Run', exact: true })).toBeDisabled();
});

test('the packing calculator reproduces the course figures', async ({ page }) => {
  await page.goto('#/lessons/task-farms');
  const lab = page.getByRole('region', { name: 'Job-packing calculator', exact: true });
  // 1000 six-hour tasks on 48-core nodes
  await lab.getByRole('button', { name: '1000 six-hour tasks, 48-core nodes' }).click();
  const one = lab.getByTestId('strategy-one-per-job');
  const packed = lab.getByTestId('strategy-packed');
  await expect(one.getByTestId('jobs')).toHaveText('1,000');
  await expect(one.getByTestId('compute-node-hours')).toHaveText('6,000');
  await expect(packed.getByTestId('jobs')).toHaveText('21');
  await expect(packed.getByTestId('compute-node-hours')).toHaveText('126');
  // memory-limited
  await lab.getByRole('button', { name: 'Same, but 10 GB per task' }).click();
  await expect(lab.getByTestId('packing-slots')).toContainText('19 tasks at once, limited by memory');
  await expect(packed.getByTestId('jobs')).toHaveText('53');
  // ten million 20-second tasks
  await lab.getByRole('button', { name: 'Ten million 20-second tasks' }).click();
  await expect(one.getByTestId('jobs')).toHaveText('10,000,000');
  const farm = lab.getByTestId('strategy-farm');
  await expect(farm.getByTestId('jobs')).toHaveText('1,000');
  await expect(farm).toContainText('32 at a time');
});

test('the packing calculator validates each field', async ({ page }) => {
  await page.goto('#/lessons/task-farms');
  const lab = page.getByRole('region', { name: 'Job-packing calculator', exact: true });
  await lab.getByLabel('Tasks', { exact: true }).fill('ten');
  await expect(lab.getByTestId('error-tasks')).toContainText('must be a whole number');
  await lab.getByLabel('Memory per task (GB)').fill('500');
  await expect(lab.getByTestId('error-taskMemory')).toContainText('does not fit on a 192 GB node');
  await expect(lab.getByTestId('packing-table')).toHaveCount(0);
  await lab.getByLabel('Tasks', { exact: true }).fill('1000');
  await lab.getByLabel('Memory per task (GB)').fill('1');
  await expect(lab.getByTestId('packing-table')).toBeVisible();
});

test('a packing link reproduces the calculation; 1,000 is refused with a message', async ({ page }) => {
  await page.goto('#/lab/job-packing?tasks=1e3&taskTime=6&taskUnit=h&cores=48&nodeMemory=192&taskMemory=10&overhead=0');
  const lab = page.getByRole('region', { name: 'Job-packing calculator', exact: true });
  await expect(lab.getByTestId('packing-slots')).toContainText('19 tasks at once, limited by memory');
  await expect(lab.getByTestId('lab-status')).toHaveAttribute('data-status', 'done');
  await page.goto('#/lab/job-packing?tasks=1,000');
  await expect(lab.getByTestId('error-tasks')).toContainText('write 1000 or 1_000');
  await expect(lab.getByTestId('packing-table')).toHaveCount(0);
});
