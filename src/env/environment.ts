/**
 * What the browser offers for parallel work. Main thread or worker.
 */

/** A snapshot of the capabilities that matter to the labs. */
export interface EnvironmentReport {
  /** Logical cores the browser reports (navigator.hardwareConcurrency); 1 when unknown. */
  cores: number;
  /** Whether the page is cross-origin isolated (COOP same-origin + COEP require-corp). */
  crossOriginIsolated: boolean;
  /** Whether SharedArrayBuffer can be constructed here. */
  sharedArrayBuffer: boolean;
  /** Whether the WebGPU API is present (navigator.gpu). */
  webgpu: boolean;
}

/** Reads the environment now. */
export function readEnvironment(): EnvironmentReport {
  const nav = typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { gpu?: unknown });
  let sab: boolean;
  try {
    sab = typeof SharedArrayBuffer === 'function' && new SharedArrayBuffer(8).byteLength === 8;
  } catch {
    sab = false;
  }
  return {
    cores: Math.max(1, nav?.hardwareConcurrency ?? 1),
    crossOriginIsolated: typeof crossOriginIsolated === 'boolean' ? crossOriginIsolated : false,
    sharedArrayBuffer: sab,
    webgpu: !!nav?.gpu,
  };
}

/** Logical cores the browser reports (at least 1). */
export function reportedCores(): number {
  return readEnvironment().cores;
}
