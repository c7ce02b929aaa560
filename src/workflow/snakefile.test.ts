import { describe, expect, it } from 'vitest';
import { snakefile, STEP_SHELL } from './snakefile.ts';
import { PYTHON_SCRIPTS } from './snakemake-scripts.ts';
import { STEP_IDS } from './steps.ts';
import { bookNames, wordCountWorkflow } from './word-count-workflow.ts';

describe('the Snakefile of a workflow', () => {
  const books = bookNames(2);
  it('writes every rule with expand(), params and a shell line calling a shipped script', () => {
    const text = snakefile(wordCountWorkflow({ books, acf: true }), { book: books });
    expect(text).toContain("BOOKS = ['book01', 'book02']");
    expect(text).toContain("rule all:\n    input:\n        summary='results/summary.csv',\n        archive='results/archive.zip',\n        acf=expand('results/acf_{book}.csv', book=BOOKS)\n");
    expect(text).toContain("rule zipf_test:\n    input:\n        dat='processed_data/{book}.dat'\n    output:\n        csv='results/zipf_{book}.csv'\n    params:\n        nwords=10\n    shell:\n        'python3 scripts/zipf_test.py {params.nwords} {input.dat} {output.csv}'");
    expect(text.match(/^rule /gm)).toHaveLength(7);
  });
  it('has a shell line and a Python script for every step', () => {
    for (const step of STEP_IDS) {
      expect(STEP_SHELL[step], step).toBeDefined();
      const script = /scripts\/(\w+\.py)/.exec(STEP_SHELL[step]!)![1]!;
      expect(PYTHON_SCRIPTS[`scripts/${script}`], script).toBeDefined();
    }
    expect(() => snakefile({ rules: [{ name: 'x', input: {}, output: { o: 'o.txt' }, step: 'nope' }] }, {})).toThrow(/no script for Snakemake/);
  });
});
