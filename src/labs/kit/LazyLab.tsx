import { startTransition, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { ErrorBoundary } from '../../app/ErrorBoundary.tsx';
import { requestMount } from '../../lib/mount-queue.ts';
import { createRunWaitingStore, RunWaitingContext } from '../../hooks/run-waiting.ts';

/** Tells the mount queue that the block beside it has mounted (rendered inside its Suspense). */
function Mounted({ signal }: { signal: (() => void) | null }) {
  useEffect(() => signal?.(), [signal]);
  return null;
}

/**
 * Frame for a lab (or exercise) embedded in a lesson: a placeholder until its turn in the mount
 * queue (src/lib/mount-queue.ts: one heavy part per idle period, those near the viewport first) and while its
 * code loads, and an error boundary so a broken lab shows a message in place instead of blanking
 * the page. The lab renders as a transition, in slices that yield to the browser. It also gives
 * the lab its store of runs waiting for the offline copy (src/hooks/run-waiting.ts). Main thread.
 */
export function LazyLab({ name, children }: { name: string; children: ReactNode }) {
  const placeholder = useRef<HTMLDivElement>(null);
  const [mounted, setMounted] = useState<(() => void) | null>(null);
  const granted = mounted !== null;
  const [waitingRuns] = useState(createRunWaitingStore);
  useEffect(() => {
    if (granted || !placeholder.current) return undefined;
    // A transition: React renders the lab in slices that yield to the browser (issue 18).
    return requestMount(placeholder.current, (done) => startTransition(() => setMounted(() => done)));
  }, [granted]);
  const waiting = (
    <div ref={granted ? undefined : placeholder} className="lab lab-placeholder" aria-busy="true">
      Loading the {name}…
    </div>
  );
  return (
    <ErrorBoundary what={`the ${name}`}>
      {granted ? (
        <RunWaitingContext.Provider value={waitingRuns}>
          <Suspense fallback={waiting}>
            {children}
            <Mounted signal={mounted} />
          </Suspense>
        </RunWaitingContext.Provider>
      ) : (
        waiting
      )}
    </ErrorBoundary>
  );
}
