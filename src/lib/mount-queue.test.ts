import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for a placeholder element: its document position is `order`. */
function element(order: number): Element {
  return {
    order,
    compareDocumentPosition(other: { order: number }) {
      return other.order < order ? 2 /* PRECEDING */ : 4 /* FOLLOWING */;
    },
  } as unknown as Element;
}

describe('mount queue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.resetModules();
    vi.stubGlobal('Node', { DOCUMENT_POSITION_PRECEDING: 2 });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('grants one block per turn, in document order, each after the previous one mounted', async () => {
    const { requestMount, pendingMounts } = await import('./mount-queue.ts');
    const granted: number[] = [];
    const done: (() => void)[] = [];
    for (const order of [3, 1, 2]) requestMount(element(order), (mounted) => { granted.push(order); done.push(mounted); });
    expect(granted).toEqual([]); // never in the task that asked
    await vi.advanceTimersByTimeAsync(100);
    expect(granted).toEqual([1]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(granted).toEqual([1]); // waits for block 1 to mount
    done[0]!();
    await vi.advanceTimersByTimeAsync(100);
    expect(granted).toEqual([1, 2]);
    done[1]!();
    await vi.advanceTimersByTimeAsync(100);
    expect(granted).toEqual([1, 2, 3]);
    expect(pendingMounts()).toBe(0);
  });

  it('gives the next block its turn when a granted one never reports (after the timeout)', async () => {
    const { requestMount } = await import('./mount-queue.ts');
    const granted: number[] = [];
    requestMount(element(1), () => granted.push(1));
    requestMount(element(2), () => granted.push(2));
    await vi.advanceTimersByTimeAsync(100);
    expect(granted).toEqual([1]);
    await vi.advanceTimersByTimeAsync(3200);
    expect(granted).toEqual([1, 2]);
  });

  it('forgets a withdrawn request', async () => {
    const { requestMount, pendingMounts } = await import('./mount-queue.ts');
    const granted: number[] = [];
    const withdraw = requestMount(element(1), () => granted.push(1));
    requestMount(element(2), (mounted) => { granted.push(2); mounted(); });
    withdraw();
    expect(pendingMounts()).toBe(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(granted).toEqual([2]);
  });

  it('grants a part without a placeholder (an editor, a chart) before far blocks, in the order asked', async () => {
    const { requestMount } = await import('./mount-queue.ts');
    const granted: string[] = [];
    requestMount(element(1), (mounted) => { granted.push('block 1'); mounted(); });
    requestMount(null, (mounted) => { granted.push('editor a'); mounted(); });
    requestMount(null, (mounted) => { granted.push('editor b'); mounted(); });
    for (let k = 0; k < 3; k++) await vi.advanceTimersByTimeAsync(100);
    // No IntersectionObserver here: no block counts as near, a part without a placeholder does.
    expect(granted).toEqual(['editor a', 'editor b', 'block 1']);
  });

  it('grants at once when a test asked for every block at once', async () => {
    vi.stubGlobal('__parallelLabMountAll', true);
    const { requestMount } = await import('./mount-queue.ts');
    const granted: number[] = [];
    requestMount(element(1), () => granted.push(1));
    requestMount(element(2), () => granted.push(2));
    expect(granted).toEqual([1, 2]);
  });
});
