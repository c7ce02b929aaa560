/// <reference types="@webgpu/types" />
/**
 * Whether this page can use WebGPU, and why not when it cannot: the reasons a reader can act on
 * (another browser, a flag, an https:// address), each with its message. Checked in the thread
 * that asks: the page (to refuse `impl=webgpu` beside the field before anything runs) and the GPU
 * worker (which opens the device, src/gpu/device.ts).
 *
 * Test-only stub: `globalThis.__parallelLabNoWebGpu = true` (from a Playwright init script) makes
 * {@link webGpuApiMissing} report a browser without WebGPU. Nothing in the site sets it.
 *
 * Any thread with `navigator` (the page, workers); Node has none and reports `no-api`.
 */

/** Why WebGPU cannot be used. */
export type GpuUnavailableReason = 'insecure-context' | 'no-api' | 'no-adapter' | 'device-failed' | 'device-lost';

/** Messages for the reader, per reason (device-lost and device-failed get details appended). */
export const GPU_UNAVAILABLE_MESSAGES: Record<GpuUnavailableReason, string> = {
  'insecure-context':
    'WebGPU needs a secure context: open this page over https:// or from http://localhost. Here it is served over plain http from another address, so the browser hides navigator.gpu.',
  'no-api':
    'This browser has no WebGPU (navigator.gpu is missing). Chrome and Edge 113 or later have it on Windows, macOS and ChromeOS, Safari 26 on macOS and iOS, Firefox 141 or later on Windows; on Linux, Chromium needs the flag --enable-unsafe-webgpu (or chrome://flags/#enable-unsafe-webgpu).',
  'no-adapter':
    'This browser has WebGPU, but it offered no GPU adapter: the GPU may be blocklisted or switched off (hardware acceleration disabled, --disable-gpu), or the platform is not yet supported. On Linux, Chromium needs --enable-unsafe-webgpu; chrome://gpu shows why WebGPU is off.',
  'device-failed': 'The GPU adapter refused to open a device.',
  'device-lost': 'The GPU device was lost.',
};

/** Thrown (and sent back from the GPU worker) when WebGPU cannot run; `reason` says why. */
export class GpuUnavailableError extends Error {
  override readonly name = 'GpuUnavailableError';
  constructor(
    readonly reason: GpuUnavailableReason,
    detail = '',
  ) {
    super(detail ? `${GPU_UNAVAILABLE_MESSAGES[reason]} ${detail}` : GPU_UNAVAILABLE_MESSAGES[reason]);
  }
}

/**
 * The reason WebGPU is missing that can be told without asking for an adapter (synchronous):
 * `insecure-context`, `no-api`, or null when `navigator.gpu` is there. Any thread; never throws.
 */
export function webGpuApiMissing(): GpuUnavailableReason | null {
  if ((globalThis as { __parallelLabNoWebGpu?: unknown }).__parallelLabNoWebGpu === true) return 'no-api';
  if (typeof isSecureContext === 'boolean' && !isSecureContext) return 'insecure-context';
  if (typeof navigator === 'undefined' || !('gpu' in navigator) || !navigator.gpu) return 'no-api';
  return null;
}

/** What {@link probeWebGpu} found. */
export type GpuProbe = { ok: true; description: string } | { ok: false; reason: GpuUnavailableReason; message: string };

let probe: Promise<GpuProbe> | null = null;

/**
 * Asks this thread's `navigator.gpu` for an adapter (once per page; later calls share the answer)
 * and describes it, or says why there is none. Opens no device. Any thread; never rejects.
 */
export function probeWebGpu(): Promise<GpuProbe> {
  probe ??= (async (): Promise<GpuProbe> => {
    const missing = webGpuApiMissing();
    if (missing) return { ok: false, reason: missing, message: GPU_UNAVAILABLE_MESSAGES[missing] };
    try {
      const adapter = await navigator.gpu.requestAdapter({ powerPreference: 'high-performance' });
      if (!adapter) return { ok: false, reason: 'no-adapter', message: GPU_UNAVAILABLE_MESSAGES['no-adapter'] };
      return { ok: true, description: describeAdapter(adapter.info) };
    } catch (e) {
      return { ok: false, reason: 'no-adapter', message: `${GPU_UNAVAILABLE_MESSAGES['no-adapter']} (${e instanceof Error ? e.message : String(e)})` };
    }
  })();
  return probe;
}

/** Forgets the cached probe (after a lost device, the next probe asks again). Any thread. */
export function resetWebGpuProbe(): void {
  probe = null;
}

/**
 * One line naming an adapter from its `GPUAdapterInfo` (vendor, architecture, device,
 * description; browsers blank some of them for privacy), e.g. "google swiftshader (a software
 * rasterizer on the CPU)". Pure.
 */
export function describeAdapter(info: Pick<GPUAdapterInfo, 'vendor' | 'architecture' | 'device' | 'description'>): string {
  const parts = [info.vendor, info.architecture, info.device, info.description].map((s) => s.trim()).filter((s, i, all) => s && all.indexOf(s) === i);
  const text = parts.length > 0 ? parts.join(' ') : 'an unnamed adapter (the browser hides its details)';
  return /swiftshader/i.test(text) ? `${text} (SwiftShader: a software GPU that runs on the CPU's cores)` : text;
}
