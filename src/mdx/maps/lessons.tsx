/** MDX components for the lessons of the lesson-system issue (Why parallel?, One thread). Owned by that feature; lazy-load anything heavy. */
import { lazy } from 'react';
import type { MDXComponents } from 'mdx/types';
import { LazyLab } from '../../labs/kit/LazyLab.tsx';
import type { LabComponentProps } from '../../labs/kit/definition.ts';
import type { FreezeLabProps } from '../../labs/one-thread/FreezeLab.tsx';

const SleepDemoLab = lazy(() => import('../../labs/why-parallel/SleepDemoLab.tsx').then((m) => ({ default: m.SleepDemoLab })));
const NodeMemoryFigure = lazy(() => import('../../figures/NodeMemoryFigure.tsx').then((m) => ({ default: m.NodeMemoryFigure })));
const FreezeLab = lazy(() => import('../../labs/one-thread/FreezeLab.tsx').then((m) => ({ default: m.FreezeLab })));
const IoLab = lazy(() => import('../../labs/one-thread/IoLab.tsx').then((m) => ({ default: m.IoLab })));

export const lessonLabs: MDXComponents = {
  SleepDemoLab: (props: LabComponentProps) => <LazyLab name="sleep demo"><SleepDemoLab {...props} /></LazyLab>,
  NodeMemoryFigure: () => <LazyLab name="figure"><NodeMemoryFigure /></LazyLab>,
  FreezeLab: (props: FreezeLabProps) => <LazyLab name="one-thread lab"><FreezeLab {...props} /></LazyLab>,
  IoLab: (props: LabComponentProps) => <LazyLab name="I/O lab"><IoLab {...props} /></LazyLab>,
};
