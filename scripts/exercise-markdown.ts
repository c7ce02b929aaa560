/**
 * Exercise prompts and hints (Markdown in `exercise.json`) rendered with the unified pipeline
 * the lessons use: CommonMark with GFM (tables, strikethrough), `$…$` math by KaTeX and fenced
 * code coloured by Shiki, the same options as the lessons (markdown-options.ts). The result is a
 * hast tree (JSON), turned into React elements on the page (src/exercises/Markdown.tsx), so no
 * HTML string is ever injected. Raw HTML in the text is dropped (remark-rehype without
 * `allowDangerousHtml`); links keep only http(s), in-page (`#…`) and relative addresses.
 * Build time (Node): the exercise Markdown Vite plugin calls it.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkRehype from 'remark-rehype';
import rehypeKatex from 'rehype-katex';
import rehypeShiki from '@shikijs/rehype';
import { visit } from 'unist-util-visit';
import { removePosition } from 'unist-util-remove-position';
import type { Root, Element } from 'hast';
import { KATEX_OPTIONS, SHIKI_OPTIONS } from './markdown-options.ts';

/** Link targets kept as written: web addresses, in-page anchors and hash routes, relative paths. */
const SAFE_HREF = /^(https?:|#|\.|\/)/;

/**
 * Rehype step: a link with any other scheme (`javascript:`, `data:`…) points nowhere (`#`), and a
 * link to another site opens in a new tab without a referrer.
 */
function safeLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a') return;
      const href = typeof node.properties.href === 'string' ? node.properties.href : '';
      const safe = SAFE_HREF.test(href) ? href : '#';
      node.properties.href = safe;
      if (/^https?:/.test(safe)) {
        node.properties.target = '_blank';
        node.properties.rel = ['noreferrer'];
      }
    });
  };
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkMath)
  .use(remarkRehype)
  .use(safeLinks)
  .use(rehypeKatex, KATEX_OPTIONS)
  .use(rehypeShiki, SHIKI_OPTIONS);

/**
 * Renders one prompt or hint.
 * @param markdown the text as written in exercise.json
 * @returns the hast tree, without source positions (smaller JSON)
 */
export async function renderExerciseMarkdown(markdown: string): Promise<Root> {
  const tree = await processor.run(processor.parse(markdown));
  removePosition(tree, { force: true });
  return tree;
}

/** The rendered prompt and hints of one exercise. */
export interface RenderedExerciseText {
  prompt: Root;
  hints: Root[];
}

/**
 * Renders the prompt and hints of a parsed `exercise.json`. Fields that are missing or not text
 * render as empty trees: the exercise schema (src/exercises/schema.ts) reports them.
 */
export async function renderExerciseText(meta: unknown): Promise<RenderedExerciseText> {
  const record = typeof meta === 'object' && meta !== null ? (meta as Record<string, unknown>) : {};
  const text = (v: unknown): string => (typeof v === 'string' ? v : '');
  const hints = Array.isArray(record.hints) ? record.hints : [];
  return {
    prompt: await renderExerciseMarkdown(text(record.prompt)),
    hints: await Promise.all(hints.map((h) => renderExerciseMarkdown(text(h)))),
  };
}
