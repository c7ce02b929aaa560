/**
 * What the speedup lab accepts from "Add results from a file" (src/labs/kit/import-results.ts).
 *
 * Comparable means the same problem was timed: the same kernel and the same value of each of its
 * parameters (for the integration n; for Monte Carlo pi the darts n and the seed), each read with
 * the kernel's own field rule, so "10_000" and "10000" agree. The implementation (js, wasm,
 * simd, a Python program), the worker counts and the repeats may differ: each file's speedup is
 * against its own 1-worker time, which is what the comparison is about.
 *
 * Pure: any thread, and Node.
 */
import { KERNELS } from '../../kernels/registry.ts';
import { firstMessage } from '../../params/parse.ts';
import type { ComparisonKey, ImportRules } from '../kit/import-results.ts';
import { kernelFieldSchema } from '../../kernels/field-schema.ts';

/** Id of the speedup lab (as in SpeedupLab.tsx; repeated here so this module stays free of React). */
const LAB_ID = 'speedup';

/**
 * The comparison key of speedup-lab settings: `kernel` and each of its parameters as a number's
 * text, or a message naming the setting that is missing or invalid.
 */
export function speedupComparisonKey(settings: Record<string, string>): { ok: true; key: ComparisonKey } | { ok: false; error: string } {
  const id = settings.kernel?.trim();
  if (!id) return { ok: false, error: 'settings.kernel is missing, so the problem it timed is unknown' };
  const kernel = KERNELS.find((k) => k.id === id);
  if (!kernel) return { ok: false, error: `settings.kernel "${id}" is not a kernel of this lab (${KERNELS.map((k) => `"${k.id}"`).join(' or ')})` };
  const key: ComparisonKey = { kernel: id };
  for (const [name, field] of Object.entries(kernel.fields)) {
    const text = settings[name];
    if (text === undefined) return { ok: false, error: `settings.${name} is missing (${field.label} of the ${kernel.label})` };
    const r = kernelFieldSchema(field).safeParse(text);
    if (!r.success) return { ok: false, error: `settings.${name} "${text}": ${firstMessage(r.error)}` };
    key[name] = String(r.data);
  }
  return { ok: true, key };
}

/** The speedup lab's import rules. */
export const speedupImportRules: ImportRules = { labId: LAB_ID, labTitle: 'Speedup lab', comparisonKey: speedupComparisonKey };
