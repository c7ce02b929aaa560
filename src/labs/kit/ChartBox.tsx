import type { ReactNode } from 'react';
import { MountWhenIdle } from './MountWhenIdle.tsx';

/**
 * The box a lab's Recharts chart is drawn in: `height` tall from the first render (so nothing
 * below moves), with the chart itself mounted in the next idle period ({@link MountWhenIdle}). A
 * Recharts chart costs 30–60 ms to mount, too much to add to the task that mounts the rest of its
 * lab (issue 18: no main-thread task over 50 ms while a lesson opens). Main thread (React).
 *
 * @param height a CSS height, e.g. `var(--chart-height, 320px)`
 */
export function ChartBox({ height, children }: { height: string; children: ReactNode }) {
  return (
    <div className="chart-box" style={{ height }}>
      <MountWhenIdle>{children}</MountWhenIdle>
    </div>
  );
}
