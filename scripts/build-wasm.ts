/**
 * Compiles the AssemblyScript kernels of src/kernels/wasm/ to WebAssembly with `asc` (the npm package
 * `assemblyscript`, a devDependency; nothing is downloaded): `scalar.ts` → `build/scalar.wasm`
 * (no SIMD, so it runs wherever WebAssembly does), `simd.ts` → `build/simd.wasm`
 * (`--enable simd`) and `build/simd-fma.wasm` (`--enable simd --enable relaxed-simd`: fused
 * multiply-add); `loops.ts` and `loops-simd.ts` → `build/loops.wasm`, `build/loops-simd.wasm`
 * (the vectorization lesson's loops, scalar and SIMD). The `.wasm` files are build output, ignored by git.
 *
 * Run by the Vite plugin in vite.config.ts (so `vite build`, `vite`, `vitest` and `npm run bench`
 * compile first), by `npm install` (the `prepare` script) and by `npm run build:wasm`. A module is
 * recompiled only when its source is newer than its output. Node only.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

/** Folder of the AssemblyScript sources. */
export const WASM_SOURCE_DIR = resolve(import.meta.dirname, '..', 'src', 'kernels', 'wasm');
/** Folder of the compiled modules. */
export const WASM_BUILD_DIR = resolve(WASM_SOURCE_DIR, 'build');

/** The modules: AssemblyScript source (in WASM_SOURCE_DIR), output name, extra asc flags. */
export const WASM_MODULES = [
  { source: 'scalar.ts', output: 'scalar.wasm', flags: [] as string[] },
  { source: 'simd.ts', output: 'simd.wasm', flags: ['--enable', 'simd'] },
  // The same source with relaxed SIMD: its multiply-adds become f64x2.relaxed_madd (fused where the CPU has FMA).
  { source: 'simd.ts', output: 'simd-fma.wasm', flags: ['--enable', 'simd', '--enable', 'relaxed-simd'] },
  // The loops of the lesson "Compiled code and vectorization" (src/vectorize/): scalar, then SIMD.
  { source: 'loops.ts', output: 'loops.wasm', flags: [] as string[] },
  { source: 'loops-simd.ts', output: 'loops-simd.wasm', flags: ['--enable', 'simd'] },
] as const;

/** Flags every module is compiled with: optimised, no GC runtime, no `abort` import. */
const COMMON_FLAGS = ['-O3', '--runtime', 'stub', '--noAssert', '--use', 'abort='];

/**
 * Compiles every module whose output is missing or older than its source (or every module when
 * `force`). Node only.
 *
 * @returns the outputs it compiled (absolute paths)
 * @throws Error with asc's messages when a module fails to compile
 */
export async function buildWasm(force = false): Promise<string[]> {
  mkdirSync(WASM_BUILD_DIR, { recursive: true });
  const stale = WASM_MODULES.filter(({ source, output }) => {
    const out = resolve(WASM_BUILD_DIR, output);
    return force || !existsSync(out) || statSync(out).mtimeMs < statSync(resolve(WASM_SOURCE_DIR, source)).mtimeMs;
  });
  if (stale.length === 0) return [];
  const asc = await import('assemblyscript/asc');
  const built: string[] = [];
  for (const { source, output, flags } of stale) {
    const out = resolve(WASM_BUILD_DIR, output);
    const stderr = asc.createMemoryStream();
    const { error } = await asc.main([resolve(WASM_SOURCE_DIR, source), '--outFile', out, ...COMMON_FLAGS, ...flags], { stderr });
    if (error) throw new Error(`asc failed on src/kernels/wasm/${source}: ${error.message}\n${stderr.toString()}`);
    built.push(out);
  }
  return built;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  buildWasm(process.argv.includes('--force')).then(
    (built) => console.log(built.length ? `WebAssembly kernels compiled: ${built.join(', ')}` : 'WebAssembly kernels up to date'),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
