/**
 * When a heavy part of the page (a Recharts chart, a CodeMirror editor) may mount: in an idle
 * period of its own, and, when given the element that stands in for it, only once that element is
 * within about half a screen of the viewport. A part far below the fold then costs nothing while
 * its lesson opens, and mounts in a task of its own as the reader scrolls towards it (issue 18:
 * no main-thread task over 50 ms while a lesson opens). Main thread (React, DOM).
 */
import { startTransition, useEffect, useState, type RefObject } from 'react';
import { mountAllAtOnce, whenIdle } from '../lib/idle.ts';

/** Parts waiting for their turn, first come first served. */
const waiting: (() => void)[] = [];
let turnPending = false;

/** Grants the next waiting part its turn in an idle period, then asks for the next period. */
function pump(): void {
  if (turnPending || waiting.length === 0) return;
  turnPending = true;
  whenIdle(() => {
    turnPending = false;
    waiting.shift()?.();
    // An idle callback requested during an idle period runs in the next one, after the task that
    // renders the part just granted: one heavy part per task.
    pump();
  });
}

/**
 * Calls `grant` in an idle period of its own: one waiting part per idle period, page-wide, so
 * that editors or charts that become ready together (a long lesson has several) do not mount in
 * one task; several requestIdleCallback callbacks due in the same period would otherwise run
 * together, and React would commit all their parts at once. Main thread.
 *
 * @returns a function that withdraws the request if it has not been granted yet
 */
function takeIdleTurn(grant: () => void): () => void {
  const entry = (): void => grant();
  waiting.push(entry);
  pump();
  return () => {
    const i = waiting.indexOf(entry);
    if (i >= 0) waiting.splice(i, 1);
  };
}

/** How far outside the viewport a stand-in counts as near (CSS margin: half a screen). */
export const NEAR_VIEWPORT_MARGIN = '50% 0px';

/**
 * Whether the heavy part may mount yet. False on the first render; set (as a transition, so React
 * renders the part in slices) in an idle period after the component mounted, one part per idle
 * period page-wide, or, with
 * `near`, after `near.current` came within {@link NEAR_VIEWPORT_MARGIN} of the viewport. True at
 * once when a browser test asked for everything at once ({@link mountAllAtOnce}), and where
 * IntersectionObserver is missing `near` is ignored. Once true it stays true.
 *
 * @param near the stand-in element (it must be rendered while this returns false)
 */
export function useMountWhenIdle(near?: RefObject<Element | null>): boolean {
  const [ready, setReady] = useState(mountAllAtOnce);
  useEffect(() => {
    if (ready) return undefined;
    let cancelIdle: (() => void) | undefined;
    const mountSoon = (): void => {
      cancelIdle ??= takeIdleTurn(() => startTransition(() => setReady(true)));
    };
    const element = near?.current;
    if (!element || typeof IntersectionObserver !== 'function') {
      mountSoon();
      return () => cancelIdle?.();
    }
    const observer = new IntersectionObserver(
      (records) => {
        if (!records.some((r) => r.isIntersecting)) return;
        observer.disconnect();
        mountSoon();
      },
      { rootMargin: NEAR_VIEWPORT_MARGIN },
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      cancelIdle?.();
    };
  }, [ready, near]);
  return ready;
}
