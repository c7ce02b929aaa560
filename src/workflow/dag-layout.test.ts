import { describe, expect, it } from 'vitest';
import { buildDag } from './dag.ts';
import { bookNames, wordCountWorkflow } from './word-count-workflow.ts';
import { layoutDag, layoutInput, layoutKey, NODE_WIDTH } from './dag-layout.ts';

describe('layoutDag', () => {
  it('places every job, left to right along the dependencies, without overlaps', () => {
    const books = bookNames(4);
    const dag = buildDag(wordCountWorkflow({ books }), ['all'], (f) => f.startsWith('data/'));
    const layout = layoutDag(dag);
    expect(layout.nodes).toHaveLength(dag.jobs.size);
    expect(layout.edges).toHaveLength([...dag.jobs.values()].reduce((s, j) => s + j.deps.length, 0));
    const at = new Map(layout.nodes.map((n) => [n.id, n]));
    for (const job of dag.jobs.values()) for (const d of job.deps) expect(at.get(d)!.x).toBeLessThan(at.get(job.id)!.x);
    for (const a of layout.nodes) {
      for (const b of layout.nodes) {
        if (a === b) continue;
        const apart = Math.abs(a.x - b.x) >= NODE_WIDTH || Math.abs(a.y - b.y) >= a.height;
        expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
      }
    }
    expect(at.get('count_words[book=book02]')!.subtitle).toBe('book02');
    expect(layout.width).toBeGreaterThan(4 * NODE_WIDTH);
  });
  it('gives DAGs of one shape one key', () => {
    const make = (n: number, acf = false) => layoutKey(layoutInput(buildDag(wordCountWorkflow({ books: bookNames(n), acf }), ['all'], () => true)));
    expect(make(3)).toBe(make(3));
    expect(make(3)).not.toBe(make(4));
    expect(make(3)).not.toBe(make(3, true));
  });
});
