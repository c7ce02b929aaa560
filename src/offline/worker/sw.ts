/**
 * The site's service worker (built by vite-plugin-pwa's injectManifest into `sw.js` next to
 * index.html). One worker does two jobs:
 *
 * 1. Offline: on install it precaches every file of the build (HTML, JS including the lazy chunks
 *    and the Web Worker chunks, CSS, KaTeX fonts), reusing unchanged files from the previous
 *    build's cache, and serves them cache-first.
 * 2. Cross-origin isolation on hosts that cannot send headers (GitHub Pages): every same-origin
 *    response it serves gets COOP/COEP/CORP added, so the page, once controlled, is
 *    crossOriginIsolated and SharedArrayBuffer exists (the coi-serviceworker technique).
 *
 * A new build waits until the page asks it to take over ({ type: 'SKIP_WAITING' }, sent by
 * workbox-window when the user presses "Reload" in the update banner). Runs in the service
 * worker global scope only.
 */
/// <reference lib="webworker" />
import {
  cachesToDelete, candidateKeys, isReusable, precacheCacheName, resolveEntries, withHeaders, CACHE_PREFIX, REVISION_HEADER,
  type ManifestEntry, type PrecacheEntry,
} from '../precache.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: ManifestEntry[] };

const entries = resolveEntries(self.__WB_MANIFEST, self.registration.scope);
const cacheName = precacheCacheName(entries);
/** Downloads at once while precaching (enough to fill a local link, gentle on a slow one). */
const PARALLEL_DOWNLOADS = 6;

/** Finds `entry` in an older cache of this site with the right revision, or returns undefined. */
async function fromOlderCache(entry: PrecacheEntry, older: string[]): Promise<Response | undefined> {
  for (const name of older) {
    const cached = await (await caches.open(name)).match(entry.url);
    if (cached && isReusable(entry, cached.headers.get(REVISION_HEADER))) return cached;
  }
  return undefined;
}

/** Downloads `entry` past the HTTP cache; throws when the server does not answer 200. */
async function download(entry: PrecacheEntry): Promise<Response> {
  const response = await fetch(entry.url, { cache: 'reload', credentials: 'same-origin' });
  if (!response.ok) throw new Error(`Precaching ${entry.url} failed: HTTP ${response.status}`);
  return withHeaders(response, { [REVISION_HEADER]: entry.revision ?? '' }, false);
}

/** Fills this build's cache; an install that fails part-way resumes where it stopped next time. */
async function precache(): Promise<void> {
  const cache = await caches.open(cacheName);
  const older = (await caches.keys()).filter((n) => n !== cacheName && n.startsWith(CACHE_PREFIX)).reverse();
  const queue = [...entries];
  const fill = async (): Promise<void> => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      if (await cache.match(entry.url)) continue;
      await cache.put(entry.url, (await fromOlderCache(entry, older)) ?? (await download(entry)));
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_DOWNLOADS }, fill));
}

/** Answers from this build's cache, then any older build's cache, then the network; adds COOP/COEP. */
async function respond(request: Request): Promise<Response> {
  const cache = await caches.open(cacheName);
  for (const key of candidateKeys(request.url)) {
    const hit = (await cache.match(key)) ?? (await caches.match(key));
    if (hit) return withHeaders(hit);
  }
  return withHeaders(await fetch(request));
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of cachesToDelete(await caches.keys(), cacheName)) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(self.registration.scope)) return;
  if (request.headers.has('range')) return;
  event.respondWith(respond(request));
});
