/**
 * Small workflows for the unit tests of the DAG, the plan and the scheduler. Pure.
 */
import { expand } from '../patterns.ts';
import type { Workflow } from '../rules.ts';

/** Three books counted, plotted and summarised: the shape of the lesson's workflow, without steps. */
export function miniWordCount(books: readonly string[] = ['a', 'b', 'c']): Workflow {
  return {
    rules: [
      { name: 'all', input: { summary: 'results/summary.csv', plots: expand('plots/{book}.svg', { book: books }) }, output: {} },
      { name: 'count', input: { book: 'data/{book}.txt' }, output: { dat: 'counts/{book}.dat' }, step: 'count' },
      { name: 'plot', input: { dat: 'counts/{book}.dat' }, output: { svg: 'plots/{book}.svg' }, step: 'plot' },
      { name: 'summary', input: { dats: expand('counts/{book}.dat', { book: books }) }, output: { csv: 'results/summary.csv' }, step: 'summary' },
    ],
  };
}
