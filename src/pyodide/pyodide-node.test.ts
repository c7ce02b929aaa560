/**
 * The npm package's CPython really runs the lesson's program: loadPyodide in Node (from
 * node_modules/pyodide, no network), the program run as the Python worker runs it (fresh
 * `__main__` globals, sys.argv set), and its printed integral equal to the js kernel's digits.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPyodide, version } from 'pyodide';
import { integrate2d } from '../kernels/integrate2d.ts';
import { formatScientific } from '../lib/python-format.ts';

const program = readFileSync(join(import.meta.dirname, '..', 'labs', 'compiled', 'integrate_timed.py'), 'utf8');

describe('CPython in WebAssembly (Pyodide)', () => {
  it(`runs integrate_timed.py 300 and prints the js kernel's digits (Pyodide ${version})`, async () => {
    const lines: string[] = [];
    const py = await loadPyodide({ stdout: (l) => lines.push(l), stderr: (l) => lines.push(`stderr: ${l}`) });
    py.runPython(`import sys; sys.argv = ${JSON.stringify(['integrate_timed.py', '300'])}`);
    const globals = py.toPy({ __name__: '__main__' });
    py.runPython(program, { globals, filename: 'integrate_timed.py' });
    const value = formatScientific(integrate2d(300, 1));
    expect(lines[0]).toBe(`Integral value is ${value}, Error is ${formatScientific(Math.abs(integrate2d(300, 1)))}`);
    expect(lines[1]).toMatch(/^Time spent: \d+\.\d\d sec for n = 300$/);
  }, 120_000);
});
