/** MDX components of the lesson "Compiled code and vectorization": its labs, each lazy behind LazyLab. */
import type { MDXComponents } from 'mdx/types';
import { BreakersLab, SpeedLadderLab, VectorFormsLab } from '../../labs/compiled/lesson-components.tsx';

export const compiledLabs: MDXComponents = { SpeedLadderLab, VectorFormsLab, BreakersLab };
