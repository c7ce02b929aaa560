import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { README, kernelTable, labTable, withTables } from './readme-tables.ts';
import { KERNELS } from '../src/kernels/registry.ts';
import { LABS } from '../src/labs/registry.ts';

describe('README generated tables', () => {
  it('list every registered kernel and lab', () => {
    for (const k of KERNELS) expect(kernelTable()).toContain(`| \`${k.id}\` |`);
    for (const lab of LABS) expect(labTable()).toContain(`\`#/lab/${lab.id}\``);
  });

  it('README.md is in step with the registries (run `npm run docs:tables` after adding a kernel or lab)', () => {
    const readme = readFileSync(README, 'utf8');
    expect(withTables(readme)).toBe(readme);
  });
});
