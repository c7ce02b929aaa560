/**
 * Reads the lessons folder in Node: validates every lesson's frontmatter and extracts its headings
 * (with the ids rehype-slug will give them) and plain text for search. Used by the lessons Vite
 * plugin at build and dev time and by `npm run check:lessons`.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { parse as parseYaml } from 'yaml';
import { LESSON_DIR_PATTERN, validateFrontmatter, type LessonHeading, type LessonMeta } from '../src/lessons/schema.ts';

/** A lesson as read from disk: its metadata, its raw MDX body and its searchable text. */
export interface CatalogEntry {
  meta: LessonMeta;
  file: string;
  body: string;
  text: string;
}

/** Thrown when one or more lessons are invalid; `problems` has one line per problem. */
export class LessonError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid lessons:\n  ${problems.join('\n  ')}`);
    this.name = 'LessonError';
  }
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits an MDX file into its YAML frontmatter (parsed) and body. */
export function splitFrontmatter(source: string): { data: unknown; body: string } {
  const m = FRONTMATTER.exec(source);
  if (!m) return { data: undefined, body: source };
  return { data: parseYaml(m[1]!), body: source.slice(m[0].length) };
}

/** Strips inline markdown (code, emphasis, links, math) from heading text, as rendered. */
function plainInline(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*([^*]*)\*\*/g, '$1')
    .replace(/\*([^*]*)\*/g, '$1')
    .replace(/_([^_]+)_/g, '$1')
    .replace(/\$([^$]*)\$/g, '$1')
    .trim();
}

/** Level-2 and level-3 headings of an MDX body, outside code fences, with rehype-slug's ids. */
export function extractHeadings(body: string): LessonHeading[] {
  const slugger = new GithubSlugger();
  const headings: LessonHeading[] = [];
  let fence: string | null = null;
  for (const line of body.split('\n')) {
    const f = /^\s*(```+|~~~+)/.exec(line);
    if (f) {
      if (fence === null) fence = f[1]!;
      else if (line.trim().startsWith(fence)) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const h = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!h) continue;
    const text = plainInline(h[2]!);
    const id = slugger.slug(text);
    const depth = h[1]!.length;
    if (depth === 2 || depth === 3) headings.push({ depth, text, id });
  }
  return headings;
}

/** Plain text of an MDX body for the search index: no code fences, tags, imports or markup. */
export function searchableText(body: string): string {
  return body
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_`>|[\]()$]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Reads every `NN-slug/index.mdx` under `lessonsDir`, in order.
 *
 * @throws LessonError listing every invalid folder name, frontmatter field, duplicate number or slug
 */
export function readCatalog(lessonsDir: string): CatalogEntry[] {
  const problems: string[] = [];
  const entries: CatalogEntry[] = [];
  const dirs = existsSync(lessonsDir) ? readdirSync(lessonsDir, { withFileTypes: true }).filter((d) => d.isDirectory()) : [];
  for (const d of dirs.map((x) => x.name).sort()) {
    if (d.startsWith('_') || d.startsWith('.')) continue;
    const file = join('lessons', d, 'index.mdx');
    const m = LESSON_DIR_PATTERN.exec(d);
    if (!m) {
      problems.push(`lessons/${d}: folder name must be NN-slug (two digits, a dash, lowercase words joined by dashes)`);
      continue;
    }
    const path = join(lessonsDir, d, 'index.mdx');
    if (!existsSync(path)) {
      problems.push(`${file}: missing`);
      continue;
    }
    let data: unknown;
    let body: string;
    try {
      ({ data, body } = splitFrontmatter(readFileSync(path, 'utf8')));
    } catch (error) {
      problems.push(`${file}: frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    const result = validateFrontmatter(file, data);
    if (!result.ok) {
      problems.push(...result.errors);
      continue;
    }
    entries.push({
      file,
      body,
      text: searchableText(body),
      meta: { ...result.value, order: Number(m[1]), slug: m[2]!, dir: d, headings: extractHeadings(body) },
    });
  }
  const seen = new Map<string, string>();
  for (const e of entries) {
    for (const key of [`number ${e.meta.order}`, `slug "${e.meta.slug}"`]) {
      const other = seen.get(key);
      if (other) problems.push(`${e.file}: ${key} is already used by ${other}`);
      seen.set(key, e.file);
    }
  }
  if (problems.length > 0) throw new LessonError(problems);
  return entries;
}
