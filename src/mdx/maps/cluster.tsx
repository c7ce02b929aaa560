/** MDX components of the cluster lesson: the one-node cluster lab (lazy: it brings the editor and the queue). */
import { lazy } from 'react';
import type { MDXComponents } from 'mdx/types';
import { LazyLab } from '../../labs/kit/LazyLab.tsx';
import type { LabComponentProps } from '../../labs/kit/definition.ts';

const ClusterLab = lazy(() => import('../../labs/cluster/ClusterLab.tsx').then((m) => ({ default: m.ClusterLab })));

export const clusterLabs: MDXComponents = {
  ClusterLab: (props: LabComponentProps) => (
    <LazyLab name="cluster lab">
      <ClusterLab {...props} />
    </LazyLab>
  ),
};
