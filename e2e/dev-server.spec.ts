/**
 * `npm start` as a new user runs it: the Vite dev server (React StrictMode, modules compiled on
 * demand) serves the home page, every lesson and an autorun lab link. The other specs test the
 * production build; this one catches what only breaks in development.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from './fixtures.ts';

const port = Number(process.env.DEV_PORT ?? 5180);
const origin = `http://127.0.0.1:${port}`;
let server: ChildProcess | undefined;

test.beforeAll(async () => {
  server = spawn('npx', ['vite', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
  const end = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${origin}/`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > end) throw new Error('the dev server did not start');
    await new Promise((r) => setTimeout(r, 250));
  }
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

test('npm start serves the lessons and an autorun lab link runs to the end', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(`${origin}/`);
  const links = page.getByRole('main').locator('.lesson-list > li > a');
  await expect(links.first()).toBeVisible({ timeout: 60_000 });
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThanOrEqual(8);
  for (const href of hrefs) {
    await page.goto(`${origin}/${href}`);
    await expect(page.locator('article.lesson h1')).toBeVisible({ timeout: 60_000 });
  }
  await page.goto(`${origin}/#/lab?kernel=pi&n=1000000&workers=1,2&repeats=1&autorun=1`);
  await expect(page.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(page.getByTestId('results-table').locator('tbody tr')).toHaveCount(2);
});
