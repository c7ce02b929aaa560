/**
 * Lesson 13 shows the SIMD kernels' vectorized sine as a code block titled
 * "src/kernels/wasm/simd.ts (…)": it must be the kernel's own text, line for line, so the lesson
 * never shows a sine other than the one the simd implementation runs.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractCodeFences, splitFrontmatter } from '../../scripts/lesson-catalog.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('lesson 13, the vectorized sine it shows', () => {
  it('is a contiguous part of src/kernels/wasm/simd.ts', () => {
    const { body } = splitFrontmatter(readFileSync(join(import.meta.dirname, 'index.mdx'), 'utf8'));
    const fences = extractCodeFences(body).filter((f) => f.title?.startsWith('src/kernels/wasm/simd.ts'));
    expect(fences).toHaveLength(1);
    const excerpt = fences[0]!.value;
    expect(excerpt).toContain('function vsin(x: v128): v128');
    expect(readFileSync(join(ROOT, 'src/kernels/wasm/simd.ts'), 'utf8')).toContain(excerpt);
  });
});
