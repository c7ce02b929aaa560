import { describe, expect, it } from 'vitest';
import { buildDag } from '../../workflow/dag.ts';
import { planJobs } from '../../workflow/plan.ts';
import { bookNames, wordCountWorkflow } from '../../workflow/word-count-workflow.ts';
import { dagSummary, initialStates, workSpan } from './job-states.ts';

const books = bookNames(2);
const dag = buildDag(wordCountWorkflow({ books }), ['all'], (f) => f.startsWith('data/'));

describe('job states', () => {
  it('starts waiting, ends all done', () => {
    const states = initialStates(dag, planJobs(dag, (f) => (f.startsWith('data/') ? 1 : undefined)));
    expect(dagSummary(states)).toEqual({ text: '9 waiting', allDone: false });
    for (const id of states.keys()) states.set(id, 'done');
    expect(dagSummary(states)).toEqual({ text: 'all done: 9 of 9 jobs ran, 0 were up to date', allDone: true });
    states.set('summary', 'failed');
    expect(dagSummary(states).allDone).toBe(false);
    expect(dagSummary(states).text).toContain('1 failed');
  });
  it('computes work, span and width from measured durations', () => {
    const rec = (job: string, start: number, end: number) => ({ job, lane: 0, start, end, ok: true });
    const ws = workSpan(dag, [rec('count_words[book=book01]', 0, 10), rec('count_words[book=book02]', 10, 30), rec('zipf_test[book=book02]', 30, 35), rec('summary', 35, 36)])!;
    expect(ws.work).toBe(36);
    expect(ws.span).toBe(26);
    expect(ws.path).toEqual(['count_words[book=book02]', 'zipf_test[book=book02]', 'summary']);
    expect(ws.width).toBe(2);
    expect(workSpan(dag, [])).toBeNull();
  });
});
