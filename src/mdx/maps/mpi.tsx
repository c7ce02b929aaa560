/** MDX components for message passing: the MPI lab (lazy: it brings CodeMirror and the runtime). */
import { lazy } from 'react';
import type { MDXComponents } from 'mdx/types';
import { LazyLab } from '../../labs/LazyLab.tsx';
import type { MpiLabProps } from '../../labs/mpi/MpiLab.tsx';

const MpiLab = lazy(() => import('../../labs/mpi/MpiLab.tsx').then((m) => ({ default: m.MpiLab })));

export const mpiLabs: MDXComponents = {
  MpiLab: (props: MpiLabProps) => (
    <LazyLab name="message-passing lab">
      <MpiLab {...props} />
    </LazyLab>
  ),
};
