/** MDX components of the MPI-patterns lesson: the halo, sky-simulation and hybrid labs (lazy). */
import { lazy } from 'react';
import type { MDXComponents } from 'mdx/types';
import { LazyLab } from '../../labs/kit/LazyLab.tsx';
import type { LabComponentProps } from '../../labs/kit/definition.ts';
import { lazyWithCharts } from '../../labs/kit/chart-modules.ts';

const HaloLab = lazyWithCharts(() => import('../../labs/mpi-patterns/HaloLab.tsx').then((m) => ({ default: m.HaloLab })));
const SkySimLab = lazy(() => import('../../labs/mpi-patterns/SkySimLab.tsx').then((m) => ({ default: m.SkySimLab })));
const HybridLab = lazyWithCharts(() => import('../../labs/mpi-patterns/HybridLab.tsx').then((m) => ({ default: m.HybridLab })));

export const mpiPatternLabs: MDXComponents = {
  HaloLab: (props: LabComponentProps) => (
    <LazyLab name="halo-exchange lab">
      <HaloLab {...props} />
    </LazyLab>
  ),
  SkySimLab: (props: LabComponentProps) => (
    <LazyLab name="sky-simulation lab">
      <SkySimLab {...props} />
    </LazyLab>
  ),
  HybridLab: (props: LabComponentProps) => (
    <LazyLab name="hybrid lab">
      <HybridLab {...props} />
    </LazyLab>
  ),
};
