/** MDX components for the lessons of the lesson-system issue (Why parallel?, One thread). Owned by that feature; lazy-load anything heavy. */
import type { MDXComponents } from 'mdx/types';

export const lessonLabs: MDXComponents = {};
