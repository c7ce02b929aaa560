/** MDX components of the lesson "Libraries that thread for you": its two labs (lazy: they bring the threaded library and its workers). */
import { lazy } from 'react';
import type { MDXComponents } from 'mdx/types';
import { LazyLab } from '../../labs/kit/LazyLab.tsx';
import type { LabComponentProps } from '../../labs/kit/definition.ts';

const ImplicitThreadsLab = lazy(() => import('../../labs/threads/ImplicitThreadsLab.tsx').then((m) => ({ default: m.ImplicitThreadsLab })));
const OversubscriptionLab = lazy(() => import('../../labs/threads/OversubscriptionLab.tsx').then((m) => ({ default: m.OversubscriptionLab })));

export const threadLabs: MDXComponents = {
  ImplicitThreadsLab: (props: LabComponentProps) => (
    <LazyLab name="implicit threads lab">
      <ImplicitThreadsLab {...props} />
    </LazyLab>
  ),
  OversubscriptionLab: (props: LabComponentProps) => (
    <LazyLab name="oversubscription lab">
      <OversubscriptionLab {...props} />
    </LazyLab>
  ),
};
