/**
 * Which runs of a lab are waiting for the offline copy to finish downloading
 * (src/offline/offline-copy.ts) before they start: `useRun` reports its wait to the lab's
 * store, and the lab's status line (`LabStatus`) says so in place of its running text; when
 * the wait gave up (a slow network), the store remembers it until the lab's next run, and the
 * status line warns that the timings were taken beside the download. Every lab renders inside
 * LazyLab, which provides one store per lab. Main thread (React).
 */
import { createContext, useContext, useSyncExternalStore } from 'react';

/** The runs of one lab that are waiting now. */
export interface RunWaitingStore {
  /** Marks one run as waiting; returns the function that marks it done (idempotent). */
  begin(): () => void;
  /** Number of runs waiting now. */
  count(): number;
  /** Records whether the lab's latest run started before the offline copy was complete (its wait timed out). */
  setStartedEarly(early: boolean): void;
  /** Whether the lab's latest run started before the offline copy was complete. */
  startedEarly(): boolean;
  subscribe(listener: () => void): () => void;
}

/** A new, empty store (one per lab, made by LazyLab). Any thread; never throws. */
export function createRunWaitingStore(): RunWaitingStore {
  let waiting = 0;
  let early = false;
  const listeners = new Set<() => void>();
  const notify = (): void => {
    for (const listener of [...listeners]) listener();
  };
  return {
    begin() {
      waiting += 1;
      notify();
      let done = false;
      return () => {
        if (done) return;
        done = true;
        waiting -= 1;
        notify();
      };
    },
    count: () => waiting,
    setStartedEarly(next) {
      if (next === early) return;
      early = next;
      notify();
    },
    startedEarly: () => early,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The store of the lab being rendered; outside a lab (unit tests), a store nobody reads. */
export const RunWaitingContext = createContext<RunWaitingStore>(createRunWaitingStore());

/** The store of the enclosing lab, for `useRun` to report its waits to. */
export function useRunWaitingStore(): RunWaitingStore {
  return useContext(RunWaitingContext);
}

/** True while a run of the enclosing lab waits for the offline copy; re-renders when that changes. */
export function useRunWaiting(): boolean {
  const store = useContext(RunWaitingContext);
  return useSyncExternalStore(store.subscribe, () => store.count() > 0, () => false);
}

/**
 * True when the enclosing lab's latest run started before the offline copy had finished
 * downloading (its wait gave up after OFFLINE_COPY_WAIT_MS); re-renders when that changes.
 */
export function useRunStartedEarly(): boolean {
  const store = useContext(RunWaitingContext);
  return useSyncExternalStore(store.subscribe, () => store.startedEarly(), () => false);
}
