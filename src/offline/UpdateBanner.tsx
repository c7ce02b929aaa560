import { applyPendingUpdate, useOfflineStatus } from './offline-status.ts';
import '../styles/offline.css';

/**
 * Tells the user when a new version of the site is available (with a button that switches to
 * it), when a hard reload bypassed the service worker so shared memory is off (with a button to
 * reload normally), when a reload would turn shared memory on (first visit on a host without the
 * headers, user already busy), or when this browser did not become cross-origin isolated. Renders nothing
 * otherwise. Main thread; state comes from register-sw.ts.
 */
export function UpdateBanner() {
  const status = useOfflineStatus();
  if (status.updateReady) {
    return (
      <div className="offline-banner" role="status" data-testid="update-banner">
        <p>A new version of Parallel Lab is available.</p>
        <button type="button" className="primary" onClick={applyPendingUpdate}>
          Reload
        </button>
      </div>
    );
  }
  if (status.bypassed) {
    return (
      <div className="offline-banner offline-banner-warn" role="status" data-testid="bypass-banner">
        <p>
          This page was loaded with a hard reload (Shift+Reload or Ctrl+F5), which skips the site&apos;s service
          worker. Without it the page is not cross-origin isolated, so the shared-memory labs cannot use
          SharedArrayBuffer, and nothing new is saved for offline use.
        </p>
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          Reload normally
        </button>
      </div>
    );
  }
  if (status.isolationReady) {
    return (
      <div className="offline-banner" role="status" data-testid="isolation-ready-banner">
        <p>Parallel Lab is now saved for offline use. Reload to turn on shared memory for the shared-memory labs.</p>
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    );
  }
  if (status.isolationFailed) {
    return (
      <div className="offline-banner offline-banner-warn" role="status" data-testid="isolation-banner">
        <p>
          This browser did not make the page cross-origin isolated, so SharedArrayBuffer is unavailable here. The
          lessons and the speedup lab work; the shared-memory labs explain what they fall back to.
        </p>
      </div>
    );
  }
  return null;
}
