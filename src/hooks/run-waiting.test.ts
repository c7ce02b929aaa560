import { describe, expect, it } from 'vitest';
import { createRunWaitingStore } from './run-waiting.ts';

describe('createRunWaitingStore', () => {
  it('counts the runs waiting, each marked done once however often its done is called', () => {
    const store = createRunWaitingStore();
    let notified = 0;
    const unsubscribe = store.subscribe(() => notified++);
    const first = store.begin();
    const second = store.begin();
    expect(store.count()).toBe(2);
    first();
    first();
    expect(store.count()).toBe(1);
    second();
    expect(store.count()).toBe(0);
    expect(notified).toBe(4);
    unsubscribe();
    store.begin();
    expect(notified).toBe(4);
  });

  it("remembers whether the lab's latest run started before the offline copy was complete, and notifies on a change only", () => {
    const store = createRunWaitingStore();
    let notified = 0;
    store.subscribe(() => notified++);
    expect(store.startedEarly()).toBe(false);
    store.setStartedEarly(true);
    store.setStartedEarly(true);
    expect(store.startedEarly()).toBe(true);
    store.setStartedEarly(false);
    expect(store.startedEarly()).toBe(false);
    expect(notified).toBe(2);
  });
});
