import { useEffect, useState, type RefObject } from 'react';

/**
 * The content width of the element in `ref`, in CSS px (rounded down), kept up to date with a
 * ResizeObserver, so a chart can be drawn at its real width (text keeps its size on a phone and on
 * a projector). Main thread (React).
 *
 * @param initial width used until the first measurement, px
 * @param min smallest width returned, px
 */
export function useElementWidth(ref: RefObject<Element | null>, initial: number, min: number): number {
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const observer = new ResizeObserver(([entry]) => {
      const w = Math.floor(entry?.contentRect.width ?? 0);
      if (w > 0) setWidth(Math.max(min, w));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, min]);
  return width;
}
