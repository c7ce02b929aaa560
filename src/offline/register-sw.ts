/**
 * Registers the site's service worker (src/offline/worker/sw.ts, built to `sw.js` beside
 * index.html, so it follows the base path and any sub-path) with workbox-window, and feeds the
 * update banner. Imported once, for its effect, from src/main.tsx. Main thread.
 *
 * - Not in development (`npm start`): Vite's dev server sends the isolation headers and serves
 *   modules that change on every edit, which a precaching worker would only get in the way of.
 * - First visit on a host without COOP/COEP: when the worker takes control, the page reloads once
 *   (guarded by sessionStorage, so never a loop) and comes back cross-origin isolated; if the user
 *   has already clicked or typed (a slow install), the banner offers the reload instead.
 * - A hard reload bypasses the worker: the banner explains it and offers a normal reload.
 * - A new deploy installs in the background and waits; the banner offers "Reload".
 * - While a worker installs (downloads the offline copy), runs wait for it (./offline-copy.ts).
 */
import { Workbox } from 'workbox-window';
import { bypassedWorker, isolationAction, ISOLATION_RELOAD_KEY } from './reload-policy.ts';
import { setOfflineStatus, setUpdateAction } from './offline-status.ts';
import { registersServiceWorker, setOfflineCopyState } from './offline-copy.ts';

/** How often an open tab asks the server for a new build at most (ms), when it becomes visible. */
const UPDATE_CHECK_INTERVAL_MS = 30 * 60 * 1000;
/** How long "Reload" waits for the new version to take over before it reloads anyway (ms). */
const UPDATE_RELOAD_FALLBACK_MS = 4000;

function readFlag(key: string): boolean {
  try {
    return sessionStorage.getItem(key) !== null;
  } catch {
    return false;
  }
}

function writeFlag(key: string, on: boolean): void {
  try {
    if (on) sessionStorage.setItem(key, String(Date.now()));
    else sessionStorage.removeItem(key);
  } catch {
    // Storage disabled: the worst case is one extra reload per page load, never a loop, because
    // a controlled page is isolated after its reload.
  }
}

/** URL of the built service worker: `sw.js` under the base path, resolved against this page. */
export function serviceWorkerUrl(): string {
  return new URL(`${import.meta.env.BASE_URL}sw.js`, window.location.href).href;
}

/**
 * Keeps ./offline-copy.ts's state in step with `registration`: `downloading` while a worker of it
 * is installing (its install handler precaches the build), `idle` otherwise, now and at every
 * later install (a deploy found by an update check).
 */
function trackInstalls(registration: ServiceWorkerRegistration | undefined): void {
  if (!registration) {
    setOfflineCopyState('idle');
    return;
  }
  const update = (): void => setOfflineCopyState(registration.installing?.state === 'installing' ? 'downloading' : 'idle');
  const watch = (worker: ServiceWorker | null): void => worker?.addEventListener('statechange', update);
  registration.addEventListener('updatefound', () => {
    watch(registration.installing);
    update();
  });
  watch(registration.installing);
  update();
}

async function register(): Promise<void> {
  const container = navigator.serviceWorker;
  let userActive = false;
  const markActive = (): void => {
    userActive = true;
  };
  window.addEventListener('pointerdown', markActive, { once: true, capture: true });
  window.addEventListener('keydown', markActive, { once: true, capture: true });
  if (crossOriginIsolated) writeFlag(ISOLATION_RELOAD_KEY, false);
  const existing = await container.getRegistration(window.location.href);
  if (bypassedWorker({ isolated: crossOriginIsolated, controlled: container.controller !== null, hasActiveWorker: !!existing?.active })) {
    setOfflineStatus({ bypassed: true });
  } else if (container.controller && !crossOriginIsolated && readFlag(ISOLATION_RELOAD_KEY)) {
    setOfflineStatus({ isolationFailed: true });
  }

  const wb = new Workbox(serviceWorkerUrl());
  let updateRequested = false;
  wb.addEventListener('waiting', () => setOfflineStatus({ updateReady: true }));
  wb.addEventListener('controlling', (event) => {
    if (event.isUpdate) {
      // Reload when this tab asked for the new version; a tab switched over by another tab keeps
      // running (the previous build's files stay cached) and offers the reload in the banner.
      if (updateRequested) window.location.reload();
      else setOfflineStatus({ updateReady: true });
      return;
    }
    const action = isolationAction({ isolated: crossOriginIsolated, alreadyReloaded: readFlag(ISOLATION_RELOAD_KEY), userActive });
    if (action === 'reload') {
      writeFlag(ISOLATION_RELOAD_KEY, true);
      window.location.reload();
    } else if (action === 'offer-reload') {
      writeFlag(ISOLATION_RELOAD_KEY, true);
      setOfflineStatus({ isolationReady: true });
    } else if (action === 'give-up') {
      setOfflineStatus({ isolationFailed: true });
    }
  });
  // The page's own signal that the new version took over, besides Workbox's 'controlling' (which
  // a tab may not get when the waiting worker was installed on another tab's check).
  container.addEventListener('controllerchange', () => {
    if (updateRequested) window.location.reload();
  });
  setUpdateAction(() => {
    void container.getRegistration(window.location.href).then((registration) => {
      if (registration?.waiting) {
        updateRequested = true;
        wb.messageSkipWaiting();
        // "Reload" always reloads: if the new version has not taken over within a few seconds,
        // reload anyway (the page then loads whichever version controls it).
        setTimeout(() => window.location.reload(), UPDATE_RELOAD_FALLBACK_MS);
      } else {
        window.location.reload();
      }
    });
  });
  trackInstalls(await wb.register({ immediate: true }));

  let lastCheck = Date.now();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible' || !navigator.onLine || Date.now() - lastCheck < UPDATE_CHECK_INTERVAL_MS) return;
    lastCheck = Date.now();
    wb.update().catch(() => undefined);
  });
}

if (registersServiceWorker()) {
  register().catch((error: unknown) => {
    setOfflineCopyState('idle');
    // Offline or a host that refuses the worker: the site still works, only without offline use
    // and header-free isolation. A warning, not an error: nothing on the page is broken.
    console.warn('Parallel Lab: the service worker could not be registered.', error);
  });
}
