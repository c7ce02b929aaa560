/**
 * The WebAssembly loops of the vectorization lesson on the JavaScript side: loading
 * build/loops.wasm (scalar) and build/loops-simd.wasm (128-bit SIMD), compiled from
 * src/kernels/wasm/loops.ts and loops-simd.ts by scripts/build-wasm.ts, once per thread.
 *
 * The modules are files of the site, fetched relative to this module (so under any sub-path, and
 * offline from the precache); in Node they are read from src/kernels/wasm/build/. Any thread (the
 * vectorize worker, Node tests).
 */
import { hasWasmSimd, NO_SIMD_MESSAGE } from '../kernels/wasm-simd-support.ts';

/** The two compiled forms of the loops: scalar WebAssembly and WebAssembly SIMD. */
export type LoopModuleKind = 'wasm' | 'simd';

/** What both modules export (the simd one has no `call`). */
export interface LoopExports {
  memory: WebAssembly.Memory;
  /** Address of a, with b and c after it (n doubles each); 0 when memory cannot grow. */
  reserve(n: number): number;
  add(a: number, b: number, c: number, n: number): void;
  plain(a: number, b: number, c: number, n: number): void;
  dependency(a: number, b: number, c: number, n: number): number;
  branch(a: number, b: number, c: number, n: number): void;
  call?: (a: number, b: number, c: number, n: number) => void;
}

const URLS: Record<LoopModuleKind, URL> = {
  wasm: new URL('../kernels/wasm/build/loops.wasm', import.meta.url),
  simd: new URL('../kernels/wasm/build/loops-simd.wasm', import.meta.url),
};

/**
 * |x| as a JavaScript function: what the scalar module's "call" loop calls per element. Written
 * out (not Math.abs itself) so the engine treats it as any function of the page.
 */
export function magnitude(x: number): number {
  return x < 0 ? -x : x;
}

const loading: Partial<Record<LoopModuleKind, Promise<LoopExports>>> = {};

async function bytes(url: URL): Promise<ArrayBuffer> {
  if (url.protocol === 'file:') {
    const fsModule = 'node:fs/promises';
    const fs = (await import(/* @vite-ignore */ fsModule)) as { readFile(path: URL): Promise<Uint8Array> };
    const b = await fs.readFile(url);
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load the vectorization loops (${url.pathname}): HTTP ${response.status}.`);
  return response.arrayBuffer();
}

/**
 * Compiles and instantiates the loops module of `kind` in this thread, once (later calls share
 * the promise). Any thread.
 *
 * @throws Error (rejects) with NO_SIMD_MESSAGE for `simd` where WebAssembly SIMD is missing, or
 *   when the module cannot be fetched or compiled
 */
export function loadLoops(kind: LoopModuleKind): Promise<LoopExports> {
  loading[kind] ??= (async () => {
    if (kind === 'simd' && !hasWasmSimd()) throw new Error(NO_SIMD_MESSAGE);
    const module = await WebAssembly.compile(await bytes(URLS[kind]));
    const imports: WebAssembly.Imports = {};
    for (const { module: from, name } of WebAssembly.Module.imports(module)) {
      if (name !== 'magnitude') throw new Error(`The ${kind} loops import ${from}.${name}, which this loader does not provide.`);
      imports[from] = { ...imports[from], magnitude };
    }
    return (await WebAssembly.instantiate(module, imports)).exports as unknown as LoopExports;
  })().catch((error: unknown) => {
    delete loading[kind];
    throw error;
  });
  return loading[kind];
}
