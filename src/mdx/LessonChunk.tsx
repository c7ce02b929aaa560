/**
 * A long lesson renders a chunk at a time: the build wraps its top-level blocks in
 * `<LessonChunk index={i}>` (scripts/rehype-lesson-chunks.ts: a chunk per section, at most a dozen
 * blocks), the first chunk renders with the page and each further one in the next idle period, as
 * a transition, so no single task renders and lays out the whole lesson. {@link LessonChunks}
 * renders every chunk at once when asked (a link to a section, so the target exists at once) and
 * before printing. Outside a {@link LessonChunks} every chunk renders at once. Main thread.
 */
import { createContext, startTransition, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { mountAllAtOnce, whenIdle } from '../lib/idle.ts';

interface ChunkState {
  /** Chunks with a lower index render. */
  shown: number;
  /** A chunk waits: show one more in the next idle period. */
  request: () => void;
  /** The last chunk has rendered. */
  complete: () => void;
}

const ChunkContext = createContext<ChunkState>({ shown: Infinity, request: () => {}, complete: () => {} });

/**
 * Provider of the chunk counter for one lesson body.
 * @param all render every chunk at once (a section link)
 * @param onComplete called once the last chunk has rendered
 */
export function LessonChunks({ all, onComplete, children }: { all: boolean; onComplete?: () => void; children: ReactNode }) {
  const [shown, setShown] = useState(() => (all || mountAllAtOnce() ? Infinity : 1));
  const cancel = useRef<(() => void) | null>(null);
  const request = useCallback(() => {
    if (cancel.current) return;
    cancel.current = whenIdle(() => {
      cancel.current = null;
      startTransition(() => setShown((n) => n + 1));
    });
  }, []);
  useEffect(() => {
    const everything = (): void => flushSync(() => setShown(Infinity));
    window.addEventListener('beforeprint', everything);
    return () => {
      window.removeEventListener('beforeprint', everything);
      cancel.current?.();
      cancel.current = null;
    };
  }, []);
  // A section link followed later (the hash appears) shows everything from then on.
  const complete = useCallback(() => onComplete?.(), [onComplete]);
  const value = useMemo(() => ({ shown: all ? Infinity : shown, request, complete }), [all, shown, request, complete]);
  return <ChunkContext.Provider value={value}>{children}</ChunkContext.Provider>;
}

/** One chunk of a lesson body (written by the build, never by hand). */
export function LessonChunk({ index, last = false, children }: { index: number; last?: boolean; children?: ReactNode }) {
  const { shown, request, complete } = useContext(ChunkContext);
  const visible = index < shown;
  useEffect(() => {
    if (visible && last) complete();
  }, [visible, last, complete]);
  // Every waiting chunk asks again after each step (the provider keeps one request at a time).
  useEffect(() => {
    if (!visible) request();
  }, [visible, request, shown]);
  return visible ? <>{children}</> : null;
}
