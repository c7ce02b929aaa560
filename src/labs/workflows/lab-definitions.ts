/** Lab-registry entries of the labs in this folder (src/labs/registry.ts lists them all). */
import type { LabDefinition } from '../kit/definition.ts';

/** The labs of this folder (the workflows lesson), in lesson order. */
export const workflowLabs: LabDefinition[] = [];
