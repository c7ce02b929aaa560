/** MDX components of the measure-first lesson (16): the profiling, latency and bandwidth labs and the pool-lifecycle labs (lazy: they bring Recharts and a worker). */
import { lazy } from 'react';
import type { MDXComponents } from 'mdx/types';
import { LazyLab } from '../../labs/kit/LazyLab.tsx';
import type { LabComponentProps } from '../../labs/kit/definition.ts';
import { lazyWithCharts } from '../../labs/kit/chart-modules.ts';

const ProfileLab = lazyWithCharts(() => import('../../labs/measure-first/ProfileLab.tsx').then((m) => ({ default: m.ProfileLab })));
const LatencyLab = lazyWithCharts(() => import('../../labs/measure-first/LatencyLab.tsx').then((m) => ({ default: m.LatencyLab })));
const CompletionOrderLab = lazy(() => import('../../labs/pool-lifecycle/CompletionOrderLab.tsx').then((m) => ({ default: m.CompletionOrderLab })));
const BigArgumentLab = lazyWithCharts(() => import('../../labs/pool-lifecycle/BigArgumentLab.tsx').then((m) => ({ default: m.BigArgumentLab })));
const BandwidthLab = lazyWithCharts(() => import('../../labs/measure-first/BandwidthLab.tsx').then((m) => ({ default: m.BandwidthLab })));

export const measureFirstLabs: MDXComponents = {
  ProfileLab: (props: LabComponentProps) => (
    <LazyLab name="profiling lab">
      <ProfileLab {...props} />
    </LazyLab>
  ),
  LatencyLab: (props: LabComponentProps) => (
    <LazyLab name="latency lab">
      <LatencyLab {...props} />
    </LazyLab>
  ),
  BandwidthLab: (props: LabComponentProps) => (
    <LazyLab name="bandwidth lab">
      <BandwidthLab {...props} />
    </LazyLab>
  ),
  CompletionOrderLab: (props: LabComponentProps) => (
    <LazyLab name="completion-order lab">
      <CompletionOrderLab {...props} />
    </LazyLab>
  ),
  BigArgumentLab: (props: LabComponentProps) => (
    <LazyLab name="big-argument lab">
      <BigArgumentLab {...props} />
    </LazyLab>
  ),
};
