import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The static imports of a module (not `import type`, not dynamic `import()`), as written:
 * relative paths and package names.
 */
function staticImports(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/^\s*import\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) found.push(m[1]!);
  for (const m of source.matchAll(/^\s*export\s+(?!type\b)[^'"]*?\sfrom\s+['"]([^'"]+)['"]/gm)) found.push(m[1]!);
  return found;
}

/** Every package the module at `entry` loads through its static imports, with the path that leads there. */
function packagesLoadedBy(entry: string): Map<string, string[]> {
  const packages = new Map<string, string[]>();
  const seen = new Set<string>();
  const visit = (file: string, trail: string[]): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec), [...trail, spec]);
      else if (!packages.has(spec)) packages.set(spec, trail);
    }
  };
  visit(entry, []);
  return packages;
}

describe('the kernel worker', () => {
  it('loads no zod (each of up to 16 workers would evaluate it at start-up): the registry keeps its field rules as data', () => {
    const packages = packagesLoadedBy(resolve(import.meta.dirname, 'kernels.worker.ts'));
    expect(packages.has('comlink')).toBe(true); // the walk does reach the packages it loads
    const zod = [...packages].filter(([name]) => name === 'zod' || name.startsWith('zod/'));
    expect(zod.map(([name, trail]) => `${name} via ${trail.join(' → ')}`)).toEqual([]);
  });
});
