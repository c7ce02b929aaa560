/**
 * The zod schema of a kernel field (src/kernels/registry.ts): from the typed text to the whole
 * number the field accepts, failures carrying the message shown beside the field. Built here, on
 * the lab side, so that the registry itself stays free of zod (the kernel workers import it and
 * would otherwise evaluate zod in every worker they start). Main thread, or any thread that
 * validates settings.
 */
import type { z } from 'zod';
import { wholeNumber } from '../params/parse.ts';
import type { KernelField } from './registry.ts';

const built = new WeakMap<KernelField, z.ZodType<number, string>>();

/** The schema of `field` (built once per field, then shared). */
export function kernelFieldSchema(field: KernelField): z.ZodType<number, string> {
  let schema = built.get(field);
  if (!schema) {
    const { name, ...rule } = field.accepts;
    schema = wholeNumber(name, rule);
    built.set(field, schema);
  }
  return schema;
}
