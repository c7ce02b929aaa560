/**
 * The word-count workflow of ENCCS "High Performance Data Analytics in Python" as rules: count
 * the words of each book, plot each book's most frequent words, test Zipf's law per book, gather
 * a summary table, archive the plots and the table. With `acf`, the word-autocorrelation rule of
 * the course's "Extend the Snakefile" exercise joins it (and `rule all` asks for its files).
 *
 * Pure: any thread, and Node.
 */
import type { Rule, Workflow } from './rules.ts';
import { bookName } from './zipf-text.ts';

/** Options of {@link wordCountWorkflow}. */
export interface WordCountOptions {
  /** Names of the books (`data/<name>.txt`). */
  books: readonly string[];
  /** Add the word-autocorrelation rule (the course's exercise). */
  acf?: boolean;
}

/** How many of the most frequent words the Zipf test, the plot and the ACF use. */
export const NWORDS = 10;
/** Lags of the word autocorrelation. */
export const ACF_LAGS = 20;

/** The names of `n` books: book01, book02, … */
export function bookNames(n: number): string[] {
  return Array.from({ length: n }, (_, i) => bookName(i));
}

/** The rule that asks for the autocorrelation of every book (the exercise's addition). */
export function acfRule(): Rule {
  return {
    name: 'acf',
    input: { book: 'data/{book}.txt', dat: 'processed_data/{book}.dat' },
    output: { csv: 'results/acf_{book}.csv' },
    params: { nwords: NWORDS, lags: ACF_LAGS },
    step: 'acf',
  };
}

/** The word-count workflow over `books`; its first rule, `all`, is the default target. */
export function wordCountWorkflow({ books, acf = false }: WordCountOptions): Workflow {
  const b = { book: books };
  const all: Rule = {
    name: 'all',
    input: { summary: 'results/summary.csv', archive: 'results/archive.zip', ...(acf ? { acf: { expand: 'results/acf_{book}.csv', values: b } } : {}) },
    output: {},
  };
  const rules: Rule[] = [
    all,
    { name: 'count_words', input: { book: 'data/{book}.txt' }, output: { dat: 'processed_data/{book}.dat' }, step: 'count_words' },
    { name: 'plot', input: { dat: 'processed_data/{book}.dat' }, output: { svg: 'plots/{book}.svg' }, params: { nwords: NWORDS }, step: 'plot' },
    { name: 'zipf_test', input: { dat: 'processed_data/{book}.dat' }, output: { csv: 'results/zipf_{book}.csv' }, params: { nwords: NWORDS }, step: 'zipf_test' },
    {
      name: 'summary',
      input: { dats: { expand: 'processed_data/{book}.dat', values: b }, zipfs: { expand: 'results/zipf_{book}.csv', values: b } },
      output: { csv: 'results/summary.csv' },
      step: 'summary',
    },
    { name: 'archive', input: { summary: 'results/summary.csv', plots: { expand: 'plots/{book}.svg', values: b } }, output: { zip: 'results/archive.zip' }, step: 'archive' },
  ];
  if (acf) rules.push(acfRule());
  return { rules };
}
