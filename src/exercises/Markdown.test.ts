import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Markdown } from './Markdown.tsx';

const html = (text: string) => renderToStaticMarkup(createElement(Markdown, { text }));

describe('Markdown (prompts and hints)', () => {
  it('renders paragraphs, lists, code, emphasis and links', () => {
    expect(html('Use `rowBounds` and **trunc**, *not* round.\n\n- one\n- two\n\n1. first')).toBe(
      '<p>Use <code>rowBounds</code> and <strong>trunc</strong>, <em>not</em> round.</p><ul><li>one</li><li>two</li></ul><ol><li>first</li></ol>',
    );
    expect(html('See [the course](https://example.org/x).')).toBe('<p>See <a href="https://example.org/x" target="_blank" rel="noreferrer">the course</a>.</p>');
  });

  it('keeps fenced code as text and never passes HTML through', () => {
    expect(html('```\nconst a = b * c * d;\n```')).toBe('<pre class="exercise-md-code"><code>const a = b * c * d;</code></pre>');
    expect(html('<img src=x onerror=alert(1)> [x](javascript:alert(1))')).toBe('<p>&lt;img src=x onerror=alert(1)&gt; <a href="#">x</a>)</p>'); // links stop at the first ")"; unsafe schemes become "#"
  });
});
