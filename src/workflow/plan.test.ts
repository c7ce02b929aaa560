import { describe, expect, it } from 'vitest';
import { buildDag } from './dag.ts';
import { dryRunText, planJobs } from './plan.ts';
import { miniWordCount } from './testing/mini-workflows.ts';

const sources = { 'data/a.txt': 1, 'data/b.txt': 1, 'data/c.txt': 1 };

function plan(times: Record<string, number>) {
  const dag = buildDag(miniWordCount(), ['all'], (f) => f in times);
  return planJobs(dag, (f) => times[f]);
}

describe('planJobs: outdated targets', () => {
  it('runs everything when no output exists, all last', () => {
    const p = plan(sources);
    expect(p.jobs.map((j) => j.id).at(-1)).toBe('all');
    expect(p.jobs).toHaveLength(8);
    expect(p.reasons.get('count[book=a]')).toEqual({ kind: 'missing-output', file: 'counts/a.dat' });
    expect(p.reasons.get('all')!.kind).toBe('upstream');
  });
  const done = { ...sources, 'counts/a.dat': 2, 'counts/b.dat': 2, 'counts/c.dat': 2, 'plots/a.svg': 3, 'plots/b.svg': 3, 'plots/c.svg': 3, 'results/summary.csv': 3 };
  it('runs nothing when every output is newer than its inputs', () => {
    const p = plan(done);
    expect(p.jobs).toHaveLength(0);
    expect(dryRunText(p)).toMatch(/^Nothing to be done/);
  });
  it('reruns only what is downstream of a changed input', () => {
    const p = plan({ ...done, 'data/b.txt': 10 });
    expect(p.jobs.map((j) => j.id).sort()).toEqual(['all', 'count[book=b]', 'plot[book=b]', 'summary']);
    expect(p.reasons.get('count[book=b]')).toEqual({ kind: 'updated-input', file: 'data/b.txt' });
    expect(p.reasons.get('summary')).toEqual({ kind: 'upstream', file: 'counts/b.dat', job: 'count[book=b]' });
  });
  it('reruns a job whose output was deleted, and its dependents', () => {
    const { 'plots/c.svg': _, ...rest } = done;
    expect(plan(rest).jobs.map((j) => j.id)).toEqual(['plot[book=c]', 'all']);
  });
  it('writes a dry run with reasons and job counts', () => {
    const text = dryRunText(plan({ ...done, 'data/a.txt': 10 }));
    expect(text).toContain('rule count:\n    input: data/a.txt\n    output: counts/a.dat\n    wildcards: book=a\n    reason: Updated input files: data/a.txt');
    expect(text).toMatch(/count\s+1\n/);
    expect(text).toMatch(/total\s+4\n/);
    expect(text).toContain('This was a dry-run');
  });
});
