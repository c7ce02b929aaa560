/** MDX components for worker pools, task farms and scaling laws. Owned by that feature; lazy-load anything heavy. */
import type { MDXComponents } from 'mdx/types';

export const poolLabs: MDXComponents = {};
