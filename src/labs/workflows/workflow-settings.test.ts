import { describe, expect, it } from 'vitest';
import { workflowSettings } from './workflow-settings.ts';

const env = { cores: 4 };
const valid = workflowSettings.defaults(env);

describe('workflow lab settings', () => {
  it('accepts the defaults', () => {
    expect(workflowSettings.validate(valid, env).params).toEqual({ books: 6, words: 100_000, j: 2, targets: ['all'], dryRun: false, acf: false, compare: [1, 2, 4] });
  });
  it('takes files as targets and checks them against the workflow', () => {
    expect(workflowSettings.validate({ ...valid, targets: 'plots/book02.svg, results/summary.csv' }, env).params?.targets).toEqual(['plots/book02.svg', 'results/summary.csv']);
    expect(workflowSettings.validate({ ...valid, targets: 'plots/book09.svg' }, env).errors.targets).toMatch(/Missing input for rule count_words: data\/book09\.txt/);
    expect(workflowSettings.validate({ ...valid, targets: 'everything' }, env).errors.targets).toMatch(/neither a rule/);
    expect(workflowSettings.validate({ ...valid, targets: 'results/acf_book01.csv' }, env).errors.targets).toMatch(/does not exist and no rule makes it/);
    expect(workflowSettings.validate({ ...valid, acf: 'yes', targets: 'results/acf_book01.csv' }, env).params).not.toBeNull();
    expect(workflowSettings.validate({ ...valid, targets: '' }, env).errors.targets).toMatch(/at least one target/);
  });
  it('names the bad field', () => {
    expect(workflowSettings.validate({ ...valid, j: '0' }, env).errors.j).toMatch(/at least 1/);
    expect(workflowSettings.validate({ ...valid, books: '13' }, env).errors.books).toMatch(/at most 12/);
    expect(workflowSettings.validate({ ...valid, compare: '1,,2' }, env).errors.compare).toMatch(/empty entry/);
    expect(workflowSettings.validate({ ...valid, dryrun: 'maybe' }, env).errors.dryrun).toMatch(/yes or no/);
  });
});
