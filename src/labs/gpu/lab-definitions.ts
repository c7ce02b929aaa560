/** Lab-registry entries of the labs in this folder (src/labs/registry.ts lists them all). */
import type { LabDefinition } from '../kit/definition.ts';

/** The labs of this folder (the GPU lesson), in lesson order. */
export const gpuLabs: LabDefinition[] = [];
