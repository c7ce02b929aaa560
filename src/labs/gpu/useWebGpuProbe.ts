import { useEffect, useState } from 'react';
import { probeWebGpu, type GpuProbe } from '../../gpu/availability.ts';

/** What {@link useWebGpuProbe} returns: still asking, or the answer. */
export type WebGpuState = { state: 'checking' } | ({ state: 'answered' } & GpuProbe);

/**
 * Whether this page has a WebGPU adapter (asked once per page, see probeWebGpu), for a lab that
 * must refuse `impl=webgpu` or skip its GPU series. `active` false skips the question (state
 * stays "checking" until asked). Main thread (React).
 */
export function useWebGpuProbe(active = true): WebGpuState {
  const [state, setState] = useState<WebGpuState>({ state: 'checking' });
  useEffect(() => {
    if (!active) return;
    let live = true;
    void probeWebGpu().then((p) => live && setState({ state: 'answered', ...p }));
    return () => {
      live = false;
    };
  }, [active]);
  return state;
}
