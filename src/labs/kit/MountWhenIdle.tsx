import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { mountAllAtOnce, whenIdle } from '../../lib/idle.ts';

/**
 * Renders `children` from the first idle period after it mounts, `fallback` until then: a heavy
 * part of a lab (a Recharts chart costs 30–60 ms to mount) then mounts in a task of its own instead
 * of adding to the task that mounts the rest of the lab (issue 18: no main-thread task over 50 ms
 * while a lesson opens). At once when a browser test asked for everything at once
 * ({@link mountAllAtOnce}). Main thread.
 *
 * @param fallback what stands in meanwhile: give it the size of what comes, so nothing moves
 */
export function MountWhenIdle({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  const [ready, setReady] = useState(mountAllAtOnce);
  useEffect(() => {
    if (ready) return undefined;
    return whenIdle(() => startTransition(() => setReady(true)));
  }, [ready]);
  return <>{ready ? children : fallback}</>;
}
