import type { ReactNode } from 'react';
import { useMountWhenIdle } from './useMountWhenIdle.ts';

/**
 * Renders `children` from the first idle period after it mounts, `fallback` until then: a heavy
 * part of a lab (a Recharts chart costs 30–60 ms to mount, a CodeMirror editor 20–60 ms) then
 * mounts in a task of its own instead of adding to the task that mounts the rest of the lab
 * (issue 18: no main-thread task over 50 ms while a lesson opens); {@link useMountWhenIdle} can
 * also wait until a stand-in is near the viewport (ChartBox does). At once when a browser test
 * asked for everything at once. Main thread.
 *
 * @param fallback what stands in meanwhile: give it the size of what comes, so nothing moves
 */
export function MountWhenIdle({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  const ready = useMountWhenIdle();
  return <>{ready ? children : fallback}</>;
}
