/**
 * The site's single-key shortcuts (`/` search, `p` presenter mode, arrow keys and Page Up/Down
 * between sections in presenter mode, `?` this list) and the switch that turns them all off
 * (WCAG 2.1.4 Character Key Shortcuts: speech-input users would trigger them by accident). The
 * choice is kept in localStorage. Main thread; pure apart from the store.
 */
import { useSyncExternalStore } from 'react';

/** One shortcut, as listed in the help dialog. */
export interface Shortcut {
  keys: readonly string[];
  what: string;
}

/** Every single-key shortcut of the site. */
export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['/'], what: 'Go to the search box' },
  { keys: ['p'], what: 'Turn presenter mode on or off' },
  { keys: ['→', 'Page Down'], what: 'Presenter mode: next section of the lesson' },
  { keys: ['←', 'Page Up'], what: 'Presenter mode: previous section of the lesson' },
  { keys: ['?'], what: 'Show this list of shortcuts' },
];

const KEY = 'parallel-lab:shortcuts';
const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) !== 'off';
  } catch {
    return true;
  }
}

let enabled = read();

/** Whether single-key shortcuts are on (the default). */
export function shortcutsEnabled(): boolean {
  return enabled;
}

/** Turns the single-key shortcuts on or off and remembers it. */
export function setShortcutsEnabled(value: boolean): void {
  enabled = value;
  try {
    if (value) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, 'off');
  } catch {
    // not stored: lasts for this page
  }
  for (const l of listeners) l();
}

/** Whether single-key shortcuts are on; re-renders when that changes. */
export function useShortcutsEnabled(): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    shortcutsEnabled,
  );
}

/**
 * Whether a key event may trigger a single-key shortcut: shortcuts on, no Ctrl/Alt/Meta, not
 * already handled, and not typed into something that takes keys itself (see `isTypingTarget`).
 */
export function isShortcutEvent(e: KeyboardEvent, isTypingTarget: (t: EventTarget | null) => boolean): boolean {
  return enabled && !e.defaultPrevented && !e.altKey && !e.ctrlKey && !e.metaKey && !isTypingTarget(e.target);
}
