import { describe, expect, it } from 'vitest';
import type { Root, RootContent } from 'hast';
import { BLOCKS_PER_CHUNK, rehypeLessonChunks } from './rehype-lesson-chunks.ts';

const el = (tagName: string): RootContent => ({ type: 'element', tagName, properties: {}, children: [] });
const nl: RootContent = { type: 'text', value: '\n' };
const esm = { type: 'mdxjsEsm', value: 'export const x = 1' } as unknown as RootContent;

function chunks(children: RootContent[]): { top: string[]; sizes: number[]; indexes: string[] } {
  const tree: Root = { type: 'root', children };
  rehypeLessonChunks()(tree);
  const wrapped = tree.children.filter((n) => (n as { name?: string }).name === 'LessonChunk') as unknown as {
    children: RootContent[];
    attributes: { value: { value: string } }[];
  }[];
  return {
    top: tree.children.map((n) => (n as { name?: string }).name ?? n.type),
    sizes: wrapped.map((c) => c.children.filter((n) => n.type !== 'text').length),
    indexes: wrapped.map((c) => c.attributes[0]!.value.value),
  };
}

describe('rehypeLessonChunks', () => {
  it('starts a chunk at every h2 and keeps ESM at the top level', () => {
    const r = chunks([esm, nl, el('p'), nl, el('h2'), el('p'), el('ul'), nl, el('h2'), el('h3'), el('p')]);
    expect(r.top.filter((t) => t !== 'text')).toEqual(['mdxjsEsm', 'LessonChunk', 'LessonChunk', 'LessonChunk']);
    expect(r.sizes).toEqual([1, 3, 3]);
    expect(r.indexes).toEqual(['0', '1', '2']);
  });

  it('splits a long section after a dozen blocks', () => {
    const r = chunks([el('h2'), ...Array.from({ length: 30 }, () => el('p'))]);
    expect(r.sizes).toEqual([BLOCKS_PER_CHUNK, BLOCKS_PER_CHUNK, 31 - 2 * BLOCKS_PER_CHUNK]);
  });
});
