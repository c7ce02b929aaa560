/**
 * Reads the lessons folder in Node: validates every lesson's frontmatter and extracts its headings
 * (with the ids rehype-slug will give them), links, anchors and plain text for search and the
 * reading pace, from the MDX syntax tree (remark with remark-mdx, GFM and math, as the MDX
 * compiler parses the lesson). Used by the lessons Vite
 * plugin at build and dev time and by `npm run check:lessons`.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { parse as parseYaml } from 'yaml';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { visit } from 'unist-util-visit';
import { toString as mdastToString } from 'mdast-util-to-string';
import type { Code, Heading, Root as MdastRoot } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
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

/** Lines the frontmatter block takes at the top of an MDX file (0 without one). */
function splitFrontmatterLines(source: string): number {
  const m = FRONTMATTER.exec(source);
  return m ? m[0].split('\n').length - 1 : 0;
}

/** Splits an MDX file into its YAML frontmatter (parsed) and body. */
export function splitFrontmatter(source: string): { data: unknown; body: string } {
  const m = FRONTMATTER.exec(source);
  if (!m) return { data: undefined, body: source };
  return { data: parseYaml(m[1]!), body: source.slice(m[0].length) };
}

/**
 * The MDX body parsed by remark with the lessons' syntax (MDX, GFM, math), as the MDX compiler
 * parses it; cached per body text (the catalog asks several questions of each lesson).
 * @throws Error (with the line) when the body is not valid MDX
 */
function parseBody(body: string): MdastRoot {
  let tree = parsed.get(body);
  if (!tree) {
    tree = bodyParser.parse(body);
    parsed.set(body, tree);
  }
  return tree;
}

const bodyParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkMath);
const parsed = new Map<string, MdastRoot>();

type Node = MdastRoot | MdastRoot['children'][number];
type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function isJsx(node: Node): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

function childrenOf(node: Node): Node[] {
  return 'children' in node ? (node.children as Node[]) : [];
}

/** A string attribute of a JSX element (`id="x"`, or `id={"x"}` with a plain string literal). */
function stringAttribute(node: JsxElement, name: string): string | undefined {
  for (const a of node.attributes) {
    if (a.type !== 'mdxJsxAttribute' || a.name !== name) continue;
    if (typeof a.value === 'string') return a.value;
    const literal = a.value && /^\s*(["'`])([^"'`]*)\1\s*$/.exec(a.value.value);
    if (literal) return literal[2];
  }
  return undefined;
}

/** A heading with the id rehype-slug gives it. */
interface SluggedHeading {
  depth: number;
  text: string;
  id: string;
  line: number;
}

/**
 * Every Markdown heading of a body (any depth, also inside components) in document order, with
 * the id rehype-slug gives it: github-slugger over the heading's text, -1, -2 … for repeats.
 */
function sluggedHeadings(body: string): SluggedHeading[] {
  const slugger = new GithubSlugger();
  const out: SluggedHeading[] = [];
  visit(parseBody(body), 'heading', (h: Heading) => {
    const text = mdastToString(h).trim();
    out.push({ depth: h.depth, text, id: slugger.slug(text), line: h.position?.start.line ?? 0 });
  });
  return out;
}

/** Level-2 and level-3 headings of an MDX body, with rehype-slug's ids. */
export function extractHeadings(body: string): LessonHeading[] {
  return sluggedHeadings(body)
    .filter((h) => h.depth === 2 || h.depth === 3)
    .map((h) => ({ depth: h.depth as 2 | 3, text: h.text, id: h.id }));
}

/** Every id a link may point to inside a lesson: all heading ids and components' `id` attributes. */
export function extractAnchorIds(body: string): Set<string> {
  const ids = new Set(sluggedHeadings(body).map((h) => h.id));
  visit(parseBody(body), (node: Node) => {
    if (!isJsx(node)) return;
    const id = stringAttribute(node, 'id');
    if (id) ids.add(id);
  });
  return ids;
}

/**
 * The words of a tree as a reader sees them, for search and the reading pace: text, inline code
 * and inline math (as words); not code blocks, display math, ESM, expressions, or components'
 * attributes. `skip` leaves out whole components (and what is inside them).
 */
function plainText(nodes: readonly Node[], skip: (node: JsxElement) => boolean = () => false): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    switch (node.type) {
      case 'code':
      case 'math':
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
      case 'html':
        return;
      case 'text':
      case 'inlineCode':
        parts.push(node.value);
        return;
      case 'inlineMath':
        parts.push(plainTex(node.value));
        return;
      default:
        if (isJsx(node) && skip(node)) return;
        // Blocks are separate words: a space between them.
        for (const c of childrenOf(node)) walk(c);
        parts.push(' ');
    }
  };
  for (const n of nodes) walk(n);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Plain text of an MDX body for the search index: no code blocks, tags, imports or markup. */
export function searchableText(body: string): string {
  return plainText([parseBody(body)]);
}

/** Inline TeX as words, roughly: commands and grouping dropped, `S_p` as "S p". */
function plainTex(tex: string): string {
  return ` ${tex
    .replace(/\\(?:frac|mathrm|text|mathbf|operatorname|left|right|big|Big|,|;|!|quad|qquad)/g, ' ')
    .replace(/\\([a-zA-Z]+)/g, '$1')
    .replace(/[{}^_\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;
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

/** Splits an MDX body at its h2 and h3 headings (also inside components), for section-level search. */
export function extractSections(body: string): LessonSection[] {
  const ids = sluggedHeadings(body);
  let next = 0;
  const sections: { anchor: string; heading: string; parts: string[] }[] = [{ anchor: '', heading: '', parts: [] }];
  // Document order: a heading of depth 2 or 3 opens a section; all other text goes to the open one.
  const walk = (node: Node): void => {
    if (node.type === 'heading') {
      const h = ids[next++]!;
      if (h.depth === 2 || h.depth === 3) {
        sections.push({ anchor: h.id, heading: h.text, parts: [] });
        return;
      }
    }
    if (node.type !== 'root' && !isJsx(node)) {
      sections[sections.length - 1]!.parts.push(plainText([node]));
      visit(node, 'heading', () => void next++); // headings deeper inside (a list item) keep the count
      return;
    }
    for (const c of childrenOf(node)) walk(c);
  };
  walk(parseBody(body));
  return sections.map((s) => ({ anchor: s.anchor, heading: s.heading, text: s.parts.join(' ').replace(/\s+/g, ' ').trim() }));
}

/** A fenced code block of a lesson: its language, its `title="…"` (if any), its text and line. */
export interface CodeFence {
  lang: string;
  title: string | undefined;
  meta: string;
  value: string;
  line: number;
}

/** Every fenced code block of an MDX body (also inside components), in document order. */
export function extractCodeFences(body: string): CodeFence[] {
  const fences: CodeFence[] = [];
  visit(parseBody(body), 'code', (c: Code) => {
    const meta = c.meta ?? '';
    fences.push({ lang: c.lang ?? '', title: /title="([^"]*)"/.exec(meta)?.[1], meta, value: c.value, line: c.position?.start.line ?? 0 });
  });
  return fences;
}

/** A link found in a lesson: its target and 1-based line in the body. */
export interface LessonLink {
  href: string;
  line: number;
}

/** Markdown links (inline and reference definitions) and components' `href` attributes, not images or code. */
export function extractLinks(body: string): LessonLink[] {
  const links: LessonLink[] = [];
  visit(parseBody(body), (node: Node) => {
    const line = 'position' in node ? (node.position?.start.line ?? 0) : 0;
    if (node.type === 'link' || node.type === 'definition') links.push({ href: node.url, line });
    else if (isJsx(node)) {
      const href = stringAttribute(node, 'href');
      if (href !== undefined) links.push({ href, line });
    }
  });
  return links;
}

/** App routes other than lessons and lab pages that links may point to (hash routes, without the `#`). */
const OTHER_ROUTES = new Set(['/', '/lab', '/labs']);

/**
 * Checks that every internal link of every lesson resolves: `#/lessons/<slug>#<id>`,
 * `/lessons/<slug>#<id>` and `#<id>` (a section of the same lesson) must name an existing lesson
 * and, when given, one of its heading ids (or an explicit `id="..."`); `#/lab/<id>` and
 * `#/embed/<id>` must name a registered lab; `#/lab?…`, `#/labs` and `#/` are app routes. External
 * links (`https:`, `mailto:` ...) are not checked. Pure.
 *
 * @param file path of the lesson, for messages
 * @param lessons every lesson's body by slug, including this one
 * @param labIds the ids of the lab registry (src/labs/registry.ts)
 * @returns one message per broken link ("file:line: link "href": problem")
 */
export function checkLinks(file: string, slug: string, lessons: ReadonlyMap<string, string>, labIds: ReadonlySet<string> = new Set()): string[] {
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
    const labPage = /^\/(?:lab|embed)\/([^/]+)$/.exec(path);
    if (labPage) {
      if (!labIds.has(labPage[1]!)) problems.push(`${where}: no lab with id "${labPage[1]}"`);
      continue;
    }
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
    try {
      parseBody(body);
    } catch (error) {
      // micromark's message names the line within the body; the frontmatter comes before it.
      const e = error as { line?: number; place?: { line?: number; start?: { line: number } }; reason?: string; message: string };
      // An error at the end of the file names the opening tag's place only in its text: "(3:1-3:10)".
      const text = e.reason ?? e.message;
      const inText = /\((\d+):\d+(?:-\d+:\d+)?\)$/.exec(text);
      const line = e.place?.start?.line ?? e.place?.line ?? e.line ?? (inText ? Number(inText[1]) : undefined);
      const offset = splitFrontmatterLines(readFileSync(path, 'utf8'));
      const reason = text.replace(/\s*\(\d+:\d+(-\d+:\d+)?\)$/, '');
      problems.push(`${file}${line ? `:${line + offset}` : ''}: not valid MDX: ${reason}`);
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

/** Components whose content is not on the main path (see {@link READING_WPM}). */
const OFF_MAIN_PATH: ReadonlySet<string> = new Set(['InstructorNote', 'GoingFurther']);

/**
 * Measures a lesson body by the reading-pace rule ({@link READING_WPM}). Pure.
 */
export function teachingEstimate(body: string): TeachingEstimate {
  const tree = parseBody(body);
  const offPath = (node: JsxElement): boolean => OFF_MAIN_PATH.has(node.name ?? '');
  const words = plainText([tree], offPath).split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const labs: string[] = [];
  const walk = (node: Node): void => {
    if (isJsx(node)) {
      if (offPath(node)) return;
      const name = node.name ?? '';
      if (/^[A-Z]/.test(name) && !UNTIMED_COMPONENTS.has(name)) labs.push(name);
    }
    for (const c of childrenOf(node)) walk(c);
  };
  walk(tree);
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
