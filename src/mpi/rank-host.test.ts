import { describe, expect, it } from 'vitest';
import { EventBatcher, hostRank } from './rank-host.ts';
import type { RankEvent } from './protocol.ts';
import type { PortLike } from './comm.ts';

describe('EventBatcher', () => {
  it('keeps order, coalesces consecutive state reports and flushes urgent events at once', () => {
    const batches: RankEvent[][] = [];
    const b = new EventBatcher((x) => batches.push(x));
    const state = (s: 'running' | 'blocked'): RankEvent => ({ k: 'state', state: s, waits: [], arrivedFrom: [], t: 0 });
    b.push({ k: 'print', text: 'a', t: 0 });
    b.push(state('blocked'));
    b.push(state('running'));
    expect(batches).toHaveLength(0);
    b.push({ k: 'done', value: 1, t: 0 }, true);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.map((e) => (e.k === 'state' ? e.state : e.k))).toEqual(['print', 'running', 'done']);
  });
});

describe('event volume of a chatty program', () => {
  it('a 5000-round ping-pong sends the page a few hundred batches, not one per message', async () => {
    const ch = new MessageChannel();
    const batches = [0, 0];
    let doneCount = 0;
    const finished = new Promise<void>((resolve) => {
      const emit = (rank: number) => (batch: RankEvent[]) => {
        batches[rank]!++;
        if (batch.some((e) => e.k === 'done' || e.k === 'error')) if (++doneCount === 2) resolve();
      };
      const source = `for (let i = 0; i < 5000; i++) {
        if (comm.rank === 0) { await comm.send(i, 1, 0); await comm.recv(1, 0); }
        else { const v = await comm.recv(0, 0); await comm.send(v, 0, 0); }
      }`;
      hostRank({ rank: 0, size: 2, source }, [null, ch.port1 as unknown as PortLike], emit(0));
      hostRank({ rank: 1, size: 2, source }, [ch.port2 as unknown as PortLike, null], emit(1));
    });
    await finished;
    ch.port1.close();
    ch.port2.close();
    // 20,000 send/recv events per rank, at most 256 per batch, plus timer flushes.
    for (const n of batches) expect(n).toBeLessThan(400);
  });
});
