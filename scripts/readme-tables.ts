/**
 * README's generated tables: the kernels of the kernel registry and the labs of the lab
 * registry, each between `<!-- generated: NAME -->` and `<!-- end: NAME -->` markers.
 * `npm run docs:tables` rewrites them; a unit test fails when README is out of step with the
 * registries. Node only.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { IMPLEMENTATION_LABELS, KERNELS, implementationsOf } from '../src/kernels/registry.ts';
import { LABS } from '../src/labs/registry.ts';

/** Path of the README this script maintains. */
export const README = resolve(import.meta.dirname, '..', 'README.md');

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The kernel table: id, what it computes, its parameters with defaults, unit of work, implementations. */
export function kernelTable(): string {
  const lines = ['| `kernel` | what it computes | its parameters (default) | work counted in | `impl` |', '| --- | --- | --- | --- | --- |'];
  for (const k of KERNELS) {
    const fields = Object.entries(k.fields).map(([name, f]) => `\`${name}\`: ${cell(f.help)} (${f.default})`).join('<br>');
    const impls = implementationsOf(k).map((i) => `\`${i}\` (${IMPLEMENTATION_LABELS[i]})`).join(', ');
    lines.push(`| \`${k.id}\` | ${cell(k.label)}: ${cell(k.description)} | ${fields} | ${k.work.unit} | ${impls} |`);
  }
  return lines.join('\n');
}

/** The lab table: id (its link), title, what it shows, its settings. */
export function labTable(): string {
  const lines = ['| lab link | lab | what it shows | settings |', '| --- | --- | --- | --- |'];
  for (const lab of LABS) {
    const settings = lab.settings.fields.map((f) => `\`${f.name}\``).join(', ') || '–';
    lines.push(`| \`#/lab/${lab.id}\` | ${cell(lab.title)} | ${cell(lab.description)} | ${settings} |`);
  }
  return lines.join('\n');
}

const TABLES: Record<string, () => string> = { kernels: kernelTable, labs: labTable };

/** `readme` with every generated table replaced by its current text. @throws Error when a marker is missing */
export function withTables(readme: string): string {
  let out = readme;
  for (const [name, make] of Object.entries(TABLES)) {
    const pattern = new RegExp(`(<!-- generated: ${name} -->)[\\s\\S]*?(<!-- end: ${name} -->)`);
    if (!pattern.test(out)) throw new Error(`README.md lacks the markers of the generated table "${name}"`);
    out = out.replace(pattern, (_m, open: string, close: string) => `${open}\n${make()}\n${close}`);
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  writeFileSync(README, withTables(readFileSync(README, 'utf8')));
  console.log('README.md: kernel and lab tables regenerated');
}
