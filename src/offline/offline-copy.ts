/**
 * Whether the service worker is downloading the site's offline copy right now, and a wait for it
 * to finish. On a first visit (and after a deploy) the worker precaches the build (every chunk,
 * worker script, style sheet and font, about 6 MB; Pyodide is cached later, by its own lab): for a
 * few seconds it fetches, and the browser writes its cache, on the same cores a lab is about to
 * time. Runs wait for it (src/hooks/useRun.ts), so that the first
 * sweep a lab link autoruns is not measured beside the download: on this project's 2-core machine
 * a speedup sweep measured during it gave S(2) = 2.8 to 3.3, against 1.9 once it had finished.
 *
 * Written by register-sw.ts; read by useRun. Main thread.
 */
import { abortError } from '../lib/abort.ts';

/**
 * Where the offline copy is: `checking` from the page's start until the worker's registration
 * says whether it installs, `downloading` while a worker is installing (precaching), `idle`
 * otherwise (installed, no service worker in this browser or in development, or registration
 * failed).
 */
export type OfflineCopyState = 'checking' | 'downloading' | 'idle';

/** The longest a run waits for the offline copy (ms); then it goes ahead regardless. */
export const OFFLINE_COPY_WAIT_MS = 20_000;

/**
 * True where src/offline/register-sw.ts registers the worker: a production build in a secure
 * context of a browser with service workers. The same test as register-sw.ts's.
 */
export function registersServiceWorker(): boolean {
  return !import.meta.env.DEV && typeof navigator !== 'undefined' && 'serviceWorker' in navigator && typeof window !== 'undefined' && window.isSecureContext;
}

let state: OfflineCopyState = registersServiceWorker() ? 'checking' : 'idle';
const listeners = new Set<() => void>();

/** Sets the state (register-sw.ts) and wakes the runs waiting for it. Main thread. */
export function setOfflineCopyState(next: OfflineCopyState): void {
  if (next === state) return;
  state = next;
  for (const listener of [...listeners]) listener();
}

/** The current state. Any time on the main thread; never throws. */
export function offlineCopyState(): OfflineCopyState {
  return state;
}

/**
 * Resolves once the offline copy is `idle`, at once if it is already: with `idle`, or with
 * `timeout` after `maxMs` (ms) if it is still checking or downloading then (a slow network: the
 * run goes ahead). Main thread.
 *
 * @throws DOMException AbortError (rejects) when `signal` aborts first
 */
export function whenOfflineCopyIdle(signal?: AbortSignal, maxMs = OFFLINE_COPY_WAIT_MS): Promise<'idle' | 'timeout'> {
  if (signal?.aborted) return Promise.reject(abortError(signal.reason));
  if (state === 'idle') return Promise.resolve('idle');
  return new Promise((resolve, reject) => {
    const finish = (): void => {
      listeners.delete(onChange);
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    const onChange = (): void => {
      if (state !== 'idle') return;
      finish();
      resolve('idle');
    };
    const onAbort = (): void => {
      finish();
      reject(abortError(signal?.reason));
    };
    const timer = setTimeout(() => {
      finish();
      resolve('timeout');
    }, maxMs);
    listeners.add(onChange);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
