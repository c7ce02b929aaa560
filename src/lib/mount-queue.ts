/**
 * The page's one queue of heavy parts waiting to mount: lesson blocks (labs, exercise cards, via
 * LazyLab), Recharts charts and CodeMirror editors (via useMountWhenIdle). Each part asks for its
 * turn with {@link requestMount}; the queue grants one turn per idle period (requestIdleCallback,
 * or a short timeout where it is missing), and the next turn waits until the granted part reports
 * that it has mounted, so that no two heavy parts commit in the same task (issue 18: no
 * main-thread task over 50 ms while a lesson opens). Parts near the viewport go first (an
 * IntersectionObserver with a margin of about a screen), then the rest in document order; a part
 * without a placeholder element (an editor inside a block already granted) counts as near, in the
 * order it asked.
 * Building a CodeMirror editor forces a style and layout pass: done on a page whose layout is
 * already clean, that pass is short; done in the same task as the lesson's first render it lays
 * out the whole lesson (the cause of 150–270 ms tasks measured before this queue).
 *
 * Main thread only (DOM). Test hook: `window.__parallelLabMountAll = true` (set before the page
 * loads) grants every request at once, as before the queue, so a browser test can compare both.
 */
import { mountAllAtOnce, whenIdle } from './idle.ts';

interface Entry {
  /** The part's placeholder in the page, or null for a part without one (see the module's doc). */
  element: Element | null;
  grant: (mounted: () => void) => void;
  near: boolean;
}

/**
 * Longest wait for a granted block to report that it has mounted before the next turn, ms (a
 * block whose code is slow to load must not hold the others back for ever).
 */
const MOUNT_TIMEOUT_MS = 3000;

/** How far outside the viewport a block counts as near (CSS margin). */
const NEAR_MARGIN = '100% 0px';
/** Longest wait for an idle period before a turn is granted anyway, ms. */
const IDLE_TIMEOUT_MS = 250;

const pending: Entry[] = [];
let observer: IntersectionObserver | undefined;
let scheduled = false;
/** The granted block not yet mounted: the next turn waits for it (see {@link requestMount}). */
let mounting: { done: () => void } | null = null;

/**
 * The entry to grant next: the first near one in document order, else the first in document
 * order; between a part without a placeholder and another, the one that asked first.
 */
function next(): Entry | undefined {
  let best: Entry | undefined;
  for (const e of pending) {
    if (!best) best = e;
    else if (e.near !== best.near) best = e.near ? e : best;
    else if (best.element && e.element && best.element.compareDocumentPosition(e.element) & Node.DOCUMENT_POSITION_PRECEDING) best = e;
  }
  return best;
}

function schedule(): void {
  if (scheduled || mounting || pending.length === 0) return;
  scheduled = true;
  // A frame first (so the text that is already rendered gets painted), then an idle period.
  const afterFrame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame : (f: () => void) => setTimeout(f, 16);
  afterFrame(() =>
    void whenIdle(() => {
      scheduled = false;
      const entry = next();
      if (!entry) return;
      remove(entry);
      // Its lazy code may take a while to load: the next turn waits until it has mounted (its
      // commit then contains this block alone), or until the timeout.
      const turn = {
        done: (): void => {
          if (mounting !== turn) return;
          clearTimeout(timer);
          mounting = null;
          schedule();
        },
      };
      mounting = turn;
      const timer = setTimeout(turn.done, MOUNT_TIMEOUT_MS);
      entry.grant(turn.done);
    }, IDLE_TIMEOUT_MS),
  );
}

function remove(entry: Entry): void {
  const i = pending.indexOf(entry);
  if (i >= 0) pending.splice(i, 1);
  if (entry.element) observer?.unobserve(entry.element);
}

function observe(element: Element): void {
  if (typeof IntersectionObserver !== 'function') return;
  observer ??= new IntersectionObserver(
    (records) => {
      for (const r of records) {
        const e = pending.find((p) => p.element === r.target);
        if (e) e.near = r.isIntersecting;
      }
    },
    { rootMargin: NEAR_MARGIN },
  );
  observer.observe(element);
}

/**
 * Asks for a turn to mount the part whose placeholder is `element`.
 *
 * @param element the placeholder in the page (its position orders the queue), or null for a part
 *   without one, which counts as near the viewport
 * @param grant called once, in its own task, when the block may mount; the block calls `mounted`
 *   once its content has mounted (after its lazy code loaded), which lets the next block have its
 *   turn
 * @returns a function that withdraws the request (call it on unmount); harmless after the grant
 */
export function requestMount(element: Element | null, grant: (mounted: () => void) => void): () => void {
  if (mountAllAtOnce()) {
    grant(() => {});
    return () => {};
  }
  const entry: Entry = { element, grant, near: element === null };
  pending.push(entry);
  if (element) observe(element);
  schedule();
  return () => remove(entry);
}

/** Blocks waiting for their turn (for tests). */
export function pendingMounts(): number {
  return pending.length;
}
