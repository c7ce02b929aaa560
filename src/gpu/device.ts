/// <reference types="@webgpu/types" />
/**
 * The GPU device of this thread: adapter and device opened once, on first use, with the
 * `timestamp-query` feature where the adapter has it; a lost device is forgotten, so the next run
 * opens a new one. A run in flight when the device is lost ends with a {@link GpuUnavailableError}
 * of reason `device-lost` (never an AbortError, which the labs would take for a cancel).
 *
 * Runs in the GPU worker (src/gpu/gpu.worker.ts); it would work in any thread with WebGPU.
 */
import { describeAdapter, GpuUnavailableError, webGpuApiMissing } from './availability.ts';

/** An open device and what the labs report about it. */
export interface GpuContext {
  device: GPUDevice;
  /** One line naming the adapter (see describeAdapter). */
  description: string;
  /** Whether compute passes can carry timestamp queries. */
  timestamps: boolean;
  /** Settles when the device is lost: its reason and message. */
  lost: Promise<GPUDeviceLostInfo>;
  /** Pipelines already compiled on this device, by shader name and entry point. */
  pipelines: Map<string, GPUComputePipeline>;
}

let current: Promise<GpuContext> | null = null;

/**
 * This thread's GPU context, opening adapter and device on first use.
 *
 * @throws GpuUnavailableError (the promise rejects) with reason insecure-context, no-api,
 *   no-adapter or device-failed
 */
export function gpuContext(): Promise<GpuContext> {
  current ??= open().catch((e: unknown) => {
    current = null;
    throw e;
  });
  return current;
}

async function open(): Promise<GpuContext> {
  const missing = webGpuApiMissing();
  if (missing) throw new GpuUnavailableError(missing);
  const adapter = await navigator.gpu.requestAdapter({ powerPreference: 'high-performance' });
  if (!adapter) throw new GpuUnavailableError('no-adapter');
  const timestamps = adapter.features.has('timestamp-query');
  let device: GPUDevice;
  try {
    device = await adapter.requestDevice({ requiredFeatures: timestamps ? ['timestamp-query'] : [] });
  } catch (e) {
    throw new GpuUnavailableError('device-failed', e instanceof Error ? e.message : String(e));
  }
  const context: GpuContext = { device, description: describeAdapter(adapter.info), timestamps, lost: device.lost, pipelines: new Map() };
  void device.lost.then(() => {
    if (current) void current.then((c) => c === context && (current = null));
  });
  return context;
}

/** The error a run ends with when `info` says its device was lost. */
export function deviceLostError(info: GPUDeviceLostInfo): GpuUnavailableError {
  const why = info.reason === 'destroyed' ? 'It was destroyed' : 'The browser or the driver dropped it';
  return new GpuUnavailableError('device-lost', `${why}${info.message ? ` (${info.message})` : ''}. This run was stopped; press Run again to open a new device.`);
}

/**
 * Awaits `work` on `context`'s device, but ends as soon as the device is lost.
 * @throws GpuUnavailableError device-lost when the device is lost first (or `work` fails after the loss)
 */
export async function untilLost<T>(context: GpuContext, work: Promise<T>): Promise<T> {
  const lost = context.lost.then((info) => {
    throw deviceLostError(info);
  });
  // When `work` wins, this rejection may come much later (or never): never leave it unhandled.
  lost.catch(() => {});
  try {
    return await Promise.race([work, lost]);
  } catch (e) {
    // A destroyed device first fails the work in flight ("Buffer was unmapped before mapping was
    // resolved") and settles `lost` a moment later: give it that moment before blaming the work.
    const info = await Promise.race([context.lost, new Promise<null>((r) => setTimeout(() => r(null), LOST_GRACE_MS))]);
    if (info) throw deviceLostError(info);
    throw e;
  }
}

/** How long a failed GPU operation waits for the device's `lost` promise, ms. */
const LOST_GRACE_MS = 250;

/** Destroys this thread's device (the test hook for a lost device); the next run opens a new one. */
export async function destroyDevice(): Promise<void> {
  if (!current) return;
  const context = await current.catch(() => null);
  context?.device.destroy();
}

/**
 * A compute pipeline for `entryPoint` of the WGSL `code`, compiled once per device and cached.
 * @throws Error with the compiler's messages when the shader does not compile
 */
export async function computePipeline(context: GpuContext, name: string, code: string, entryPoint: string): Promise<GPUComputePipeline> {
  const key = `${name}:${entryPoint}`;
  const cached = context.pipelines.get(key);
  if (cached) return cached;
  const { device } = context;
  const module = device.createShaderModule({ label: name, code });
  const info = await module.getCompilationInfo();
  const errors = info.messages.filter((m) => m.type === 'error');
  if (errors.length > 0) throw new Error(`The shader ${name} does not compile: ${errors.map((m) => `${m.lineNum}:${m.linePos} ${m.message}`).join('; ')}`);
  const pipeline = await untilLost(context, device.createComputePipelineAsync({ label: `${name}:${entryPoint}`, layout: 'auto', compute: { module, entryPoint } }));
  context.pipelines.set(key, pipeline);
  return pipeline;
}
