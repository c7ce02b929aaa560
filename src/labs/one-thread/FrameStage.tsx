import { useEffect, useRef } from 'react';
import type { FrameLog } from './frame-stats.ts';

/**
 * The stage changes the DOM on every REDRAW_EVERY-th frame only. Each changed frame costs the
 * browser CPU to render and composite; at 60 changes a second that was enough, on a two-core
 * computer, to take most of a core from the workers this lab is comparing. Counting stays exact:
 * every animation frame callback is logged, whether or not the stage changes.
 */
const REDRAW_EVERY = 3;

/**
 * A ball that moves and a frame counter, both driven by `requestAnimationFrame` on the main thread,
 * so they stop whenever the main thread is busy. (A CSS animation would keep moving: browsers run
 * those on the compositor thread.) Every frame's timestamp goes into `log`. The counter text is
 * written straight to the DOM, not through React state, so counting costs no re-render. Out of
 * view, frames are still counted but nothing is drawn.
 */
export function FrameStage({ log }: { log: FrameLog }) {
  const ball = useRef<HTMLSpanElement>(null);
  const track = useRef<HTMLSpanElement>(null);
  const counter = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    let frames = 0;
    let id = 0;
    let visible = true;
    const tick = (t: number): void => {
      frames++;
      log.record(t);
      id = requestAnimationFrame(tick);
      if (!visible || frames % REDRAW_EVERY !== 0) return;
      const width = (track.current?.clientWidth ?? 200) - (ball.current?.offsetWidth ?? 24);
      const period = 2400;
      const phase = (t % period) / period;
      const x = width * (phase < 0.5 ? 2 * phase : 2 - 2 * phase);
      if (ball.current) ball.current.style.transform = `translateX(${x.toFixed(1)}px)`;
      if (counter.current) counter.current.textContent = String(frames);
    };
    id = requestAnimationFrame(tick);
    // Out of view, keep counting (the log must stay right) but skip the DOM writes.
    const observer = typeof IntersectionObserver === 'function' && track.current
      ? new IntersectionObserver(([entry]) => {
        visible = entry?.isIntersecting ?? true;
      })
      : null;
    if (observer && track.current) observer.observe(track.current);
    return () => {
      observer?.disconnect();
      cancelAnimationFrame(id);
    };
  }, [log]);

  return (
    <div className="frame-stage">
      <span className="frame-track" ref={track} aria-hidden="true">
        <span className="frame-ball" ref={ball} />
      </span>
      <span className="frame-count">
        frame <span ref={counter} data-testid="frame-counter">0</span>
      </span>
    </div>
  );
}
