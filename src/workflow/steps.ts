/**
 * The steps behind the rules (`step` of a rule): each turns a job's input files into its output
 * files. Inputs are read beforehand, so a step is a pure, synchronous function; the workflow
 * worker (src/workers/workflow.worker.ts) runs them, and so do the Node tests.
 *
 * Pure: any thread, and Node.
 */
import { zipSync, strToU8 } from 'fflate';
import { acfTable, countWords, plotSvg, stem, summaryTable, zipfTable } from './word-count.ts';

/** What a step receives: the job's named inputs and outputs (file names), its params and the input files' bytes. */
export interface StepJob {
  step: string;
  input: Readonly<Record<string, readonly string[]>>;
  output: Readonly<Record<string, string>>;
  params: Readonly<Record<string, string | number>>;
}

/** A step: the job and its input files' contents → every output file's contents. */
type Step = (job: StepJob, read: (file: string) => Uint8Array) => Record<string, Uint8Array>;

const decoder = new TextDecoder();
const text = (read: (f: string) => Uint8Array, file: string) => decoder.decode(read(file));
const one = (job: StepJob, name: string): string => {
  const files = job.input[name];
  if (!files || files.length !== 1) throw new Error(`Step ${job.step} needs exactly one input named ${name}.`);
  return files[0]!;
};
const out = (job: StepJob, name: string): string => {
  const file = job.output[name];
  if (!file) throw new Error(`Step ${job.step} needs an output named ${name}.`);
  return file;
};
const num = (job: StepJob, name: string, fallback: number): number => Number(job.params[name] ?? fallback);

/** The fixed date written into the archive's entries, so that equal inputs give equal archives. */
const ARCHIVE_DATE = new Date(Date.UTC(2024, 0, 1));

const STEPS: Record<string, Step> = {
  count_words: (job, read) => ({ [out(job, 'dat')]: strToU8(countWords(text(read, one(job, 'book')), one(job, 'book'))) }),
  plot: (job, read) => {
    const dat = one(job, 'dat');
    return { [out(job, 'svg')]: strToU8(plotSvg(stem(dat), text(read, dat), num(job, 'nwords', 10))) };
  },
  zipf_test: (job, read) => ({ [out(job, 'csv')]: strToU8(zipfTable(text(read, one(job, 'dat')), num(job, 'nwords', 10), one(job, 'dat'))) }),
  summary: (job, read) => {
    const dats = job.input.dats ?? [];
    const zipfs = job.input.zipfs ?? [];
    const books = dats.map((datPath) => {
      const zipf = zipfs.find((z) => stem(z) === `zipf_${stem(datPath)}`);
      if (!zipf) throw new Error(`summary: no Zipf table for ${datPath}.`);
      return { datPath, dat: text(read, datPath), zipf: text(read, zipf) };
    });
    return { [out(job, 'csv')]: strToU8(summaryTable(books)) };
  },
  archive: (job, read) => {
    const files: Record<string, [Uint8Array, { mtime: Date }]> = {};
    for (const f of Object.values(job.input).flat()) files[f] = [read(f), { mtime: ARCHIVE_DATE }];
    return { [out(job, 'zip')]: zipSync(files, { level: 6 }) };
  },
  acf: (job, read) => ({
    [out(job, 'csv')]: strToU8(acfTable(text(read, one(job, 'book')), text(read, one(job, 'dat')), num(job, 'nwords', 10), num(job, 'lags', 20))),
  }),
};

/** The ids of every step. */
export const STEP_IDS = Object.keys(STEPS);

/**
 * Runs the step of `job` on its inputs.
 *
 * @param read the bytes of an input file (throws when it is missing)
 * @returns the bytes of every output file, by name
 * @throws Error for an unknown step, or the step's own error (an empty book, a malformed file)
 */
export function runStep(job: StepJob, read: (file: string) => Uint8Array): Record<string, Uint8Array> {
  const step = STEPS[job.step];
  if (!step) throw new Error(`Unknown step "${job.step}" (known: ${STEP_IDS.join(', ')}).`);
  return step(job, read);
}
