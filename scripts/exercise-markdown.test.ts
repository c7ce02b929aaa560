import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { renderExerciseMarkdown, renderExerciseText } from './exercise-markdown.ts';
import { Markdown } from '../src/exercises/Markdown.tsx';
import { exercises } from '../src/exercises/catalog.ts';

const html = async (text: string) => renderToStaticMarkup(createElement(Markdown, { tree: await renderExerciseMarkdown(text) }));

describe('exercise Markdown (remark, KaTeX, Shiki)', () => {
  it('renders paragraphs, lists, code, emphasis and links', async () => {
    expect(await html('Use `rowBounds` and **trunc**, *not* round.\n\n- one\n- two\n\n1. first')).toBe(
      '<p>Use <code>rowBounds</code> and <strong>trunc</strong>, <em>not</em> round.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<ol>\n<li>first</li>\n</ol>',
    );
    expect(await html('See [the course](https://example.org/x) and [lesson 3](#/lessons/integration).')).toBe(
      '<p>See <a href="https://example.org/x" target="_blank" rel="noreferrer">the course</a> and <a href="#/lessons/integration">lesson 3</a>.</p>',
    );
  });

  it('drops raw HTML and neutralizes unsafe link schemes', async () => {
    const out = await html('<img src=x onerror=alert(1)> [x](javascript:alert(1)) <script>alert(2)</script>');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<script');
    expect(out).toContain('<a href="#">x</a>');
  });

  it('typesets math with KaTeX and colours fenced code with Shiki', async () => {
    const out = await html('The bound is $S \\le 1/f$.\n\n```js\nconst a = b * c;\n```');
    expect(out).toContain('class="katex"');
    expect(out).toContain('<pre class="shiki');
    expect(out).toContain('--shiki-light:');
    expect(out).toContain('const');
  });

  it('renders the prompt and every hint of an exercise, and empty trees for missing fields', async () => {
    const rendered = await renderExerciseText({ prompt: 'Do **this**.', hints: ['one', 'two'] });
    expect(rendered.hints).toHaveLength(2);
    expect(renderToStaticMarkup(createElement(Markdown, { tree: rendered.prompt }))).toBe('<p>Do <strong>this</strong>.</p>');
    expect((await renderExerciseText({ hints: 3 })).prompt.children).toEqual([]);
  });

  it('gives every exercise of the course its rendered text through the catalog', async () => {
    expect(exercises.length).toBeGreaterThan(5);
    for (const e of exercises) {
      const text = await e.loadText();
      expect(text.prompt.children.length, e.id).toBeGreaterThan(0);
      expect(text.hints.length, e.id).toBe(e.meta?.hints.length);
    }
  });
});
