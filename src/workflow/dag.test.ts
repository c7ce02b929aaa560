import { describe, expect, it } from 'vitest';
import { buildDag, downstreamOf, jobInputs } from './dag.ts';
import { WorkflowError } from './errors.ts';
import type { Workflow } from './rules.ts';
import { miniWordCount } from './testing/mini-workflows.ts';

const books = new Set(['data/a.txt', 'data/b.txt', 'data/c.txt']);
const exists = (f: string) => books.has(f);

function errorOf(run: () => unknown): WorkflowError {
  try {
    run();
  } catch (e) {
    if (e instanceof WorkflowError) return e;
    throw e;
  }
  throw new Error('expected a WorkflowError');
}

describe('buildDag', () => {
  it('builds one job per rule and wildcard value, in a topological order', () => {
    const dag = buildDag(miniWordCount(), ['all'], exists);
    expect([...dag.jobs.keys()].sort()).toEqual(['all', 'count[book=a]', 'count[book=b]', 'count[book=c]', 'plot[book=a]', 'plot[book=b]', 'plot[book=c]', 'summary'].sort());
    const pos = new Map(dag.order.map((id, i) => [id, i]));
    for (const job of dag.jobs.values()) for (const d of job.deps) expect(pos.get(d)!).toBeLessThan(pos.get(job.id)!);
    expect(dag.order.at(-1)).toBe('all');
    expect([...dag.sources].sort()).toEqual([...books].sort());
    expect(dag.jobs.get('summary')!.deps).toEqual(['count[book=a]', 'count[book=b]', 'count[book=c]']);
    expect(jobInputs(dag.jobs.get('plot[book=b]')!)).toEqual(['counts/b.dat']);
  });
  it('takes a file as target and builds only what it needs', () => {
    const dag = buildDag(miniWordCount(), ['plots/b.svg'], exists);
    expect(dag.order).toEqual(['count[book=b]', 'plot[book=b]']);
    expect(dag.targetJobs).toEqual(['plot[book=b]']);
  });
  it('names the rule and the file of a missing input', () => {
    const e = errorOf(() => buildDag(miniWordCount(['a', 'zzz']), ['all'], exists));
    expect(e.kind).toBe('missing-input');
    expect(e.rule).toBe('count');
    expect(e.file).toBe('data/zzz.txt');
    expect(e.message).toMatch(/Missing input for rule count: data\/zzz\.txt/);
  });
  it('refuses two rules that make one file', () => {
    const wf = miniWordCount();
    const ambiguous: Workflow = { rules: [...wf.rules, { name: 'count_fast', input: { book: 'data/{book}.txt' }, output: { dat: 'counts/{book}.dat' } }] };
    const e = errorOf(() => buildDag(ambiguous, ['all'], exists));
    expect(e.kind).toBe('ambiguous-rule');
    expect(e.message).toMatch(/Rules count and count_fast can both make counts\/a\.dat/);
  });
  it('reports a cycle with its path', () => {
    const cyclic: Workflow = {
      rules: [
        { name: 'a', input: { x: 'b.txt' }, output: { y: 'a.txt' } },
        { name: 'b', input: { x: 'a.txt' }, output: { y: 'b.txt' } },
      ],
    };
    const e = errorOf(() => buildDag(cyclic, ['a.txt'], () => false));
    expect(e.kind).toBe('cycle');
    expect(e.message).toMatch(/Cyclic dependency: a \(needs b\.txt\) → b \(needs a\.txt\) → a/);
  });
  it('refuses unknown targets, wildcard rules by name and bad rules', () => {
    expect(errorOf(() => buildDag(miniWordCount(), ['everything'], exists)).kind).toBe('unknown-target');
    expect(errorOf(() => buildDag(miniWordCount(), ['count'], exists)).message).toMatch(/Rule count has wildcards/);
    expect(errorOf(() => buildDag(miniWordCount(), ['nothing/here.txt'], exists)).message).toMatch(/The target nothing\/here\.txt does not exist/);
    const bad: Workflow = { rules: [{ name: 'p', input: { x: 'in/{other}.txt' }, output: { y: 'out/{book}.txt' } }] };
    expect(errorOf(() => buildDag(bad, ['out/a.txt'], () => true)).message).toMatch(/\{other\}.*rule p/);
    const twice: Workflow = { rules: [{ name: 'p', input: {}, output: { y: 'x' } }, { name: 'p', input: {}, output: { y: 'z' } }] };
    expect(errorOf(() => buildDag(twice, ['x'], () => true)).message).toMatch(/Two rules are named p/);
  });
  it('finds the jobs downstream of one', () => {
    const dag = buildDag(miniWordCount(), ['all'], exists);
    expect(downstreamOf(dag, 'count[book=b]').sort()).toEqual(['all', 'plot[book=b]', 'summary']);
  });
});
