/**
 * Keyboard access to content that scrolls sideways (WCAG 2.1.1): a wide table, a long formula or
 * a long code line in a box with `overflow-x: auto` can be scrolled with the mouse but not with
 * the keyboard unless the box itself can take focus. This watches the document and gives every
 * such box that really overflows `tabindex="0"`, `role="region"` and a name ("Table, scrolls
 * sideways"), and takes them away again when it no longer overflows (only what it added itself).
 * Main thread; installed once for the whole app (src/app/Layout.tsx imports it).
 */

/** Boxes that scroll sideways on this site (lesson tables, KaTeX displays, code, lab tables). */
const SCROLLERS = ['.katex-display', '.lesson-body table', '.table-wrap', '.sm-table-wrap', '.mpi-trace-scroll', '.sm-headers', '.code-block pre', '.scroll-x'].join(', ');

const MARK = 'data-scroll-region';

/** What a scrolling box holds, for its accessible name. */
function kindOf(el: Element): string {
  if (el.matches('.katex-display')) return 'Formula';
  if (el.matches('pre')) return 'Code';
  if (el.matches('table') || el.querySelector('table')) {
    const caption = el.querySelector('caption')?.textContent?.trim();
    return caption ? `Table: ${caption}` : 'Table';
  }
  return 'Content';
}

/** Marks or unmarks every scrolling box under `root` once. */
export function updateScrollRegions(root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLElement>(SCROLLERS)) {
    const overflows = el.scrollWidth > el.clientWidth + 1;
    const marked = el.hasAttribute(MARK);
    if (overflows && !marked && !el.hasAttribute('tabindex')) {
      el.setAttribute(MARK, '');
      el.setAttribute('tabindex', '0');
      if (!el.hasAttribute('role') && !el.matches('table')) el.setAttribute('role', 'region');
      if (!el.hasAttribute('aria-label') && !el.hasAttribute('aria-labelledby')) el.setAttribute('aria-label', `${kindOf(el)} (scrolls sideways)`);
    } else if (!overflows && marked) {
      el.removeAttribute(MARK);
      el.removeAttribute('tabindex');
      if (el.getAttribute('role') === 'region') el.removeAttribute('role');
      if (el.getAttribute('aria-label')?.endsWith('(scrolls sideways)')) el.removeAttribute('aria-label');
    }
  }
}

let installed = false;

/**
 * Starts watching the document (idempotent). Updates are batched: at most one pass every 200 ms,
 * in an idle moment, so a lesson rendering in slices does not pay for a layout read per slice.
 */
export function installKeyboardScrollRegions(): void {
  if (installed || typeof document === 'undefined' || typeof MutationObserver === 'undefined') return;
  installed = true;
  let pending = false;
  const schedule = () => {
    if (pending) return;
    pending = true;
    setTimeout(() => {
      const run = () => {
        pending = false;
        updateScrollRegions();
      };
      if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 500 });
      else run();
    }, 200);
  };
  new MutationObserver((records) => {
    // Ignore our own attribute changes.
    if (records.every((r) => r.type === 'attributes')) return;
    schedule();
  }).observe(document.documentElement, { childList: true, subtree: true });
  // Presenter mode and the theme change sizes without changing the DOM's structure.
  new MutationObserver(schedule).observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'data-theme'] });
  window.addEventListener('resize', schedule);
  schedule();
}
