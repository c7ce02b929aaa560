/**
 * When a heavy part of the page (a Recharts chart, a CodeMirror editor) may mount: in an idle
 * period of its own, and, when given the element that stands in for it, only once that element is
 * within about half a screen of the viewport. A part far below the fold then costs nothing while
 * its lesson opens, and mounts in a task of its own as the reader scrolls towards it (issue 18:
 * no main-thread task over 50 ms while a lesson opens). Main thread (React, DOM).
 */
import { startTransition, useEffect, useRef, useState, type RefObject } from 'react';
import { mountAllAtOnce } from '../lib/idle.ts';
import { requestMount } from '../lib/mount-queue.ts';

/** How far outside the viewport a stand-in counts as near (CSS margin: half a screen). */
export const NEAR_VIEWPORT_MARGIN = '50% 0px';

/**
 * Whether the heavy part may mount yet. False on the first render; set (as a transition, so React
 * renders the part in slices) when the page's mount queue (src/lib/mount-queue.ts: one heavy
 * part per idle period, page-wide, lesson blocks included) grants the part its turn, or, with
 * `near`, its turn asked for once `near.current` came within {@link NEAR_VIEWPORT_MARGIN} of the
 * viewport. The next part's turn waits until this one has committed. True at once when a browser
 * test asked for everything at once ({@link mountAllAtOnce}), and where IntersectionObserver is
 * missing `near` is ignored. Once true it stays true. Main thread (React).
 *
 * @param near the stand-in element (it must be rendered while this returns false)
 */
export function useMountWhenIdle(near?: RefObject<Element | null>): boolean {
  const [ready, setReady] = useState(mountAllAtOnce);
  // The queue's "mounted" callback of the granted turn, called once the part has committed.
  const release = useRef<(() => void) | null>(null);
  useEffect(() => {
    if (!ready) return undefined;
    release.current?.();
    release.current = null;
    return undefined;
  }, [ready]);
  // Unmounted after the grant but before the commit: give the turn back at once.
  useEffect(() => () => release.current?.(), []);
  useEffect(() => {
    if (ready) return undefined;
    let withdraw: (() => void) | undefined;
    const element = near?.current ?? null;
    const mountSoon = (): void => {
      withdraw ??= requestMount(element, (mounted) => {
        release.current = mounted;
        startTransition(() => setReady(true));
      });
    };
    if (!element || typeof IntersectionObserver !== 'function') {
      mountSoon();
      return () => withdraw?.();
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
      withdraw?.();
    };
  }, [ready, near]);
  return ready;
}
