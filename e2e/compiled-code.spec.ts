/**
 * The lesson "Compiled code and vectorization": real CPython (Pyodide, from the site's own files)
 * runs the lesson's integral program in the speed ladder and prints its result, the compiled rungs
 * print the js digits; the vector-add and breakers labs run and show their figures; a browser
 * without WebAssembly SIMD (stubbed with the test-only flag `__parallelLabNoSimd`, see
 * src/kernels/wasm-simd-support.ts) gets the message and the SIMD rows are refused while the rest
 * runs; a runtime that cannot be fetched gives a clear message. Every request outside the site is
 * blocked and recorded, and there must be none.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { integrate2d } from '../src/kernels/integrate2d.ts';
import { formatScientific } from '../src/lib/python-format.ts';
import { expect, longTasks, recordLongTasks, test, FREEZE_MS } from './fixtures.ts';

/** Blocks and records every request that leaves the site (workers' requests included). */
async function blockExternal(context: BrowserContext, baseURL: string): Promise<string[]> {
  const external: string[] = [];
  await context.route(
    (url) => !url.href.startsWith(baseURL) && !url.protocol.startsWith('blob') && !url.protocol.startsWith('data'),
    (route) => {
      external.push(route.request().url());
      return route.abort('aborted');
    },
  );
  return external;
}

async function fill(page: Page, lab: string, values: Record<string, string>): Promise<void> {
  const region = page.getByRole('region', { name: lab });
  for (const [name, value] of Object.entries(values)) await region.getByTestId(`field-${name}`).fill(value);
}

test('CPython prints the course’s integral in the lesson, and the ladder climbs to SIMD on every core', async ({ page, context, baseURL }) => {
  const external = await blockExternal(context, baseURL!);
  const pyodideFiles: string[] = [];
  page.on('request', (r) => {
    if (/\/pyodide-[\d.]+\//.test(r.url())) pyodideFiles.push(new URL(r.url()).pathname.split('/').pop()!);
  });
  await page.goto('./#/lessons/compiled-code');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Compiled code and vectorization');
  const lab = page.getByRole('region', { name: 'Speed ladder lab' });
  await lab.scrollIntoViewIfNeeded();
  await fill(page, 'Speed ladder lab', { pyn: '200', n: '400', repeats: '1' });
  await recordLongTasks(page);
  await lab.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(lab.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 120_000 });

  const output = lab.getByTestId('python-output');
  await expect(output).toContainText(`Integral value is ${formatScientific(integrate2d(200, 1))}, Error is`);
  await expect(output).toContainText(/Time spent: \d+\.\d\d sec for n = 200/);
  const rows = lab.getByTestId('ladder-table').locator('tbody tr');
  await expect(rows).toHaveCount(5);
  await expect(lab.locator('tr[data-rung="python"]')).toHaveAttribute('data-result', formatScientific(integrate2d(200, 1)));
  await expect(lab.locator('tr[data-rung="js"]')).toHaveAttribute('data-result', formatScientific(integrate2d(400, 1)));
  for (const rung of ['wasm', 'simd', 'simd-all']) {
    const text = await lab.locator(`tr[data-rung="${rung}"]`).getAttribute('data-result');
    expect(Math.abs(Number(text))).toBeLessThan(1e-12); // the WebAssembly sines' last digits differ; still ~0
  }
  const rates = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-rate'))));
  expect(rates.every((r) => r > 0)).toBe(true);
  expect(rates[1]!).toBeGreaterThan(rates[0]!); // the JIT beats the interpreter
  await expect(lab.getByTestId('course-python')).toHaveText('Python 20.39 s (×1.0)');
  await expect(lab.getByTestId('course-js')).toHaveText('numba 1.90 s (×10.7)');
  await expect(lab.getByTestId('course-simd-all')).toHaveText('Fortran + OpenMP (4 threads) 0.37 s (×55.1)');

  expect(new Set(pyodideFiles)).toEqual(new Set(['pyodide.asm.js', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json']));
  expect((await longTasks(page)).filter((ms) => ms > FREEZE_MS)).toEqual([]);
  expect(external).toEqual([]);
});

test('the vector add runs in four forms with one result, and the breakers match the plain loop', async ({ page, context, baseURL }) => {
  const external = await blockExternal(context, baseURL!);
  await page.goto('./#/lab/vector-add-forms?n=2000&repeats=2&autorun=1');
  await expect(page.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  const forms = page.getByTestId('vector-forms-table').locator('tbody tr');
  await expect(forms).toHaveCount(4);
  const cells = await forms.evaluateAll((trs) => trs.map((tr) => ({ us: Number(tr.getAttribute('data-us')), checksum: tr.getAttribute('data-checksum') })));
  expect(cells.every((c) => c.us > 0)).toBe(true);
  expect(new Set(cells.map((c) => c.checksum))).toEqual(new Set([String(2000 * 1999)]));
  await expect(page.getByRole('region', { name: 'Vector add forms lab' })).toContainText('Python list comprehension 529 µs, numpy A + B (vectorized C) 1.18 µs (×448)');

  await page.goto('./#/lab/vectorization-breakers?n=2000&repeats=2&autorun=1');
  await expect(page.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  const breakers = page.getByTestId('breakers-table').locator('tbody tr');
  await expect(breakers).toHaveCount(4);
  for (const b of ['plain', 'dependency', 'branch', 'call']) await expect(page.getByTestId(`same-${b}`)).toHaveText('yes');
  const ns = await breakers.evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-breaker'), Number(tr.getAttribute('data-scalar-ns')), tr.getAttribute('data-simd-ns')]));
  expect(ns.every(([, scalar]) => Number(scalar) > 0)).toBe(true);
  expect(ns.find(([b]) => b === 'call')?.[2]).toBe('');
  expect(Number(ns.find(([b]) => b === 'plain')?.[2])).toBeGreaterThan(0);
  expect(external).toEqual([]);
});

test('without WebAssembly SIMD the SIMD rows are refused with the message, and the rest runs', async ({ page, context, baseURL }) => {
  const external = await blockExternal(context, baseURL!);
  await page.addInitScript(() => {
    (window as unknown as { __parallelLabNoSimd: boolean }).__parallelLabNoSimd = true;
  });
  await page.goto('./#/lab/speed-ladder?pyn=100&n=300&repeats=1&autorun=1');
  await expect(page.getByTestId('no-simd')).toContainText('This browser has no WebAssembly SIMD; choose wasm.');
  await expect(page.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 120_000 });
  for (const rung of ['simd', 'simd-all']) {
    await expect(page.locator(`tr[data-rung="${rung}"]`)).toHaveAttribute('data-refused', 'true');
    await expect(page.locator(`tr[data-rung="${rung}"]`)).toContainText('no WebAssembly SIMD');
  }
  for (const rung of ['python', 'js', 'wasm']) await expect(page.locator(`tr[data-rung="${rung}"]`)).toHaveAttribute('data-result', /e[-+]\d\d$/);

  await page.goto('./#/lab/vector-add-forms?n=1000&repeats=1&autorun=1');
  await expect(page.getByTestId('no-simd')).toBeVisible();
  await expect(page.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(page.locator('tr[data-form="simd"]')).toHaveAttribute('data-refused', 'true');
  await expect(page.locator('tr[data-form="wasm"]')).toHaveAttribute('data-us', /\d/);

  await page.goto('./#/lab/vectorization-breakers?n=1000&repeats=1&autorun=1');
  await expect(page.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(page.locator('tr[data-breaker="plain"]')).toContainText('no WebAssembly SIMD');
  await expect(page.getByTestId('same-branch')).toHaveText('yes');
  expect(external).toEqual([]);
});

test('a CPython runtime that cannot be fetched gives a clear message, and the compiled rungs still run', async ({ page }) => {
  await page.route(/\/pyodide-[\d.]+\/pyodide\.asm\.wasm$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  page.on('console', () => undefined);
  await page.goto('./#/lab/speed-ladder?pyn=100&n=300&repeats=1&autorun=1');
  await expect(page.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 120_000 });
  await expect(page.getByTestId('python-error')).toContainText('CPython (Pyodide) could not be loaded: pyodide.asm.wasm could not be downloaded: HTTP 404');
  await expect(page.locator('tr[data-rung="python"]')).toHaveAttribute('data-refused', 'true');
  await expect(page.locator('tr[data-rung="js"]')).toHaveAttribute('data-result', formatScientific(integrate2d(300, 1)));
});
