import { describe, expect, it } from 'vitest';
import { integrate2d } from '../kernels/integrate2d.ts';
import { combineSlots, createPartialSlots, integrateIntoSlot, viewPartialSlots } from './partial-sums.ts';
import { runInThreads } from './testing/run-in-threads.ts';

const pyE = (x: number) => x.toExponential(6).replace(/e([+-])(\d)$/, 'e$10$2');

describe('shared partial sums (multiprocessing.Array("d", ...) counterpart)', () => {
  it('4 threads writing their own slots give the course figure for n = 2000, bit for bit like the message version', async () => {
    const n = 2000;
    const view = createPartialSlots(4);
    await runInThreads([0, 1, 2, 3].map((rank) => ({ name: 'integrate' as const, buffer: view.buffer, n, rank })));
    expect(Atomics.load(view.finished, 0)).toBe(4);
    expect(combineSlots(view)).toBe(integrate2d(n, 4));
    expect(view.slots.every((s) => s !== 0)).toBe(true);
  });

  it('reproduces 4.492851e-12 for the course grid n = 10000 on 4 slots', () => {
    const view = createPartialSlots(4);
    for (let rank = 0; rank < 4; rank++) integrateIntoSlot(view.buffer, 10_000, rank);
    expect(pyE(combineSlots(view))).toBe('4.492851e-12');
  });

  it('refuses to combine before every worker has written its slot', () => {
    const view = createPartialSlots(3);
    integrateIntoSlot(view.buffer, 30, 0);
    expect(() => combineSlots(view)).toThrow(/only 1 of 3 workers/);
  });

  it('rejects a buffer that is not a partial-sums buffer', () => {
    expect(() => viewPartialSlots(new SharedArrayBuffer(12))).toThrow(/not a partial-sums buffer/);
    expect(() => createPartialSlots(0)).toThrow(/size must be a positive integer/);
  });
});
