import { useMemo } from 'react';
import { readEnvironment } from '../../env/environment.ts';
import '../../styles/shared-memory.css';

/**
 * Says whether this page may use shared memory. On a page that is not cross-origin isolated it
 * explains why SharedArrayBuffer is missing and which headers the host must send. Main thread.
 */
export function IsolationNotice() {
  const env = useMemo(() => readEnvironment(), []);
  if (env.sharedArrayBuffer) {
    return (
      <p className="sm-isolation sm-isolation-ok" data-testid="isolation-notice" data-isolated="true">
        <strong>Shared memory is available here.</strong> This page is cross-origin isolated
        (<code>crossOriginIsolated</code> is <code>true</code>), so <code>SharedArrayBuffer</code> exists and every variant in
        the labs below runs.
      </p>
    );
  }
  return (
    <aside className="callout callout-warning sm-isolation" data-testid="isolation-notice" data-isolated="false" role="note">
      <strong className="callout-title">No shared memory on this page</strong>
      <p>
        This page is <em>not</em> cross-origin isolated (<code>crossOriginIsolated</code> is{' '}
        <code>{String(env.crossOriginIsolated)}</code>), so the browser does not define <code>SharedArrayBuffer</code>. Since
        the Spectre attacks of 2018, browsers hand out shared memory (which, with a worker counting in a loop, makes a
        very precise clock) only to pages that promise not to pull in other sites’ data unannounced. The site’s host
        makes that promise by sending two headers with the page:
      </p>
      <pre className="sm-headers"><code>{'Cross-Origin-Opener-Policy: same-origin\nCross-Origin-Embedder-Policy: require-corp'}</code></pre>
      <p>
        Until it does, the variants that pass messages (partial sums returned by message, copy and transfer of the star
        catalogue, private histograms returned by message) still run; the shared-memory variants are switched off.
      </p>
    </aside>
  );
}

/**
 * The in-lab form of {@link IsolationNotice}, for a lab opened on its own (`#/lab/<id>`,
 * `#/embed/<id>`) where the lesson's notice is not on the page: nothing where shared memory
 * exists; otherwise what is missing, why, the two headers, and what still runs (`runs`).
 * Main thread (React).
 */
export function LabIsolationNote({ runs }: { runs: string }) {
  const env = useMemo(() => readEnvironment(), []);
  if (env.sharedArrayBuffer) return null;
  return (
    <aside className="callout callout-warning sm-isolation" data-testid="lab-isolation" role="note">
      <p>
        <strong>No shared memory here.</strong> This page is not cross-origin isolated (<code>crossOriginIsolated</code> is{' '}
        <code>{String(env.crossOriginIsolated)}</code>), so the browser does not define <code>SharedArrayBuffer</code>; its host
        would have to send <code>Cross-Origin-Opener-Policy: same-origin</code> and{' '}
        <code>Cross-Origin-Embedder-Policy: require-corp</code>. {runs}
      </p>
    </aside>
  );
}
