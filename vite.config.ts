/// <reference types="vitest/config" />
/**
 * Vite config: React + MDX lessons (frontmatter, GFM, KaTeX math, Shiki highlighting, heading
 * ids), the lessons plugin (validation + metadata), cross-origin isolation headers on the dev and
 * preview servers, the WebAssembly kernels (compiled from AssemblyScript before anything imports
 * them), and Vitest.
 *
 * BASE sets the public base path (default "./": relative, so dist/ works under any sub-path; the
 * app routes with the URL hash, so no server rewrite rules are needed).
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import mdx from '@mdx-js/rollup';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdxFrontmatter from 'remark-mdx-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeSlug from 'rehype-slug';
import rehypeShiki from '@shikijs/rehype';
import { VitePWA } from 'vite-plugin-pwa';
import { lessonsPlugin } from './scripts/lessons-plugin.ts';
import { exerciseMarkdownPlugin } from './scripts/exercise-markdown-plugin.ts';
import { KATEX_OPTIONS, SHIKI_OPTIONS } from './scripts/markdown-options.ts';
import { rehypeLessonChunks } from './scripts/rehype-lesson-chunks.ts';
import { buildWasm, WASM_SOURCE_DIR } from './scripts/build-wasm.ts';
import { pyodideAssetsPlugin } from './scripts/pyodide-assets.ts';

/** Headers that make the page cross-origin isolated, so SharedArrayBuffer is available. */
export const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const root = import.meta.dirname;

export default defineConfig({
  base: process.env.BASE ?? './',
  plugins: [
    lessonsPlugin(root),
    exerciseMarkdownPlugin(),
    // src/kernels/wasm/*.ts (AssemblyScript) → src/kernels/wasm/build/*.wasm, before the build, the
    // dev server and Vitest load src/kernels/wasm-kernels.ts (which points at those files); again
    // when a source changes under the dev server. Skips modules already up to date.
    {
      name: 'parallel-lab:wasm-kernels',
      async config() {
        await buildWasm();
      },
      configureServer(server) {
        server.watcher.on('change', (file) => {
          if (file.startsWith(WASM_SOURCE_DIR) && file.endsWith('.ts')) {
            buildWasm().catch((error: unknown) => server.config.logger.error(String(error)));
          }
        });
      },
    },
    // The Pyodide runtime (CPython in WebAssembly, npm package `pyodide`) as files of the site:
    // <base>/pyodide-<version>/, emitted by the build and served by the dev server; never a CDN.
    pyodideAssetsPlugin(ISOLATION_HEADERS),
    {
      enforce: 'pre',
      ...mdx({
        providerImportSource: '@mdx-js/react',
        remarkPlugins: [remarkFrontmatter, [remarkMdxFrontmatter, { name: 'frontmatter' }], remarkGfm, remarkMath],
        rehypePlugins: [
          rehypeSlug,
          [rehypeKatex, KATEX_OPTIONS],
          [rehypeShiki, SHIKI_OPTIONS],
          rehypeLessonChunks,
        ],
      }),
    },
    react({ include: /\.(mdx|tsx|ts)$/ }),
    // One service worker for offline use and for cross-origin isolation on hosts without headers
    // (src/offline/worker/sw.ts, built to sw.js beside index.html; see docs/deploy.md). Registered
    // by src/offline/register-sw.ts, never in dev. Precaches every file of the build: lazy chunks,
    // Web Worker chunks, CSS and the KaTeX fonts (woff2 only: every browser with module workers
    // reads woff2).
    // `npm start` never registers the worker, but a browser that once ran a build on the same
    // host and port (vite preview) still has one, which would keep serving that old build. The
    // dev server therefore answers sw.js with a worker that deletes the caches and unregisters.
    {
      name: 'parallel-lab:dev-service-worker-reset',
      apply: 'serve',
      configureServer(server) {
        server.middlewares.use((req, res, next) => {
          if (!req.url?.split('?')[0]?.endsWith('/sw.js')) return next();
          res.setHeader('Content-Type', 'text/javascript');
          res.setHeader('Cache-Control', 'no-cache');
          res.end(`self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil((async () => {
  for (const name of await caches.keys()) if (name.startsWith('parallel-lab-precache-')) await caches.delete(name);
  await self.registration.unregister();
  for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
})()));
`);
        });
      },
    },
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/offline/worker',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: false,
      devOptions: { enabled: false },
      injectManifest: {
        globPatterns: ['**/*.{html,js,mjs,css,svg,png,ico,webp,woff2,json,wasm,txt,csv}'],
        // The Pyodide runtime (13 MB, one lab) is cached by its worker when that lab first runs
        // (src/pyodide/runtime-cache.ts), not precached for every reader.
        globIgnores: ['**/node_modules/**', 'pyodide-*/**'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      },
    }),
  ],
  worker: { format: 'es' },
  // Pyodide's loader finds its runtime by URL; pre-bundling it for the dev server would break that.
  optimizeDeps: { exclude: ['pyodide'] },
  server: { headers: ISOLATION_HEADERS },
  preview: { headers: ISOLATION_HEADERS },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // The WebAssembly kernels stay files of the site (fetched by the kernel workers, precached by
    // the service worker), never inlined as data: URLs however small.
    assetsInlineLimit: (file: string) => (file.endsWith('.wasm') ? false : undefined),
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'lessons/**/*.test.ts'],
    environment: 'node',
    // Some tests run the course-size kernels (10^8 sin evaluations) or several threads: allow for a
    // loaded 2-core machine rather than fail on time.
    testTimeout: 60_000,
    // The simd kernels' fused multiply-add build needs relaxed SIMD, shipped in Node 22 but behind
    // this flag in Node 20: the unit tests check both builds (src/kernels/wasm-kernels.test.ts).
    execArgv: Number(process.versions.node.split('.')[0]) === 20 ? ['--experimental-wasm-relaxed-simd'] : [],
  },
});
