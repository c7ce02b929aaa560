import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8 } from 'fflate';
import { executeJob, writeBooks } from './execute-job.ts';
import { prepare, runPlan } from './run-workflow.ts';
import { plainLanes } from './scheduler.ts';
import { MemoryStore } from './store.ts';
import { bookNames, wordCountWorkflow } from './word-count-workflow.ts';
import { dryRunText } from './plan.ts';
import { generateBook } from './zipf-text.ts';

function setup() {
  let t = 1000;
  const store = new MemoryStore(() => (t += 10));
  const books = bookNames(3);
  return { store, books, workflow: wordCountWorkflow({ books }) };
}

async function run(store: MemoryStore, workflow: ReturnType<typeof wordCountWorkflow>, j = 2, targets = ['all']) {
  const { plan } = await prepare(workflow, targets, store);
  return runPlan(plan, { j, runLanes: plainLanes, execute: (job) => executeJob(store, job) });
}

describe('the word-count workflow on a memory store', () => {
  it('runs every job, then nothing, then only what a changed book feeds', async () => {
    const { store, books, workflow } = setup();
    expect(await writeBooks(store, books, 3000)).toBe(3);
    const first = await run(store, workflow);
    expect(first.records.map((r) => r.job).sort()).toEqual(
      ['all', 'archive', 'summary', ...books.flatMap((b) => [`count_words[book=${b}]`, `plot[book=${b}]`, `zipf_test[book=${b}]`])].sort(),
    );
    const summary = strFromU8((await store.read('results/summary.csv'))!);
    expect(summary.split('\n')[0]).toBe('book,words,distinct,top_word,top_count,ratio_2,ratio_10');
    expect(summary.split('\n').slice(1, 4).map((l) => l.split(',')[0])).toEqual(books);
    expect(dryRunText((await prepare(workflow, ['all'], store)).plan)).toMatch(/^Nothing to be done/);
    await store.write('data/book02.txt', strToU8(generateBook(3000, 99)));
    const again = await run(store, workflow);
    expect(again.records.map((r) => r.job).sort()).toEqual(['all', 'archive', 'count_words[book=book02]', 'plot[book=book02]', 'summary', 'zipf_test[book=book02]']);
  });
  it('a broken book fails its job, skips what depends on it, keeps the other outputs', async () => {
    const { store, books, workflow } = setup();
    await writeBooks(store, books, 3000);
    await store.write('data/book03.txt', strToU8('... 123 ...\n'));
    const result = await run(store, workflow, 1);
    expect(result.failure?.job).toBe('count_words[book=book03]');
    expect(result.failure?.error).toMatch(/Error in rule count_words.*data\/book03\.txt holds no words/);
    expect(result.states.get('summary')).toBe('skipped');
    expect(await store.read('processed_data/book03.dat')).toBeUndefined();
    expect(await store.read('processed_data/book01.dat')).toBeDefined();
  });
  it('the acf rule adds one job per book and `all` asks for it', async () => {
    const { store, books } = setup();
    await writeBooks(store, books, 2000);
    const { dag } = await prepare(wordCountWorkflow({ books, acf: true }), ['all'], store);
    expect([...dag.jobs.keys()].filter((id) => id.startsWith('acf['))).toHaveLength(3);
    expect(dag.jobs.get('all')!.deps).toContain('acf[book=book01]');
  });
});
