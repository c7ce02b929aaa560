/**
 * The MPI conformance suite in Chromium (see src/mpi/conformance/cases.ts): every case's
 * JavaScript program runs in the MPI lab on Web Worker ranks (the page is cross-origin isolated,
 * so messages go through the shared mailboxes), at 1, 2, 3, 4, 5 and 7 ranks, and each rank's
 * output must equal, line by line, what the case's mpi4py program printed under Open MPI's
 * mpirun (the checked-in fixture).
 */
import { readFileSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { CONFORMANCE_CASES, CONFORMANCE_SIZES, type ConformanceFixture } from '../src/mpi/conformance/cases.ts';

const suite = (path: string) => readFileSync(new URL(`../src/mpi/conformance/${path}`, import.meta.url), 'utf8');

async function replaceCode(l: Locator, code: string): Promise<void> {
  await l.locator('.cm-content').click();
  await l.page().keyboard.press('ControlOrMeta+a');
  await l.page().keyboard.insertText(code);
}

/** Each rank's lines as the lab shows them (an empty panel holds one space). */
async function outputByRank(l: Locator, size: number): Promise<string[][]> {
  const out: string[][] = [];
  for (let r = 0; r < size; r++) {
    const text = (await l.getByTestId(`rank-output-${r}`).locator('pre').textContent()) ?? '';
    out.push(text.trim() === '' ? [] : text.split('\n'));
  }
  return out;
}

for (const c of CONFORMANCE_CASES) {
  test(`conformance: ${c.name} (${c.covers}) prints mpi4py's output at ${CONFORMANCE_SIZES.join(', ')} ranks`, async ({ page }) => {
    const fixture = JSON.parse(suite(`fixtures/${c.name}.json`)) as ConformanceFixture;
    const source = suite(`cases/${c.name}.js`);
    await page.goto('#/lab/mpi?program=hello');
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    const l = page.locator('section.mpi-lab[data-program="hello"]');
    const status = l.getByTestId('mpi-status');
    for (const size of CONFORMANCE_SIZES) {
      // Ranks first: on the lab page a change of settings can reload the program's own code.
      await l.getByLabel('Ranks (mpirun -np)').fill(String(size));
      await expect(page).toHaveURL(new RegExp(`ranks=${size}`));
      await replaceCode(l, source);
      await expect(l.locator('.cm-content')).toContainText(source.split('\n')[0]!);
      await l.getByRole('button', { name: 'Run', exact: true }).click();
      // The status names the size when the run ends well, so an earlier run's "ok" cannot pass for this one.
      await expect(status).toContainText(new RegExp(`All ${size} ranks finished|failed|Deadlock`), { timeout: 30_000 });
      await expect(status, await status.textContent() ?? '').toHaveAttribute('data-status', 'ok');
      expect(await outputByRank(l, size), `${c.name} on ${size} ranks`).toEqual(fixture.ranks[String(size)]);
      await expect(l.getByTestId('mpi-transport')).toHaveCount(0); // shared mailboxes, not the fallback
    }
  });
}
