/** MDX components for the lessons of the lesson-system issue (Why parallel?, One thread). Owned by that feature; lazy-load anything heavy. */
import { lazy } from 'react';
import type { MDXComponents } from 'mdx/types';
import { LazyLab } from '../../labs/LazyLab.tsx';

const SleepDemoLab = lazy(() => import('../../labs/why-parallel/SleepDemoLab.tsx').then((m) => ({ default: m.SleepDemoLab })));
const NodeMemoryFigure = lazy(() => import('../../figures/NodeMemoryFigure.tsx').then((m) => ({ default: m.NodeMemoryFigure })));

export const lessonLabs: MDXComponents = {
  SleepDemoLab: () => <LazyLab name="sleep demo"><SleepDemoLab /></LazyLab>,
  NodeMemoryFigure: () => <LazyLab name="figure"><NodeMemoryFigure /></LazyLab>,
};
