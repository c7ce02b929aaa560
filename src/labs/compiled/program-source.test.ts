/**
 * The speed ladder runs the lesson's program verbatim: the `integrate_timed.py` fence of
 * lessons/13-compiled-code/index.mdx must be this folder's integrate_timed.py (which the lab
 * imports and hands to CPython) byte for byte.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCodeFences, splitFrontmatter } from '../../../scripts/lesson-catalog.ts';

const root = join(import.meta.dirname, '..', '..', '..');

describe('the speed ladder’s Python program', () => {
  it('is the program the lesson shows, unchanged', () => {
    const lesson = readFileSync(join(root, 'lessons', '13-compiled-code', 'index.mdx'), 'utf8');
    const fence = extractCodeFences(splitFrontmatter(lesson).body).find((f) => f.lang === 'python' && f.title === 'integrate_timed.py');
    expect(fence, 'a python fence titled integrate_timed.py').toBeDefined();
    expect(`${fence!.value}\n`).toBe(readFileSync(join(import.meta.dirname, 'integrate_timed.py'), 'utf8'));
  });
});
