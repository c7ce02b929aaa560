/** MDX components of the foundation: the speedup lab and the environment panel (lazy). */
import { lazy } from 'react';
import type { MDXComponents } from 'mdx/types';
import { LazyLab } from '../../labs/kit/LazyLab.tsx';
import { lazyWithCharts } from '../../labs/kit/chart-modules.ts';

const SpeedupLab = lazyWithCharts(() => import('../../labs/speedup/SpeedupLab.tsx').then((m) => ({ default: m.SpeedupLab })));
const EnvironmentPanel = lazy(() => import('../../env/EnvironmentPanel.tsx').then((m) => ({ default: m.EnvironmentPanel })));
const WorkerOverhead = lazy(() => import('../../labs/overhead/WorkerOverhead.tsx').then((m) => ({ default: m.WorkerOverhead })));
const ReferenceTimings = lazy(() => import('../../labs/speedup/ReferenceTimings.tsx').then((m) => ({ default: m.ReferenceTimings })));

export const coreLabs: MDXComponents = {
  SpeedupLab: (props: Parameters<typeof SpeedupLab>[0]) => <LazyLab name="speedup lab"><SpeedupLab {...props} /></LazyLab>,
  EnvironmentPanel: () => <LazyLab name="environment panel"><EnvironmentPanel /></LazyLab>,
  WorkerOverhead: (props: Parameters<typeof WorkerOverhead>[0]) => <LazyLab name="worker overhead lab"><WorkerOverhead {...props} /></LazyLab>,
  ReferenceTimings: () => <LazyLab name="reference timings"><ReferenceTimings /></LazyLab>,
};
