/**
 * The GPU lesson's components, each lazy behind the lab frame (LazyLab); src/mdx/maps/gpu.tsx
 * offers them to the lessons. Main thread (React).
 */
import { lazy } from 'react';
import { LazyLab } from '../kit/LazyLab.tsx';
import type { LabComponentProps } from '../kit/definition.ts';

const VectorAdd = lazy(() => import('./VectorAddLab.tsx').then((m) => ({ default: m.VectorAddLab })));
const Throughput = lazy(() => import('./ThroughputLab.tsx').then((m) => ({ default: m.ThroughputLab })));
const Status = lazy(() => import('./WebGpuStatus.tsx').then((m) => ({ default: m.WebGpuStatus })));

/** `<VectorAddLab />`: the vector-add lab (upload, compute, download). */
export function VectorAddLab(props: LabComponentProps) {
  return (
    <LazyLab name="vector-add lab">
      <VectorAdd {...props} />
    </LazyLab>
  );
}

/** `<GpuThroughputLab />`: throughput against problem size, CPU workers and the GPU. */
export function GpuThroughputLab(props: LabComponentProps) {
  return (
    <LazyLab name="GPU throughput lab">
      <Throughput {...props} />
    </LazyLab>
  );
}

/** `<WebGpuStatus />`: this browser's adapter, or what is missing and why. */
export function WebGpuStatus() {
  return (
    <LazyLab name="WebGPU status">
      <Status />
    </LazyLab>
  );
}
