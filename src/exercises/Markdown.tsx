/**
 * A small, safe Markdown renderer for exercise prompts and hints: paragraphs, "- " and "1. "
 * lists, fenced code blocks, `code`, **bold**, *italic* and [links](url). It builds React
 * elements (never HTML strings), so prompt text cannot inject markup. Main thread.
 */
import type { ReactNode } from 'react';

const INLINE = /(`[^`]+`|\*\*[^*]+\*\*|\*[^*\s][^*]*\*|\[[^\]]+\]\([^)\s]+\))/g;

/** Renders inline Markdown (code, bold, italic, links) as React nodes. */
export function renderInline(text: string, keyPrefix = 'i'): ReactNode[] {
  return text.split(INLINE).map((part, i): ReactNode => {
    const key = `${keyPrefix}-${i}`;
    if (part.startsWith('`') && part.endsWith('`') && part.length > 1) return <code key={key}>{part.slice(1, -1)}</code>;
    if (part.startsWith('**') && part.endsWith('**') && part.length > 4) return <strong key={key}>{renderInline(part.slice(2, -2), key)}</strong>;
    if (part.startsWith('*') && part.endsWith('*') && part.length > 2) return <em key={key}>{renderInline(part.slice(1, -1), key)}</em>;
    const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(part);
    if (link) {
      const href = link[2]!;
      const safe = /^(https?:|#|\.|\/)/.test(href) ? href : '#';
      const external = safe.startsWith('http');
      return (
        <a key={key} href={safe} {...(external ? { target: '_blank', rel: 'noreferrer' } : {})}>
          {link[1]}
        </a>
      );
    }
    return part;
  });
}

/** Block-level Markdown: paragraphs, lists and fenced code, with inline Markdown inside. */
export function Markdown({ text }: { text: string }) {
  const blocks: ReactNode[] = [];
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === '') {
      i++;
      continue;
    }
    const key = `b${blocks.length}`;
    if (line.trimStart().startsWith('```')) {
      const code: string[] = [];
      i++;
      while (i < lines.length && !lines[i]!.trimStart().startsWith('```')) code.push(lines[i++]!);
      i++;
      blocks.push(
        <pre key={key} className="exercise-md-code">
          <code>{code.join('\n')}</code>
        </pre>,
      );
      continue;
    }
    const bullet = /^\s*(-|\*|\d+\.)\s+/;
    if (bullet.test(line)) {
      const ordered = /^\s*\d+\./.test(line);
      const items: string[] = [];
      while (i < lines.length && bullet.test(lines[i]!)) items.push(lines[i++]!.replace(bullet, ''));
      const children = items.map((item, k) => <li key={k}>{renderInline(item, `${key}-${k}`)}</li>);
      blocks.push(ordered ? <ol key={key}>{children}</ol> : <ul key={key}>{children}</ul>);
      continue;
    }
    const para: string[] = [];
    while (i < lines.length && lines[i]!.trim() !== '' && !bullet.test(lines[i]!) && !lines[i]!.trimStart().startsWith('```')) para.push(lines[i++]!);
    blocks.push(<p key={key}>{renderInline(para.join(' '), key)}</p>);
  }
  return <>{blocks}</>;
}
