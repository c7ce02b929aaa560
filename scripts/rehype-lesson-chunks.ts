/**
 * Rehype plugin for the lessons' MDX: wraps the top-level blocks of a lesson in
 * `<LessonChunk index={i}>` elements, a new chunk at every h2 and after every
 * {@link BLOCKS_PER_CHUNK} blocks, so the page can render a long lesson a chunk at a time
 * (src/mdx/LessonChunk.tsx) instead of in one long task; the last chunk is marked `last`. ESM (imports, exports) stays at the top
 * level, where MDX needs it. Build time (Node).
 */
import type { Root, RootContent } from 'hast';

/** Most top-level blocks in one chunk (paragraphs, lists, code blocks, labs, …). */
export const BLOCKS_PER_CHUNK = 12;

function isBlankText(node: RootContent): boolean {
  return node.type === 'text' && node.value.trim() === '';
}

function chunk(index: number, children: RootContent[]): RootContent {
  return {
    type: 'mdxJsxFlowElement',
    name: 'LessonChunk',
    attributes: [
      {
        type: 'mdxJsxAttribute',
        name: 'index',
        value: {
          type: 'mdxJsxAttributeValueExpression',
          value: String(index),
          data: {
            estree: {
              type: 'Program',
              sourceType: 'module',
              body: [{ type: 'ExpressionStatement', expression: { type: 'Literal', value: index, raw: String(index) } }],
            },
          },
        },
      },
    ],
    children: children as never,
  } as unknown as RootContent;
}

/** The plugin: `rehypePlugins: [..., rehypeLessonChunks]` (last, after highlighting). */
export function rehypeLessonChunks() {
  return (tree: Root): void => {
    const out: RootContent[] = [];
    let current: RootContent[] = [];
    let blocks = 0;
    let index = 0;
    const flush = (): void => {
      if (blocks > 0) out.push(chunk(index++, current));
      else out.push(...current);
      current = [];
      blocks = 0;
    };
    for (const node of tree.children) {
      if ((node.type as string) === 'mdxjsEsm') {
        out.push(node);
        continue;
      }
      const startsSection = node.type === 'element' && node.tagName === 'h2';
      if (!isBlankText(node) && (startsSection || blocks >= BLOCKS_PER_CHUNK)) flush();
      current.push(node);
      if (!isBlankText(node)) blocks++;
    }
    flush();
    // The last chunk says so: once it renders, the lesson is complete (LessonChunks' onComplete).
    const last = out.findLast((n) => (n as { name?: string }).name === 'LessonChunk') as { attributes: unknown[] } | undefined;
    last?.attributes.push({ type: 'mdxJsxAttribute', name: 'last', value: null });
    tree.children = out;
  };
}
