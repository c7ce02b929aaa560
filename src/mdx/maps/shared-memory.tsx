/** MDX components of the shared-memory lesson: its labs, lazy-loaded, each framed by LazyLab. */
import { lazy } from 'react';
import type { MDXComponents } from 'mdx/types';
import { LazyLab } from '../../labs/kit/LazyLab.tsx';
import type { LabComponentProps } from '../../labs/kit/definition.ts';

const SharedSumsLab = lazy(() => import('../../labs/shared-memory/SharedSumsLab.tsx').then((m) => ({ default: m.SharedSumsLab })));
const StarCatalogueLab = lazy(() => import('../../labs/shared-memory/StarCatalogueLab.tsx').then((m) => ({ default: m.StarCatalogueLab })));
const HistogramRaceLab = lazy(() => import('../../labs/shared-memory/HistogramRaceLab.tsx').then((m) => ({ default: m.HistogramRaceLab })));
const IsolationNotice = lazy(() => import('../../labs/shared-memory/IsolationNotice.tsx').then((m) => ({ default: m.IsolationNotice })));

export const sharedMemoryLabs: MDXComponents = {
  SharedSumsLab: (props: LabComponentProps) => <LazyLab name="shared partial sums lab"><SharedSumsLab {...props} /></LazyLab>,
  StarCatalogueLab: (props: LabComponentProps) => <LazyLab name="moving data lab"><StarCatalogueLab {...props} /></LazyLab>,
  HistogramRaceLab: (props: LabComponentProps) => <LazyLab name="race condition lab"><HistogramRaceLab {...props} /></LazyLab>,
  IsolationNotice: () => <LazyLab name="isolation check"><IsolationNotice /></LazyLab>,
};
