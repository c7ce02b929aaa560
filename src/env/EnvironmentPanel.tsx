import { readEnvironment } from './environment.ts';

function Flag({ ok }: { ok: boolean }) {
  return <span className={`flag ${ok ? 'flag-yes' : 'flag-no'}`}>{ok ? 'yes' : 'no'}</span>;
}

/** Shows the cores the browser reports, cross-origin isolation and SharedArrayBuffer, explained. */
export function EnvironmentPanel() {
  const env = readEnvironment();
  return (
    <section className="lab env-panel" aria-label="Your browser's environment">
      <h3 className="lab-title">Your browser</h3>
      <dl>
        <dt>Logical cores reported</dt>
        <dd>
          <strong data-testid="env-cores">{env.cores}</strong>
          <p>
            <code>navigator.hardwareConcurrency</code>: how many threads the operating system can run at once. It
            counts hyper-threads, so it can be twice the physical cores, and some browsers round it down for privacy.
            On a cluster, what counts is what your job was allocated, not what the node has.
          </p>
        </dd>
        <dt>Cross-origin isolated</dt>
        <dd>
          <Flag ok={env.crossOriginIsolated} /> <span data-testid="env-isolated" hidden>{String(env.crossOriginIsolated)}</span>
          <p>
            The server sent <code>Cross-Origin-Opener-Policy: same-origin</code> and{' '}
            <code>Cross-Origin-Embedder-Policy: require-corp</code>, which keep other sites out of this page&apos;s
            process. Browsers only allow shared memory between threads in such pages.
          </p>
        </dd>
        <dt>SharedArrayBuffer</dt>
        <dd>
          <Flag ok={env.sharedArrayBuffer} /> <span data-testid="env-sab" hidden>{String(env.sharedArrayBuffer)}</span>
          <p>
            Memory that several workers can read and write at once, the browser&apos;s counterpart of shared memory
            between threads. Without it, the shared-memory labs fall back to passing messages.
          </p>
        </dd>
      </dl>
    </section>
  );
}
