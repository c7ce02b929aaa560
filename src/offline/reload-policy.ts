/**
 * Decisions of the service-worker registration (register-sw.ts), kept pure so they are unit
 * tested: when to reload once to become cross-origin isolated, and when to tell the user that a
 * hard reload bypassed the service worker. Main thread or Node.
 */

/** Key in sessionStorage that records the one reload made to become cross-origin isolated. */
export const ISOLATION_RELOAD_KEY = 'parallel-lab:isolation-reload';

/** What the page knows when the service worker has just taken control of it. */
export interface ControlState {
  /** `crossOriginIsolated` of the page now. */
  isolated: boolean;
  /** Whether this tab already reloaded once for isolation in this session (sessionStorage). */
  alreadyReloaded: boolean;
  /** Whether the user has clicked or typed on the page since it loaded (a lab may be running). */
  userActive?: boolean;
}

/**
 * What to do when the service worker starts controlling the page:
 * - `none`: the page is already isolated (the host sends the headers): no reload.
 * - `reload`: reload once, so the document itself comes through the worker with COOP/COEP.
 * - `offer-reload`: the same, but the user is already working on the page (on a slow network the
 *   worker takes a while to install), so ask with a button instead of pulling the page away.
 * - `give-up`: a reload was already tried in this session and did not isolate the page (a browser
 *   that ignores the headers): stop, so there is never a reload loop.
 */
export function isolationAction(state: ControlState): 'none' | 'reload' | 'offer-reload' | 'give-up' {
  if (state.isolated) return 'none';
  if (state.alreadyReloaded) return 'give-up';
  return state.userActive ? 'offer-reload' : 'reload';
}

/** What the page knows at start-up, before it registers the service worker. */
export interface StartState {
  /** `crossOriginIsolated` of the page. */
  isolated: boolean;
  /** Whether a service worker controls this page (navigator.serviceWorker.controller). */
  controlled: boolean;
  /** Whether this site already has an active service worker registered for this scope. */
  hasActiveWorker: boolean;
}

/**
 * Whether the page was loaded past its active service worker, which is what a hard reload
 * (Shift+Reload, Ctrl+F5) does: a worker is active for the scope but does not control the page.
 * Only worth telling the user when the page then lacks isolation (hosts that send the headers
 * still give it).
 */
export function bypassedWorker(state: StartState): boolean {
  return state.hasActiveWorker && !state.controlled && !state.isolated;
}
