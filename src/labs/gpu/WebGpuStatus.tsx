import { useEffect, useState } from 'react';
import { gpuDeviceInfo } from '../../gpu/gpu-client.ts';
import { useWebGpuProbe } from './useWebGpuProbe.ts';

/**
 * The GPU lesson's panel on this browser's WebGPU: the adapter that will run the labs and whether
 * compute is timed with timestamp queries, or what is missing and why (no navigator.gpu, an
 * insecure page, no adapter), with what still runs. Main thread (React).
 */
export function WebGpuStatus() {
  const probe = useWebGpuProbe();
  const [timestamps, setTimestamps] = useState<boolean | null>(null);
  const ok = probe.state === 'answered' && probe.ok;
  useEffect(() => {
    if (!ok) return undefined;
    const controller = new AbortController();
    gpuDeviceInfo(controller.signal).then(
      (info) => setTimestamps(info.timestamps),
      () => setTimestamps(null),
    );
    return () => controller.abort();
  }, [ok]);
  return (
    <section className="lab" aria-label="WebGPU in this browser" data-testid="webgpu-status" data-state={probe.state === 'checking' ? 'checking' : probe.ok ? 'ready' : probe.reason}>
      <h3 className="lab-title">WebGPU in this browser</h3>
      {probe.state === 'checking' ? <p role="status">Asking the browser for a GPU adapter…</p> : null}
      {probe.state === 'answered' && probe.ok ? (
        <p role="status">
          Ready: the GPU labs run on <strong data-testid="gpu-adapter">{probe.description}</strong>.{' '}
          {timestamps === null ? '' : timestamps ? 'Compute times come from GPU timestamp queries.' : 'This adapter has no timestamp queries, so compute times are wall times from submit to done.'}
        </p>
      ) : null}
      {probe.state === 'answered' && !probe.ok ? (
        <>
          <p role="status" data-testid="gpu-missing">
            <strong>No WebGPU here.</strong> {probe.message}
          </p>
          <p>
            The CPU sides of the labs below still run (the vector add’s JavaScript loop, the CPU workers of the throughput
            lab), and the speedup lab refuses <code>impl=webgpu</code> beside the field, so nothing is run on a GPU that is
            not there.
          </p>
        </>
      ) : null}
    </section>
  );
}
