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

/** One line of an MDX body with what the scanner knows about it. */
interface ScannedLine {
  /** 1-based line number within the body. */
  line: number;
  text: string;
  /** Heading depth and id (rehype-slug's), when the line is a markdown heading. */
  heading?: { depth: number; text: string; id: string };
}

/**
 * Walks the lines of an MDX body outside code fences, giving each markdown heading (any depth)
 * the id rehype-slug will give it: github-slugger over the heading's plain text, in document
 * order, with -1, -2 ... for repeats.
 */
function scanBody(body: string): ScannedLine[] {
  const slugger = new GithubSlugger();
  const out: ScannedLine[] = [];
  let fence: string | null = null;
  body.split('\n').forEach((text, i) => {
    const f = /^\s*(```+|~~~+)/.exec(text);
    if (f) {
      if (fence === null) fence = f[1]!;
      else if (text.trim().startsWith(fence)) fence = null;
      return;
    }
    if (fence !== null) return;
    const h = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(text);
    if (!h) {
      out.push({ line: i + 1, text });
      return;
    }
    const plain = plainInline(h[2]!);
    out.push({ line: i + 1, text, heading: { depth: h[1]!.length, text: plain, id: slugger.slug(plain) } });
  });
  return out;
}

/** Level-2 and level-3 headings of an MDX body, outside code fences, with rehype-slug's ids. */
export function extractHeadings(body: string): LessonHeading[] {
  const headings: LessonHeading[] = [];
  for (const { heading: h } of scanBody(body)) {
    if (h && (h.depth === 2 || h.depth === 3)) headings.push({ depth: h.depth, text: h.text, id: h.id });
  }
  return headings;
}

/** Every id a link may point to inside a lesson: all heading ids and explicit `id="..."` attributes. */
export function extractAnchorIds(body: string): Set<string> {
  const ids = new Set<string>();
  for (const l of scanBody(body)) {
    if (l.heading) ids.add(l.heading.id);
    for (const m of l.text.matchAll(/\bid=["']([^"']+)["']/g)) ids.add(m[1]!);
  }
  return ids;
}

/** Plain text of an MDX body for the search index: no code fences, tags, imports or markup. */
export function searchableText(body: string): string {
  return body
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/~~~[\s\S]*?~~~/g, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$([^$\n]*)\$/g, (_m, tex: string) => ` ${plainTex(tex)} `)
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/^\s*(?:[-+*]|\d+\.)\s+/gm, ' ')
    .replace(/&[a-z]+;/g, ' ')
    .replace(/[#*_`>|[\]()${}]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Inline TeX as a reader would say it, roughly: commands and grouping dropped, `S_p` as `S_p`. */
function plainTex(tex: string): string {
  return tex
    .replace(/\\(?:frac|mathrm|text|mathbf|operatorname|left|right|big|Big|,|;|!|quad|qquad)/g, ' ')
    .replace(/\\([a-zA-Z]+)/g, '$1')
    .replace(/([A-Za-z0-9])_\{?([A-Za-z0-9]+)\}?/g, '$1_$2')
    .replace(/[{}^\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A part of a lesson for the search index: the text before the first h2/h3, or one h2/h3 section. */
export interface LessonSection {
  /** Id of the section's heading; '' for the introduction. */
  anchor: string;
  /** Heading text; '' for the introduction. */
  heading: string;
  /** Searchable plain text of the section (code fences excluded). */
  text: string;
}

/** Splits an MDX body at its h2 and h3 headings (outside code fences), for section-level search. */
export function extractSections(body: string): LessonSection[] {
  const lines = body.split('\n');
  const sections: { anchor: string; heading: string; from: number }[] = [{ anchor: '', heading: '', from: 0 }];
  for (const l of scanBody(body)) {
    if (l.heading && (l.heading.depth === 2 || l.heading.depth === 3)) {
      sections.push({ anchor: l.heading.id, heading: l.heading.text, from: l.line });
    }
  }
  return sections.map((s, i) => {
    const to = i + 1 < sections.length ? sections[i + 1]!.from - 1 : lines.length;
    return { anchor: s.anchor, heading: s.heading, text: searchableText(lines.slice(s.from, to).join('\n')) };
  });
}

/** A link found in a lesson: its target and 1-based line in the body. */
export interface LessonLink {
  href: string;
  line: number;
}

/** Markdown links `[text](href)` and JSX `href="..."` outside code fences and inline code. */
export function extractLinks(body: string): LessonLink[] {
  const links: LessonLink[] = [];
  for (const l of scanBody(body)) {
    const text = l.text.replace(/`[^`]*`/g, '');
    for (const m of text.matchAll(/(!?)\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      if (m[1] !== '!') links.push({ href: m[2]!, line: l.line });
    }
    for (const m of text.matchAll(/\bhref=(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/g)) {
      links.push({ href: (m[1] ?? m[2] ?? m[3])!, line: l.line });
    }
  }
  return links;
}

/** App routes other than lessons that links may point to (hash routes, without the `#`). */
const OTHER_ROUTES = new Set(['/', '/lab']);

/**
 * Checks that every internal link of every lesson resolves: `#/lessons/<slug>#<id>`,
 * `/lessons/<slug>#<id>` and `#<id>` (a section of the same lesson) must name an existing lesson
 * and, when given, one of its heading ids (or an explicit `id="..."`); `#/lab...` and `#/` are
 * app routes. External links (`https:`, `mailto:` ...) are not checked. Pure.
 *
 * @param file path of the lesson, for messages
 * @param lessons every lesson's body by slug, including this one
 * @returns one message per broken link ("file:line: link "href": problem")
 */
export function checkLinks(file: string, slug: string, lessons: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const anchorCache = new Map<string, Set<string>>();
  const anchorsOf = (s: string): Set<string> => {
    let ids = anchorCache.get(s);
    if (!ids) {
      ids = extractAnchorIds(lessons.get(s) ?? '');
      anchorCache.set(s, ids);
    }
    return ids;
  };
  for (const { href, line } of extractLinks(lessons.get(slug) ?? '')) {
    const where = `${file}:${line}: link "${href}"`;
    if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue;
    let target = href;
    if (target.startsWith('#/')) target = target.slice(1);
    else if (target.startsWith('#')) {
      const id = decodeURIComponent(target.slice(1));
      if (!anchorsOf(slug).has(id)) problems.push(`${where}: no heading or id "${id}" in this lesson`);
      continue;
    }
    if (!target.startsWith('/')) {
      problems.push(`${where}: relative links do not work with hash routing; write #/lessons/<slug>#<section>`);
      continue;
    }
    const [pathAndQuery = '', anchor] = target.split('#', 2);
    const path = pathAndQuery.split('?')[0]!.replace(/\/+$/, '') || '/';
    const m = /^\/lessons\/([^/]+)$/.exec(path);
    if (!m) {
      if (!OTHER_ROUTES.has(path)) problems.push(`${where}: no such page "${path}"`);
      continue;
    }
    const other = m[1]!;
    if (!lessons.has(other)) {
      problems.push(`${where}: no lesson with slug "${other}"`);
      continue;
    }
    if (anchor && !anchorsOf(other).has(decodeURIComponent(anchor))) {
      problems.push(`${where}: no heading or id "${anchor}" in lesson "${other}"`);
    }
  }
  return problems;
}

/** Names of the exercise folders beside a lesson (`<lessonDir>/exercises/<id>/`), sorted. */
export function listExercises(lessonDir: string): string[] {
  const dir = join(lessonDir, 'exercises');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.') && !d.name.startsWith('_'))
    .map((d) => d.name)
    .sort();
}

/**
 * Reads every `NN-slug/index.mdx` under `lessonsDir`, in order.
 *
 * @param options.skipMissing skip lesson folders that have no index.mdx yet (the dev server and
 *   build do this, so a lesson being started does not break everyone's build; check:lessons does not)
 * @throws LessonError listing every invalid folder name, frontmatter field, duplicate number or slug
 */
export function readCatalog(lessonsDir: string, options: { skipMissing?: boolean } = {}): CatalogEntry[] {
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
      if (!options.skipMissing) problems.push(`${file}: missing (every lesson folder needs an index.mdx)`);
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
      meta: {
        ...result.value,
        order: Number(m[1]),
        slug: m[2]!,
        dir: d,
        headings: extractHeadings(body),
        exerciseIds: listExercises(join(lessonsDir, d)),
      },
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

/**
 * The reading-pace rule of `npm run check:lessons`: a lesson's main path must fit its `teaching`
 * minutes when its prose is read at {@link READING_WPM} words per minute and each lab on the main
 * path takes {@link LAB_MINUTES} minutes (press Run, watch, read the result).
 *
 * - Prose is the searchable text of the body (headings, paragraphs, lists, tables, callouts, inline
 *   math as words): code fences, display math, tags and markup are not counted.
 * - Not on the main path, so not counted at all: `<InstructorNote>` (for the instructor) and
 *   `<GoingFurther>` boxes (optional reading, closed by default), with any lab inside them.
 * - A lab is any capitalized component tag that is not in {@link UNTIMED_COMPONENTS}: the layout
 *   boxes, the read-only panels and figures (read with the prose around them) and the exercise
 *   components (their time is the lesson's `exercises` minutes).
 */
export const READING_WPM = 120;

/** Minutes counted for each lab on a lesson's main path. See {@link READING_WPM}. */
export const LAB_MINUTES = 2;

/** Component tags that are not timed as labs: layout, read-only panels and figures, exercises. */
export const UNTIMED_COMPONENTS: ReadonlySet<string> = new Set([
  // layout
  'Callout', 'InstructorNote', 'GoingFurther', 'Tabs', 'Tab', 'Questions', 'Objectives', 'Keypoints',
  // read-only panels and figures
  'EnvironmentPanel', 'NodeMemoryFigure', 'ReferenceTimings', 'IsolationNotice',
  // exercises (timed by the `exercises` minutes)
  'CoreCountExercise',
]);

/** What the reading-pace rule measures in a lesson body. */
export interface TeachingEstimate {
  /** Words of prose on the main path. */
  words: number;
  /** Labs on the main path, by component name, in order. */
  labs: string[];
  /** words / READING_WPM + labs × LAB_MINUTES. */
  minutes: number;
}

/** Removes fenced code, then `<Tag …>…</Tag>` blocks of the given names (nested or not). */
function withoutBlocks(body: string, tags: readonly string[]): string {
  let text = body.replace(/^\s*(```+|~~~+)[^\n]*\n[\s\S]*?^\s*\1\s*$/gm, ' ');
  for (const tag of tags) {
    const block = new RegExp(`<${tag}\\b[^>]*>(?:(?!<${tag}\\b)[\\s\\S])*?</${tag}>`, 'g');
    let before: string;
    do {
      before = text;
      text = text.replace(block, ' ');
    } while (text !== before);
  }
  return text;
}

/**
 * Measures a lesson body by the reading-pace rule ({@link READING_WPM}). Pure.
 */
export function teachingEstimate(body: string): TeachingEstimate {
  const main = withoutBlocks(body, ['InstructorNote', 'GoingFurther']);
  const words = searchableText(main).split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const labs = [...main.matchAll(/<([A-Z][A-Za-z0-9]*)\b/g)].map((m) => m[1]!).filter((name) => !UNTIMED_COMPONENTS.has(name));
  return { words, labs, minutes: words / READING_WPM + labs.length * LAB_MINUTES };
}

/**
 * Checks a lesson against the reading-pace rule: its main path must fit its `teaching` minutes.
 * @returns one message when it does not, naming the words, labs and minutes
 */
export function checkTeachingTime(file: string, body: string, teaching: number): string[] {
  const e = teachingEstimate(body);
  if (e.minutes <= teaching) return [];
  return [
    `${file}: teaching: ${teaching} min is too short for its main path: ${e.words} words at ${READING_WPM} words/min ` +
      `(${(e.words / READING_WPM).toFixed(1)} min) + ${e.labs.length} lab(s) × ${LAB_MINUTES} min = ${e.minutes.toFixed(1)} min; ` +
      'shorten the prose, move optional parts into <GoingFurther>, split the lesson, or raise teaching if that is honest',
  ];
}

/** Where an old lesson address goes: its default lesson, and each old section id's new "slug#id". */
export interface LessonRedirectEntry {
  lesson: string;
  sections: Readonly<Record<string, string>>;
}

/**
 * Checks the redirect table of moved lessons (lessons/redirects.ts): an old slug must not be a
 * lesson again, and every target lesson and section must exist (a heading, an `id="..."`, or
 * `exercise-<id>` for an exercise beside the target lesson, the id its exercise card gets). Pure.
 * @param lessons every lesson's body by slug
 * @param exercises every lesson's exercise ids by slug
 */
export function checkRedirects(
  redirects: Readonly<Record<string, LessonRedirectEntry>>,
  lessons: ReadonlyMap<string, string>,
  exercises: ReadonlyMap<string, readonly string[]> = new Map(),
): string[] {
  const problems: string[] = [];
  const where = 'lessons/redirects.ts';
  for (const [old, entry] of Object.entries(redirects)) {
    if (lessons.has(old)) problems.push(`${where}: "${old}" is a lesson again; remove its redirect`);
    if (!lessons.has(entry.lesson)) problems.push(`${where}: "${old}" redirects to "${entry.lesson}", which is no lesson`);
    for (const [section, target] of Object.entries(entry.sections)) {
      const [slug = '', id = ''] = target.split('#', 2);
      if (!lessons.has(slug)) problems.push(`${where}: "${old}#${section}" redirects to "${target}": no lesson "${slug}"`);
      else if (id && !extractAnchorIds(lessons.get(slug)!).has(id) && !(exercises.get(slug) ?? []).some((x) => id === `exercise-${x}`)) {
        problems.push(`${where}: "${old}#${section}" redirects to "${target}": no heading or id "${id}" in lesson "${slug}"`);
      }
    }
  }
  return problems;
}
