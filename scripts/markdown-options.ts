/**
 * The Markdown options that the lessons (MDX, vite.config.ts) and the exercise prompts and hints
 * (exercise-markdown.ts) share, so both get the same math and the same code colours. Build time
 * (Node).
 */
import type { RehypeShikiOptions } from '@shikijs/rehype';

/** KaTeX options: lessons may use commands KaTeX warns about in strict mode. */
export const KATEX_OPTIONS = { strict: false } as const;

/**
 * Shiki options: light and dark high-contrast GitHub themes as CSS variables (the site's CSS picks
 * one, src/styles/content.css), a `language-*` class, and `title="…"` in a fence's meta as
 * `data-title`.
 */
export const SHIKI_OPTIONS: RehypeShikiOptions = {
  themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
  defaultColor: false,
  addLanguageClass: true,
  parseMetaString: (meta: string) => {
    const title = /title="([^"]*)"/.exec(meta)?.[1];
    return title ? { 'data-title': title } : {};
  },
};
