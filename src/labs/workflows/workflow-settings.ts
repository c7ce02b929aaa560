/**
 * Settings of the workflow lab (`#/lab/workflow?books=6&words=100_000&j=2&targets=all&dryrun=no&acf=no&compare=1,2,4&autorun=1`):
 * the books the word-count workflow reads, `-j`, the targets, a dry run (`-n`), the extra
 * autocorrelation rule of the course's exercise, and the `-j` values of the wall-time comparison.
 * Targets are checked against the workflow itself: a target that is neither a rule nor a file
 * any rule makes gets the workflow's own message, beside the field.
 *
 * Pure: any thread, and Node.
 */
import { choice, numberList, splitList, wholeNumber } from '../../params/parse.ts';
import { buildDag } from '../../workflow/dag.ts';
import { WorkflowError } from '../../workflow/errors.ts';
import { bookNames, wordCountWorkflow } from '../../workflow/word-count-workflow.ts';
import { parseFields, type FieldSpec, type LabSettings, type RawSettings, type Validation } from '../kit/settings.ts';

/** Validated settings of the workflow lab. */
export interface WorkflowParams {
  /** Number of generated books (book01…). */
  books: number;
  /** Words per book. */
  words: number;
  /** Most jobs at once (`snakemake -j`). */
  j: number;
  /** Targets (rule names or files). */
  targets: string[];
  /** Only list what would run (`snakemake -n`). */
  dryRun: boolean;
  /** Add the word-autocorrelation rule. */
  acf: boolean;
  /** The `-j` values of the measured comparison, ascending. */
  compare: number[];
}

/** The fields of the form (and the lab link's parameters). */
export type WorkflowField = 'books' | 'words' | 'j' | 'targets' | 'dryrun' | 'acf' | 'compare';

/** Most books: each is a job in three rules. */
export const MAX_BOOKS = 12;
/** Most words per book (a 500 000-word book is about 3 MB of text). */
export const MAX_WORDS = 500_000;
/** Most jobs at once. */
export const MAX_J = 16;

const yesNo = [
  { value: 'no', label: 'no' },
  { value: 'yes', label: 'yes' },
] as const;

const fields: FieldSpec<WorkflowField>[] = [
  { name: 'books', label: 'Books', help: `Generated books (book01, book02, …), 1 to ${MAX_BOOKS}: each adds a count, a plot and a Zipf job.` },
  { name: 'words', label: 'Words per book', help: 'Length of each generated book; longer books make longer count jobs.' },
  { name: 'j', label: '-j (jobs at once)', help: (_raw, env) => `At most this many jobs run at the same time, each on a worker (${env.cores} cores reported).` },
  { name: 'targets', label: 'Targets', inputMode: 'text', help: 'Rules or files to make, separated by spaces or commas: all, results/summary.csv, plots/book01.svg …' },
  { name: 'dryrun', label: 'Dry run (-n)', kind: 'select', options: yesNo, help: 'Yes: list the jobs that would run, and why, without running them.' },
  { name: 'acf', label: 'Autocorrelation rule', kind: 'select', options: yesNo, help: 'Yes: add the rule acf of the course’s exercise, one job per book, and ask for it in rule all.' },
  { name: 'compare', label: '-j values to compare', inputMode: 'text', help: 'Measure the whole workflow from scratch with each of these -j values.' },
];

const schemas = {
  books: wholeNumber('the number of books', { min: 1, max: MAX_BOOKS }),
  words: wholeNumber('the number of words per book', { min: 1000, max: MAX_WORDS }),
  j: wholeNumber('-j', { min: 1, max: MAX_J }),
  dryrun: choice(['no', 'yes'], 'Dry run must be yes or no.'),
  acf: choice(['no', 'yes'], 'Autocorrelation rule must be yes or no.'),
  compare: numberList('-j value', { min: 1, max: MAX_J, maxCount: 4 }),
};

/**
 * Checks targets against the workflow of `books` books: each must be a rule without wildcards or
 * a file some rule makes (the books themselves are assumed present).
 *
 * @returns the targets, or the workflow's message
 */
export function checkTargets(text: string, books: number, acf: boolean): { ok: true; value: string[] } | { ok: false; error: string } {
  const parts = splitList(text, 'target');
  if (!parts.ok) return parts;
  const names = bookNames(books);
  const data = new Set(names.map((b) => `data/${b}.txt`));
  try {
    buildDag(wordCountWorkflow({ books: names, acf }), parts.value, (f) => data.has(f));
  } catch (e) {
    if (e instanceof WorkflowError) return { ok: false, error: e.message };
    throw e;
  }
  return { ok: true, value: parts.value };
}

function validate(raw: RawSettings<WorkflowField>): Validation<WorkflowField, WorkflowParams> {
  const { values, errors } = parseFields(raw, schemas);
  if (values.books !== undefined && values.acf !== undefined) {
    const t = checkTargets(raw.targets ?? '', values.books, values.acf === 'yes');
    if (!t.ok) errors.targets = t.error;
    else if (Object.keys(errors).length === 0) {
      return {
        params: { books: values.books, words: values.words!, j: values.j!, targets: t.value, dryRun: values.dryrun === 'yes', acf: values.acf === 'yes', compare: values.compare! },
        errors: {},
      };
    }
  }
  return { params: null, errors };
}

/** The workflow lab's settings: 6 books of 100 000 words, -j 2, target all, compared at -j 1, 2, 4. */
export const workflowSettings: LabSettings<WorkflowField, WorkflowParams> = {
  fields,
  defaults: () => ({ books: '6', words: '100_000', j: '2', targets: 'all', dryrun: 'no', acf: 'no', compare: '1,2,4' }),
  validate,
};
