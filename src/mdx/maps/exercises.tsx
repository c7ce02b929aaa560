/** MDX components for exercises. Owned by that feature; lazy-load anything heavy. */
import type { MDXComponents } from 'mdx/types';

export const exerciseComponents: MDXComponents = {};
