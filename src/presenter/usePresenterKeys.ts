/**
 * Keyboard shortcuts of presenter mode: `p` toggles it; while it is on, ArrowRight/PageDown and
 * ArrowLeft/PageUp step through the lesson's h2 sections. Keys typed into inputs, editors,
 * tab lists or with a modifier are left alone. The steps are the lesson's h2 headings with an id:
 * its sections and, after them, the exercises. All of them can be turned off in the shortcuts
 * dialog (shortcuts.ts, ShortcutsHelp.tsx). Main thread.
 */
import { safeDecode } from '../lib/safe-decode.ts';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { isPresenter, setPresenter } from './presenter.ts';
import { stepSection } from './section-steps.ts';
import { isShortcutEvent } from './shortcuts.ts';

/** The section the last arrow key stepped to, on which page (hash path) and when (ms). */
let lastStep: { path: string | undefined; id: string; at: number } | null = null;

/** Whether a key event belongs to something the user is typing in or operating with keys. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return Boolean(
    target.closest('input, textarea, select, dialog, [contenteditable=""], [contenteditable="true"], .cm-editor, [role="tablist"], [role="listbox"], [role="slider"], .timeline-svg'),
  );
}

/** Px from the top of the viewport at which a section heading counts as reached (under the header). */
const READ_LINE = 96;

/** Installs the presenter-mode keys for the whole app. */
export function usePresenterKeys(): void {
  const navigate = useNavigate();
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (!isShortcutEvent(e, isTypingTarget)) return;
      if (e.key === 'p' || e.key === 'P') {
        if (e.shiftKey) return;
        e.preventDefault();
        setPresenter();
        return;
      }
      if (!isPresenter()) return;
      const direction = e.key === 'ArrowRight' || e.key === 'PageDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'PageUp' ? -1 : 0;
      if (!direction) return;
      const headings = [...document.querySelectorAll<HTMLElement>('article.lesson h2[id]')];
      if (headings.length === 0) return;
      e.preventDefault();
      // The address updates a moment after navigate(): a quick second press steps from the
      // section the first one chose (needed where the page cannot scroll the last sections up).
      const fromAddress = safeDecode(window.location.hash.split('#')[2] ?? '');
      const hash = lastStep && lastStep.path === window.location.hash.split('#')[1] && performance.now() - lastStep.at < 1000 ? lastStep.id : fromAddress;
      const shownIndex = headings.findIndex((h) => h.id === hash);
      const target = stepSection(
        headings.map((h) => h.getBoundingClientRect().top),
        READ_LINE,
        direction,
        shownIndex >= 0 ? { index: shownIndex, viewportHeight: window.innerHeight } : undefined,
      );
      // Scroll now, so a quick second key press measures the new positions; the URL then names the
      // section, so a reload or a shared link opens the same slide.
      const path = window.location.hash.split('#')[1];
      if (target < 0) {
        window.scrollTo(0, 0);
        lastStep = { path, id: '', at: performance.now() };
        navigate({ hash: '' }, { replace: true });
      } else {
        headings[target]!.scrollIntoView();
        lastStep = { path, id: headings[target]!.id, at: performance.now() };
        navigate({ hash: `#${headings[target]!.id}` }, { replace: true });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);
}
