/**
 * Runs one job against a file store: reads its inputs, runs its step, writes its outputs. A job
 * that fails leaves no outputs behind (a half-written output would look up to date to the next
 * run; Snakemake deletes them too). Also: making the books of the word-count workflow.
 *
 * Any thread (workers on the page, Node in tests).
 */
import { strToU8 } from 'fflate';
import type { Job } from './dag.ts';
import { runStep } from './steps.ts';
import type { FileStore } from './store.ts';
import { bookSeed, generateBook } from './zipf-text.ts';

/** The part of a job a worker needs (structured-cloneable). */
export type JobSpec = Pick<Job, 'id' | 'rule' | 'input' | 'output' | 'params'> & { step?: string };

/** The serialisable part of `job`, to send to a worker. */
export function jobSpec(job: Job): JobSpec {
  const spec: JobSpec = { id: job.id, rule: job.rule, input: job.input, output: job.output, params: job.params };
  if (job.step !== undefined) spec.step = job.step;
  return spec;
}

/**
 * Runs `job` on `store`. A job without a step (`rule all`) does nothing.
 *
 * @throws Error naming the job when an input is missing or the step fails; its outputs are removed
 */
export async function executeJob(store: FileStore, job: JobSpec): Promise<void> {
  if (job.step === undefined) return;
  const files = new Map<string, Uint8Array>();
  for (const f of Object.values(job.input).flat()) {
    const data = await store.read(f);
    if (!data) throw new Error(`Error in rule ${job.rule} (${job.id}): the input ${f} is missing.`);
    files.set(f, data);
  }
  let outputs: Record<string, Uint8Array>;
  try {
    outputs = runStep({ step: job.step, input: job.input, output: job.output, params: job.params }, (f) => files.get(f)!);
  } catch (e) {
    await Promise.all(Object.values(job.output).map((f) => store.remove(f)));
    throw new Error(`Error in rule ${job.rule} (${job.id}): ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  for (const [file, data] of Object.entries(outputs)) await store.write(file, data);
}

/**
 * Writes the generated books `data/<name>.txt` (seeded by their number, see bookSeed) that are missing, or
 * all of them with `force`. Returns how many were written.
 */
export async function writeBooks(store: FileStore, names: readonly string[], words: number, force = false): Promise<number> {
  const present = await store.list();
  let written = 0;
  for (const name of names) {
    const path = `data/${name}.txt`;
    if (!force && present.has(path)) continue;
    await store.write(path, strToU8(generateBook(words, bookSeed(name))));
    written++;
  }
  return written;
}
