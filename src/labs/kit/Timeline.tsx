import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useElementWidth } from '../../hooks/useElementWidth.ts';
import { clampView, formatDuration, laneStats, niceTicks, zoomView, type TimelineBar, type View } from './timeline-model.ts';
import '../../styles/timeline.css';

/** Props of {@link Timeline}. */
export interface TimelineProps {
  /** Bars in ms since the run started (finished tasks, and running ones with `running`). */
  bars: readonly TimelineBar[];
  /** Number of workers (lanes), including idle ones. */
  workers: number;
  /** Wall time of the run so far or in all (ms): the right edge and the denominator of utilisation. */
  wall: number;
  /** Accessible name and caption. */
  label?: string;
  /** Cores the browser reports: lanes beyond them are marked as oversubscribed. */
  cores?: number;
  /**
   * Right edge of the time axis (ms), when several timelines share one axis (the serial and the
   * parallel run of a demo); default `wall`. Utilisation is still busy time / `wall`.
   */
  extent?: number;
  /** What a lane is, in the caption and details (default "worker"; e.g. "slot"); lanes are labelled by its first letter. */
  laneName?: string;
}

const LANE = 22;
const GAP = 4;
const AXIS = 22;
const GUTTER = 34;
const UTIL = 46;
/** Above this many visible bars, lanes are drawn as paths (hover by position, arrow keys to step). */
const MAX_ELEMENTS = 300;

/**
 * A Gantt chart of a pool run drawn from its real timing records: one lane per worker, one bar per
 * task, gaps where a worker was idle, details on hover or keyboard focus, zoom with the buttons or
 * Ctrl + wheel, and each worker's utilisation (busy time / wall time) at the end of its lane.
 * SVG, drawn only for the visible window. Main thread (React).
 */
export function Timeline({ bars, workers, wall, label = 'Timeline of the run', cores, extent: axisEnd, laneName = 'worker' }: TimelineProps) {
  const box = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const width = useElementWidth(box, 640, 260);
  const [zoom, setZoom] = useState<View | null>(null);
  const [active, setActive] = useState<TimelineBar | null>(null);
  const id = useId();
  const extent = Math.max(wall, axisEnd ?? 0, 1);
  const lanes = (n: number) => `${n} ${laneName}${n === 1 ? '' : 's'}`;
  const view = zoom ? clampView(zoom, extent) : { start: 0, end: extent };

  const plotLeft = GUTTER;
  const plotWidth = Math.max(100, width - GUTTER - UTIL);
  const x = (t: number) => plotLeft + ((t - view.start) / (view.end - view.start)) * plotWidth;
  const height = AXIS + workers * (LANE + GAP);

  // Ctrl/⌘ + wheel zooms around the pointer; plain wheel keeps scrolling the page.
  const viewRef = useRef(view);
  useEffect(() => {
    viewRef.current = view;
  });
  useEffect(() => {
    const el = svg.current;
    if (!el) return undefined;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      const rect = el.getBoundingClientRect();
      const v = viewRef.current;
      const anchor = v.start + ((event.clientX - rect.left - plotLeft) / plotWidth) * (v.end - v.start);
      setZoom(zoomView(v, event.deltaY < 0 ? 0.8 : 1.25, Math.min(Math.max(anchor, v.start), v.end), extent, extent / 1e4));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [extent, plotLeft, plotWidth]);

  const stats = useMemo(() => laneStats(bars, workers, wall), [bars, workers, wall]);
  const ticks = useMemo(() => niceTicks(view.start, view.end, Math.max(2, Math.floor(plotWidth / 90))), [view.start, view.end, plotWidth]);
  const visible = useMemo(() => bars.filter((b) => b.end >= view.start && b.start <= view.end), [bars, view.start, view.end]);
  // Many bars: one path per lane instead of one element per bar (cheap to render), with hover
  // found by position and the arrow keys stepping through the bars.
  const dense = visible.length > MAX_ELEMENTS;
  const lanePaths = useMemo(() => {
    if (!dense) return [];
    const parts = new Map<string, string[]>();
    for (const b of visible) {
      const kind = b.running ? 'timeline-bar timeline-bar-running' : b.task % 2 ? 'timeline-bar timeline-bar-odd' : 'timeline-bar';
      const y = AXIS + b.worker * (LANE + GAP) + 2;
      const x0 = plotLeft + ((b.start - view.start) / (view.end - view.start)) * plotWidth;
      const w = Math.max(0.75, ((b.end - b.start) / (view.end - view.start)) * plotWidth);
      const list = parts.get(kind) ?? [];
      list.push(`M${x0.toFixed(2)} ${y}h${w.toFixed(2)}v${LANE - 4}h${(-w).toFixed(2)}z`);
      parts.set(kind, list);
    }
    return [...parts].map(([className, d]) => ({ key: className, className, d: d.join('') }));
  }, [dense, visible, view.start, view.end, plotLeft, plotWidth]);
  const ordered = useMemo(() => [...bars].sort((a, b) => a.start - b.start || a.worker - b.worker), [bars]);
  const pick = (clientX: number, clientY: number): TimelineBar | null => {
    const rect = svg.current?.getBoundingClientRect();
    if (!rect) return null;
    const t = view.start + ((clientX - rect.left - plotLeft) / plotWidth) * (view.end - view.start);
    const lane = Math.floor((clientY - rect.top - AXIS) / (LANE + GAP));
    const slack = (3 / plotWidth) * (view.end - view.start);
    let best: TimelineBar | null = null;
    for (const b of visible) {
      if (b.worker === lane && b.start - slack <= t && t <= b.end + slack && (!best || Math.abs((b.start + b.end) / 2 - t) < Math.abs((best.start + best.end) / 2 - t))) best = b;
    }
    return best;
  };
  // Keyboard: the chart is ONE tab stop. Dense: the SVG itself, the arrow keys move the
  // highlighted bar. Otherwise a roving tab stop on the bars: the active (or first) bar has
  // tabIndex 0, the others -1, and the arrow keys (Home, End) move the focus between them.
  const steppable = useMemo(() => {
    if (dense) return ordered;
    const shown = new Set(visible);
    return ordered.filter((b) => shown.has(b));
  }, [dense, ordered, visible]);
  const stop = active && steppable.includes(active) ? active : (steppable[0] ?? null);
  const keyOf = (b: TimelineBar) => `${b.worker}-${b.task}-${b.running ? 'r' : 'd'}`;
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    const key = focusNext.current;
    if (key === null) return;
    focusNext.current = null;
    svg.current?.querySelector<SVGElement>(`[data-key="${key}"]`)?.focus();
  });
  const step = (delta: number | 'first' | 'last') => {
    if (steppable.length === 0) return;
    const i = active ? steppable.indexOf(active) : -1;
    const to = delta === 'first' ? 0 : delta === 'last' ? steppable.length - 1 : Math.min(steppable.length - 1, Math.max(0, i < 0 ? 0 : i + delta));
    const next = steppable[to] ?? null;
    setActive(next);
    if (!dense && next) focusNext.current = keyOf(next);
  };
  const onKeyDown = (e: { key: string; preventDefault(): void }) => {
    const delta = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : e.key === 'Home' ? 'first' : e.key === 'End' ? 'last' : 0;
    if (!delta) return;
    e.preventDefault();
    step(delta);
  };
  const zoomed = view.end - view.start < extent * 0.999;
  const totalBusy = stats.reduce((s, l) => s + l.busy, 0);

  const zoomBy = (factor: number) => setZoom(zoomView(view, factor, (view.start + view.end) / 2, extent, extent / 1e4));
  const describe = (b: TimelineBar) =>
    `${b.label ?? `Task ${b.task}`} on ${laneName} ${b.worker}: started at ${formatDuration(b.start)}, ${b.running ? 'running for' : 'took'} ${formatDuration(b.end - b.start)}`;

  return (
    <figure className="timeline" aria-labelledby={`${id}-cap`} data-testid="timeline" data-lanes={workers} data-bars={bars.filter((b) => !b.running).length}>
      <figcaption id={`${id}-cap`} className="timeline-caption">
        {label}
        <span className="timeline-summary">
          {' '}· {bars.length} bar{bars.length === 1 ? '' : 's'} on {lanes(workers)}, wall time {formatDuration(wall)}
          {workers > 0 && wall > 0 ? `, pool utilisation ${Math.round((100 * totalBusy) / (workers * wall))} %` : ''}
        </span>
      </figcaption>
      <div className="timeline-tools">
        <button type="button" onClick={() => zoomBy(0.5)} aria-label="Zoom in">+</button>
        <button type="button" onClick={() => zoomBy(2)} disabled={!zoomed} aria-label="Zoom out">−</button>
        <button type="button" onClick={() => setZoom(null)} disabled={!zoomed}>Whole run</button>
        {zoomed ? (
          <label className="timeline-pan">
            <span>Scroll</span>
            <input
              type="range"
              min={0}
              max={Math.max(0, extent - (view.end - view.start))}
              step={(extent - (view.end - view.start)) / 200 || 1}
              value={view.start}
              onChange={(e) => setZoom({ start: Number(e.target.value), end: Number(e.target.value) + (view.end - view.start) })}
            />
          </label>
        ) : (
          <small className="timeline-hint">Ctrl + wheel zooms too.</small>
        )}
      </div>
      <div ref={box} className="timeline-box">
        <svg
          ref={svg}
          width={width}
          height={height}
          role="group"
          aria-label={`${label}: ${workers} lanes; use the arrow keys to step through the tasks`}
          className="timeline-svg"
          data-dense={dense ? 'true' : undefined}
          tabIndex={dense ? 0 : undefined}
          onMouseMove={dense ? (e) => { const b = pick(e.clientX, e.clientY); if (b) setActive(b); } : undefined}
          onKeyDown={onKeyDown}
        >
          <defs>
            <clipPath id={`${id}-clip`}>
              <rect x={plotLeft} y={0} width={plotWidth} height={height} />
            </clipPath>
          </defs>
          {ticks.map((t) => (
            <g key={t}>
              <line x1={x(t)} x2={x(t)} y1={AXIS - 4} y2={height} className="timeline-grid" />
              <text x={x(t)} y={AXIS - 8} className="timeline-tick" textAnchor="middle">
                {formatDuration(t)}
              </text>
            </g>
          ))}
          {stats.map((s) => {
            const y = AXIS + s.worker * (LANE + GAP);
            const over = cores !== undefined && s.worker >= cores;
            return (
              <g key={s.worker} data-testid="timeline-lane">
                <rect x={plotLeft} y={y} width={plotWidth} height={LANE} className={`timeline-lane${over ? ' timeline-lane-over' : ''}`} />
                <text x={GUTTER - 6} y={y + LANE / 2 + 4} textAnchor="end" className="timeline-label">
                  {laneName.charAt(0)}{s.worker}
                </text>
                <text x={width - 4} y={y + LANE / 2 + 4} textAnchor="end" className="timeline-util" data-testid="timeline-util">
                  {Math.round(100 * s.utilisation)} %
                </text>
              </g>
            );
          })}
          <g clipPath={`url(#${id}-clip)`}>
            {dense
              ? lanePaths.map((p) => <path key={p.key} d={p.d} className={p.className} data-testid="timeline-lane-path" />)
              : visible.map((b) => {
                  const y = AXIS + b.worker * (LANE + GAP) + 2;
                  const x0 = x(b.start);
                  const w = Math.max(1, x(b.end) - x0);
                  return (
                    <rect
                      key={keyOf(b)}
                      data-key={keyOf(b)}
                      x={x0}
                      y={y}
                      width={w}
                      height={LANE - 4}
                      rx={w > 6 ? 2 : 0}
                      className={`timeline-bar${b.task % 2 ? ' timeline-bar-odd' : ''}${b.running ? ' timeline-bar-running' : ''}${active === b ? ' timeline-bar-active' : ''}`}
                      data-testid={b.running ? 'timeline-running' : 'timeline-bar'}
                      tabIndex={b === stop ? 0 : -1}
                      role="img"
                      aria-label={describe(b)}
                      onMouseEnter={() => setActive(b)}
                      onFocus={() => setActive(b)}
                    />
                  );
                })}
            {dense && active ? (
              <rect
                x={x(active.start)}
                y={AXIS + active.worker * (LANE + GAP) + 2}
                width={Math.max(1, x(active.end) - x(active.start))}
                height={LANE - 4}
                className="timeline-bar timeline-bar-active"
              />
            ) : null}
          </g>
        </svg>
      </div>
      <p className="timeline-detail" aria-live="polite" data-testid="timeline-detail">
        {active ? describe(active) : bars.length > 0 ? `Hover over a bar (or Tab to the chart and use the arrow keys) for its details. The % at the end of each lane is its utilisation.` : 'No tasks yet.'}
      </p>
    </figure>
  );
}
