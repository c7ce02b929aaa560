import { describe, expect, it } from 'vitest';
import { allreduce, bcast, gather, reduce, scatter, type CollectiveTransport } from './collectives.ts';
import { foldInRankOrder, foldTree } from './reduce-ops.ts';

/** In-memory transport for `size` ranks that records every send as [from, to]. */
function network(size: number) {
  const boxes = new Map<string, unknown[]>();
  const waiting = new Map<string, (v: unknown) => void>();
  const sends: [number, number][] = [];
  const key = (from: number, to: number, phase: number) => `${from}>${to}@${phase}`;
  const transport = (rank: number): CollectiveTransport => ({
    rank,
    size,
    send(dest, value, phase) {
      sends.push([rank, dest]);
      const k = key(rank, dest, phase);
      const w = waiting.get(k);
      if (w) {
        waiting.delete(k);
        w(value);
      } else boxes.set(k, [...(boxes.get(k) ?? []), value]);
    },
    recv(source, phase) {
      const k = key(source, rank, phase);
      const box = boxes.get(k);
      if (box && box.length > 0) return Promise.resolve(box.shift());
      return new Promise((resolve) => waiting.set(k, resolve));
    },
  });
  return { transport, sends };
}

describe('binomial-tree bcast', () => {
  it.each([1, 2, 3, 5, 6, 7, 8, 13])('reaches all %i ranks with size-1 messages in ceil(log2 p) rounds', async (size) => {
    for (const root of [0, size - 1, Math.floor(size / 2)]) {
      const { transport, sends } = network(size);
      const got = await Promise.all(Array.from({ length: size }, (_, r) => bcast(transport(r), r === root ? 'v' : null, root)));
      expect(got).toEqual(new Array(size).fill('v'));
      expect(sends).toHaveLength(size - 1);
      const receivers = sends.map(([, to]) => to).sort((a, b) => a - b);
      expect(receivers).toEqual(Array.from({ length: size }, (_, r) => r).filter((r) => r !== root));
      const fromRoot = sends.filter(([from]) => from === root).length;
      expect(fromRoot).toBe(Math.ceil(Math.log2(size)));
    }
  });
});

describe('scatter and gather', () => {
  it('round-trip on 5 ranks with root 3', async () => {
    const { transport } = network(5);
    const pieces = await Promise.all(Array.from({ length: 5 }, (_, r) => scatter(transport(r), r === 3 ? ['a', 'b', 'c', 'd', 'e'] : null, 3)));
    expect(pieces).toEqual(['a', 'b', 'c', 'd', 'e']);
    const back = await Promise.all(pieces.map((p, r) => gather(transport(r), p.toUpperCase(), 3)));
    expect(back[3]).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(back.filter((b) => b !== undefined)).toHaveLength(1);
  });

  it('scatter needs exactly one item per rank on the root', async () => {
    const { transport } = network(3);
    await expect(scatter(transport(0), [1, 2], 0)).rejects.toThrow(/exactly 3 items/);
    await expect(scatter(transport(0), [1, 2, 3], 4)).rejects.toThrow(/root must be a rank in \[0, 3\)/);
  });
});

describe('reduce in rank order and along mpi4py\'s tree', () => {
  const paren = (x: unknown, y: unknown) => `(${String(x)}${String(y)})`;
  it.each([1, 2, 3, 4, 5, 7, 8])('on %i ranks, every root: the fold of the chosen order, on the root only', async (size) => {
    const values = Array.from({ length: size }, (_, r) => String.fromCharCode(97 + r));
    for (const root of new Set([0, size - 1, Math.floor(size / 2)])) {
      for (const order of ['rank', 'tree'] as const) {
        const { transport } = network(size);
        const got = await Promise.all(values.map((v, r) => reduce(transport(r), v, paren, root, 0, order)));
        const expected = order === 'rank' ? foldInRankOrder(values, paren) : foldTree(values, paren);
        expect(got).toEqual(values.map((_, r) => (r === root ? expected : undefined)));
      }
    }
  });

  it('sends what mpi4py sends: 4 messages on 4 ranks (3 → 1 carries a partial nobody uses), 1 more for root 3', async () => {
    for (const [root, pairs] of [[0, [[1, 0], [3, 2], [2, 0], [3, 1]]], [3, [[1, 0], [3, 2], [2, 0], [3, 1], [0, 3]]]] as const) {
      const { transport, sends } = network(4);
      await Promise.all([0, 1, 2, 3].map((r) => reduce(transport(r), r, 'SUM', root, 0, 'tree')));
      expect(sends.map(([a, b]) => `${a}>${b}`).sort()).toEqual(pairs.map(([a, b]) => `${a}>${b}`).sort());
    }
  });

  it('allreduce gives every rank the tree result; an unknown order is refused', async () => {
    const { transport } = network(7);
    const got = await Promise.all(Array.from({ length: 7 }, (_, r) => allreduce(transport(r), String(r), paren, 'tree')));
    expect(got).toEqual(new Array(7).fill('(((01)(23))((45)6))'));
    await expect(reduce(network(2).transport(0), 1, 'SUM', 0, 0, 'random' as never)).rejects.toThrow(/order must be 'rank' or 'tree'/);
  });
});
