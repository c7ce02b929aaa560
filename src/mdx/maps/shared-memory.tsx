/** MDX components of the shared-memory lesson: its labs, lazy-loaded, each framed by LazyLab. */
import { lazy } from 'react';
import type { MDXComponents } from 'mdx/types';
import { LazyLab } from '../../labs/LazyLab.tsx';

const SharedSumsLab = lazy(() => import('../../labs/shared-memory/SharedSumsLab.tsx').then((m) => ({ default: m.SharedSumsLab })));
const StarCatalogueLab = lazy(() => import('../../labs/shared-memory/StarCatalogueLab.tsx').then((m) => ({ default: m.StarCatalogueLab })));
const HistogramRaceLab = lazy(() => import('../../labs/shared-memory/HistogramRaceLab.tsx').then((m) => ({ default: m.HistogramRaceLab })));
const IsolationNotice = lazy(() => import('../../labs/shared-memory/IsolationNotice.tsx').then((m) => ({ default: m.IsolationNotice })));

export const sharedMemoryLabs: MDXComponents = {
  SharedSumsLab: () => <LazyLab name="shared partial sums lab"><SharedSumsLab /></LazyLab>,
  StarCatalogueLab: () => <LazyLab name="moving data lab"><StarCatalogueLab /></LazyLab>,
  HistogramRaceLab: () => <LazyLab name="race condition lab"><HistogramRaceLab /></LazyLab>,
  IsolationNotice: () => <LazyLab name="isolation check"><IsolationNotice /></LazyLab>,
};
