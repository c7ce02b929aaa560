/// <reference types="vite/client" />

declare module 'virtual:lessons' {
  import type { LessonMeta } from './lessons/schema.ts';
  /** Every lesson's metadata, in order (validated at build time). */
  export const lessons: LessonMeta[];
}

declare module 'virtual:lesson-search' {
  /** One searchable document per lesson. */
  export const documents: { id: string; slug: string; anchor: string; title: string; text: string }[];
}

declare module '*.mdx' {
  import type { ComponentType } from 'react';
  import type { MDXComponents } from 'mdx/types';
  export const frontmatter: Record<string, unknown>;
  const Content: ComponentType<{ components?: MDXComponents }>;
  export default Content;
}
