import { useCallback, useRef, type ReactNode, type Ref } from 'react';
import { useMountWhenIdle } from '../../components/useMountWhenIdle.ts';

/** Props of {@link ChartBox}. */
export interface ChartBoxProps {
  /** A CSS height, e.g. `var(--chart-height, 320px)`. */
  height: string;
  /** The chart (a Recharts `ResponsiveContainer` filling the box). */
  children: ReactNode;
  /**
   * The box element, for "Chart as SVG/PNG" (ExportButtons' `chart`): the same element before
   * and after the chart mounts.
   */
  ref?: Ref<HTMLDivElement>;
  /** Hide the box from assistive technology (a lab whose table says the same). */
  'aria-hidden'?: boolean | 'true' | 'false';
}

/**
 * The box a lab's Recharts chart is drawn in: `height` tall from the first render (so nothing
 * below moves), with the chart itself mounted in an idle period once the box is within about half
 * a screen of the viewport ({@link useMountWhenIdle}). A Recharts chart costs 30–60 ms to mount on
 * a quiet machine (its store updates render synchronously, so React cannot slice them), too much
 * to add to the task that mounts the rest of its lab, and a chart far below the fold need not be
 * drawn while its lesson opens (issue 18: no main-thread task over 50 ms while a lesson opens).
 * Main thread (React).
 */
export function ChartBox({ height, children, ref, 'aria-hidden': ariaHidden }: ChartBoxProps) {
  const box = useRef<HTMLDivElement | null>(null);
  const ready = useMountWhenIdle(box);
  // The box is ours (to watch it) and the caller's (to export the chart drawn in it).
  const setBox = useCallback(
    (element: HTMLDivElement | null) => {
      box.current = element;
      if (typeof ref === 'function') ref(element);
      else if (ref) ref.current = element;
    },
    [ref],
  );
  return (
    <div className="chart-box" ref={setBox} style={{ height }} aria-hidden={ariaHidden}>
      {ready ? children : null}
    </div>
  );
}
