/**
 * Exports: CSV and JSON downloads parse and hold every timed run (not only medians), the JSON
 * matches the one results schema, and the chart downloads as SVG and PNG.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { parseLabExport } from '../src/labs/kit/export-schema.ts';
import type { Page } from '@playwright/test';

/** The cells of one RFC 4180 CSV line (quoted cells may hold commas). */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  for (const m of line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)) cells.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : (m[2] ?? ''));
  return cells;
}

async function download(page: Page, button: string): Promise<{ name: string; text: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).first().click()]);
  const bytes = readFileSync(await file.path());
  return { name: file.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

test('the speedup lab exports every timed run as CSV and JSON, and its chart as SVG and PNG', async ({ page }) => {
  await page.goto('./#/lab/speedup?kernel=integrate&n=800&workers=1,2&repeats=3&autorun=1');
  await expect(page.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });

  const json = await download(page, 'Download JSON');
  expect(json.name).toMatch(/\.json$/);
  const parsed = parseLabExport(json.text);
  expect(parsed.ok, parsed.ok ? '' : parsed.error).toBe(true);
  if (!parsed.ok) return;
  const data = parsed.value;
  expect(data.lab.id).toBe('speedup');
  expect(data.settings).toMatchObject({ kernel: 'integrate', n: '800', workers: '1,2', repeats: '3' });
  expect(data.link).toContain('#/lab/speedup?');
  expect(data.environment.cores).toBeGreaterThan(0);
  expect(data.environment.userAgent).toContain('Chrome');
  expect(Date.now() - Date.parse(data.environment.date)).toBeLessThan(5 * 60_000);
  // 2 worker counts x 3 timed runs, warm-ups excluded.
  expect(data.runs).toHaveLength(6);
  expect(data.runs.map((r) => `${r.workers}:${r.repeat}`)).toEqual(['1:0', '1:1', '1:2', '2:0', '2:1', '2:2']);
  for (const r of data.runs) expect(r.ms).toBeGreaterThan(0);
  expect(data.summary).toHaveLength(2);
  // The table's median is the median of the exported runs.
  const oneWorker = data.runs.filter((r) => r.workers === 1).map((r) => r.ms).sort((a, b) => a - b);
  expect(data.summary[0]!.median_ms).toBeCloseTo(oneWorker[1]!, 6);

  const csv = await download(page, 'Download CSV');
  const lines = csv.text.trimEnd().split('\r\n');
  expect(lines).toHaveLength(1 + 6);
  const header = csvCells(lines[0]!);
  expect(header).toEqual(expect.arrayContaining(['lab', 'kernel', 'n', 'workers_setting', 'repeats', 'cores', 'series', 'workers', 'repeat', 'ms', 'value']));
  const ms = header.indexOf('ms');
  expect(lines.slice(1).map((l) => Number(csvCells(l)[ms]))).toEqual(data.runs.map((r) => r.ms));
  expect(csvCells(lines[1]!)[header.indexOf('workers_setting')]).toBe('1,2');

  const svg = await download(page, 'Chart as SVG');
  expect(svg.text).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg.text).toContain('speedup S(p)');
  const png = await download(page, 'Chart as PNG');
  expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.bytes.length).toBeGreaterThan(2000);
});
