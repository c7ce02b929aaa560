/** MDX components of the GPU lesson: its labs and the WebGPU status panel, each lazy behind LazyLab. */
import type { MDXComponents } from 'mdx/types';
import { GpuThroughputLab, VectorAddLab, WebGpuStatus } from '../../labs/gpu/lesson-components.tsx';

export const gpuLabs: MDXComponents = { VectorAddLab, GpuThroughputLab, WebGpuStatus };
