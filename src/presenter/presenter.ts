/**
 * Presenter mode for instructors: a `presenter` class on <html> that enlarges text and charts,
 * hides the sidebar and shows instructor notes (see src/styles/layout.css and content.css). The
 * state is kept in localStorage so a reload keeps it. Main thread; applied as soon as this module
 * loads.
 */
import { useSyncExternalStore } from 'react';

const KEY = 'parallel-lab:presenter';
const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

let on = read();

function apply(): void {
  if (typeof document !== 'undefined') document.documentElement.classList.toggle('presenter', on);
}
apply();

/** Whether presenter mode is on. */
export function isPresenter(): boolean {
  return on;
}

/** Turns presenter mode on or off (default: toggles) and remembers it. */
export function setPresenter(value: boolean = !on): void {
  on = value;
  apply();
  try {
    if (on) localStorage.setItem(KEY, 'on');
    else localStorage.removeItem(KEY);
  } catch {
    // not stored: lasts for this page
  }
  for (const l of listeners) l();
}

/** Whether presenter mode is on; re-renders when it changes. */
export function usePresenter(): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    isPresenter,
  );
}
