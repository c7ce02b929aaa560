/**
 * An exercise prompt or hint on the page: the hast tree rendered at build time from the
 * exercise's Markdown (scripts/exercise-markdown.ts: remark, KaTeX, Shiki) turned into React
 * elements with hast-util-to-jsx-runtime. No HTML string is injected. Main thread.
 */
import { Fragment, memo, type ComponentProps } from 'react';
import { jsx, jsxs } from 'react/jsx-runtime';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { Root } from 'hast';

/** A code block that may scroll sideways: one tab stop, so the keyboard can scroll it. */
function ScrollablePre(props: ComponentProps<'pre'>) {
  return <pre {...props} tabIndex={0} />;
}

/**
 * Renders a prompt or hint tree; memoized, since the trees come from the exercise catalog and
 * never change, and turning a prompt with highlighted code into elements is not free.
 */
export const Markdown = memo(function Markdown({ tree }: { tree: Root }) {
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, passKeys: true, components: { pre: ScrollablePre } });
});
