import { useRef, useState, type ComponentProps } from 'react';

/**
 * A highlighted code block (Shiki already coloured it at build time) with its file name, if the
 * fence gave `title="..."`, and a copy button.
 */
export function CodeBlock(props: ComponentProps<'pre'> & { 'data-title'?: string }) {
  const ref = useRef<HTMLPreElement>(null);
  const [copied, setCopied] = useState(false);
  const { 'data-title': title, ...rest } = props;
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(ref.current?.innerText ?? '');
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      setCopied(false);
    }
  };
  return (
    <figure className="code-block">
      {title ? <figcaption>{title}</figcaption> : null}
      <button type="button" className="copy-button" onClick={copy} aria-label="Copy code">
        {copied ? 'Copied' : 'Copy'}
      </button>
      <pre ref={ref} {...rest} />
    </figure>
  );
}
