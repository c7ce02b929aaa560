/**
 * The compiled-code lesson's labs, each lazy behind the lab frame (LazyLab);
 * src/mdx/maps/compiled.tsx offers them to the lessons. Main thread (React).
 */
import { lazy } from 'react';
import { LazyLab } from '../kit/LazyLab.tsx';
import type { LabComponentProps } from '../kit/definition.ts';

const Ladder = lazy(() => import('./SpeedLadderLab.tsx').then((m) => ({ default: m.SpeedLadderLab })));
const Forms = lazy(() => import('./VectorFormsLab.tsx').then((m) => ({ default: m.VectorFormsLab })));
const Breakers = lazy(() => import('./BreakersLab.tsx').then((m) => ({ default: m.BreakersLab })));

/** `<SpeedLadderLab />`: CPython to SIMD on every core, beside the course's seconds. */
export function SpeedLadderLab(props: LabComponentProps) {
  return (
    <LazyLab name="speed ladder lab">
      <Ladder {...props} />
    </LazyLab>
  );
}

/** `<VectorFormsLab />`: the ADACS vector add as an Array, a Float64Array, WebAssembly and SIMD. */
export function VectorFormsLab(props: LabComponentProps) {
  return (
    <LazyLab name="vector add lab">
      <Forms {...props} />
    </LazyLab>
  );
}

/** `<BreakersLab />`: a loop plain and with a dependency, a branch, a call. */
export function BreakersLab(props: LabComponentProps) {
  return (
    <LazyLab name="vectorization breakers lab">
      <Breakers {...props} />
    </LazyLab>
  );
}
