/**
 * Colour theme: follow the system (default), or force light or dark. The choice is kept in
 * localStorage and applied as `data-theme` on <html>, which src/styles/base.css reads.
 * Main thread; applied as soon as this module loads, so a reload keeps the theme.
 */
import { useSyncExternalStore } from 'react';

/** The theme choices, in the order the toggle cycles through them. */
export const THEMES = ['system', 'light', 'dark'] as const;
/** A theme choice. */
export type Theme = (typeof THEMES)[number];

const KEY = 'parallel-lab:theme';
const listeners = new Set<() => void>();

/** Parses a stored theme; anything unknown means "system". Pure. */
export function parseTheme(raw: string | null | undefined): Theme {
  return (THEMES as readonly string[]).includes(raw ?? '') ? (raw as Theme) : 'system';
}

function read(): Theme {
  try {
    return parseTheme(globalThis.localStorage?.getItem(KEY));
  } catch {
    return 'system';
  }
}

let current: Theme = read();

/**
 * The CSS `color-scheme` for a choice: a forced theme forces the browser's own colours too
 * (scroll bars, form controls, the canvas behind the page); "system" lets them follow the system.
 * Pure.
 */
export function colorSchemeOf(theme: Theme): string {
  return theme === 'system' ? 'light dark' : theme;
}

function apply(theme: Theme): void {
  if (typeof document === 'undefined') return;
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  root.style.colorScheme = colorSchemeOf(theme);
  document.querySelector('meta[name="color-scheme"]')?.setAttribute('content', colorSchemeOf(theme));
}
apply(current);

/** Sets and remembers the theme. */
export function setTheme(theme: Theme): void {
  current = theme;
  apply(theme);
  try {
    if (theme === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, theme);
  } catch {
    // not stored: the choice lasts for this page
  }
  for (const l of listeners) l();
}

/** The current theme choice; re-renders when it changes. */
export function useTheme(): Theme {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}
