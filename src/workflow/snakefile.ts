/**
 * A workflow written out as a Snakefile: the same rules, inputs, outputs and params, with each
 * step as a `shell:` line calling one of the small Python scripts of snakemake-scripts.ts.
 * `expand()` inputs stay `expand(..., book=BOOKS)` and the books are listed at the top, so the
 * file reads like the course's.
 *
 * Pure: any thread, and Node.
 */
import { isExpand, type InputValue, type Rule, type Workflow } from './rules.ts';

/** The shell command of each step, in Snakemake's `{input.x}` / `{output.x}` / `{params.x}` notation. */
export const STEP_SHELL: Readonly<Record<string, string>> = {
  count_words: 'python3 scripts/count_words.py {input.book} {output.dat}',
  plot: 'python3 scripts/plot.py {params.nwords} {input.dat} {output.svg}',
  zipf_test: 'python3 scripts/zipf_test.py {params.nwords} {input.dat} {output.csv}',
  summary: 'python3 scripts/summary.py {output.csv} {input.dats} {input.zipfs}',
  archive: 'python3 scripts/archive.py {output.zip} {input.summary} {input.plots}',
  acf: 'python3 scripts/acf.py {params.nwords} {params.lags} {input.book} {input.dat} {output.csv}',
};

/** A Python string literal (single quotes). */
function py(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The Python name of the list of a wildcard's values: `book` → `BOOKS`. */
export function listName(wildcard: string): string {
  return `${wildcard.toUpperCase()}S`;
}

function inputExpr(value: InputValue): string {
  if (typeof value === 'string') return py(value);
  if (isExpand(value)) return `expand(${py(value.expand)}, ${Object.keys(value.values).map((k) => `${k}=${listName(k)}`).join(', ')})`;
  return `[${(value as readonly string[]).map(py).join(', ')}]`;
}

function ruleText(rule: Rule): string {
  const lines = [`rule ${rule.name}:`];
  const section = (name: string, entries: [string, string][]) => {
    if (entries.length === 0) return;
    lines.push(`    ${name}:`);
    entries.forEach(([k, v], i) => lines.push(`        ${k}=${v}${i < entries.length - 1 ? ',' : ''}`));
  };
  section('input', Object.entries(rule.input).map(([k, v]) => [k, inputExpr(v)]));
  section('output', Object.entries(rule.output).map(([k, v]) => [k, py(v)]));
  section('params', Object.entries(rule.params ?? {}).map(([k, v]) => [k, typeof v === 'number' ? String(v) : py(v)]));
  if (rule.step !== undefined) {
    const shell = STEP_SHELL[rule.step];
    if (!shell) throw new Error(`Rule ${rule.name}: the step "${rule.step}" has no script for Snakemake.`);
    lines.push(`    shell:`, `        ${py(shell)}`);
  }
  return lines.join('\n');
}

/**
 * The Snakefile of `workflow`. `lists` gives the values of each wildcard used in expand()
 * (the books), printed at the top as Python lists.
 *
 * @throws Error for a step without a Python script
 */
export function snakefile(workflow: Workflow, lists: Readonly<Record<string, readonly string[]>>): string {
  const header = [
    '# The word-count workflow of the ENCCS course "High Performance Data Analytics in Python",',
    '# exported from Parallel Lab. Run it with:  snakemake -j 2   (dry run: snakemake -n)',
    '',
    ...Object.entries(lists).map(([k, v]) => `${listName(k)} = [${v.map(py).join(', ')}]`),
    "# With the books of your own:  BOOKS = glob_wildcards('data/{book}.txt').book",
  ];
  return `${header.join('\n')}\n\n${workflow.rules.map(ruleText).join('\n\n')}\n`;
}
