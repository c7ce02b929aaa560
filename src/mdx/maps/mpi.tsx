/** MDX components for message passing. Owned by that feature; lazy-load anything heavy. */
import type { MDXComponents } from 'mdx/types';

export const mpiLabs: MDXComponents = {};
