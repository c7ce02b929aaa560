/** MDX components for worker pools, task farms and scaling laws. Owned by that feature; lazy-load anything heavy. */
import { lazy } from 'react';
import type { MDXComponents } from 'mdx/types';
import { LazyLab } from '../../labs/LazyLab.tsx';

// Scaling laws (b2)
const ScalingLab = lazy(() => import('../../labs/scaling/ScalingLab.tsx').then((m) => ({ default: m.ScalingLab })));
const CoreCountExercise = lazy(() => import('../../labs/scaling/CoreCountExercise.tsx').then((m) => ({ default: m.CoreCountExercise })));

export const poolLabs: MDXComponents = {
  ScalingLab: (props: Parameters<typeof ScalingLab>[0]) => <LazyLab name="scaling lab"><ScalingLab {...props} /></LazyLab>,
  CoreCountExercise: () => <LazyLab name="core-count exercise"><CoreCountExercise /></LazyLab>,
};
