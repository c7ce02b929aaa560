/** MDX components for message passing: the MPI lab (lazy: it brings CodeMirror and the runtime). */
import { lazy } from 'react';
import type { MDXComponents } from 'mdx/types';
import { LazyLab } from '../../labs/kit/LazyLab.tsx';
import type { LabComponentProps } from '../../labs/kit/definition.ts';

const MpiLab = lazy(() => import('../../labs/mpi/MpiLab.tsx').then((m) => ({ default: m.MpiLab })));

/** The lesson tag `<MpiLab program="bcast" ranks={8} />`: its program and ranks become the lab's starting settings. */
interface MpiLabTagProps extends LabComponentProps<'program' | 'ranks'> {
  /** A program id of src/labs/mpi/programs.ts. */
  program?: string;
  /** Ranks to start with (default: the program's own). */
  ranks?: number;
}

export const mpiLabs: MDXComponents = {
  MpiLab: ({ program, ranks, initial, ...props }: MpiLabTagProps) => (
    <LazyLab name="message-passing lab">
      <MpiLab
        {...props}
        initial={{ ...(program !== undefined ? { program } : {}), ...(ranks !== undefined ? { ranks: String(ranks) } : {}), ...initial }}
      />
    </LazyLab>
  ),
};
