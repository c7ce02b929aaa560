/** MDX components for shared memory. Owned by that feature; lazy-load anything heavy. */
import type { MDXComponents } from 'mdx/types';

export const sharedMemoryLabs: MDXComponents = {};
