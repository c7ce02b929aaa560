/** MDX components of the workflows lesson: the workflow lab (lazy: it brings the DAG view and the runtime). */
import { lazy } from 'react';
import type { MDXComponents } from 'mdx/types';
import { LazyLab } from '../../labs/kit/LazyLab.tsx';
import type { LabComponentProps } from '../../labs/kit/definition.ts';

const WorkflowLab = lazy(() => import('../../labs/workflows/WorkflowLab.tsx').then((m) => ({ default: m.WorkflowLab })));

export const workflowLabs: MDXComponents = {
  WorkflowLab: (props: LabComponentProps) => (
    <LazyLab name="workflow lab">
      <WorkflowLab {...props} />
    </LazyLab>
  ),
};
