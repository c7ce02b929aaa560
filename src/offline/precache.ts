/**
 * Pure helpers of the service worker (src/offline/worker/sw.ts): which URLs the build precaches,
 * which cache holds them, how a request maps to a cached entry, and the cross-origin isolation
 * headers added to every response the worker serves. No DOM and no service-worker globals, so they
 * run in the service worker, on the main thread and in Node tests alike.
 *
 * The approach (a service worker that re-serves responses with COOP/COEP added) is the one of
 * coi-serviceworker (Guido Zuidhof) and mini-coi (Andrea Giammarchi); here it is folded into the
 * precaching worker so one worker gives both cross-origin isolation and offline use.
 */

/** One file of the build, as vite-plugin-pwa's injectManifest writes it into `self.__WB_MANIFEST`. */
export interface ManifestEntry {
  /** URL relative to the service worker's scope (e.g. `assets/index-Ab12.js`, `index.html`). */
  url: string;
  /** Content hash for files whose name has no hash in it; null when the name itself is versioned. */
  revision: string | null;
}

/** A manifest entry resolved against the service worker's scope. */
export interface PrecacheEntry {
  /** Absolute URL (no hash, no query unless the manifest had one). */
  url: string;
  /** As in {@link ManifestEntry}. */
  revision: string | null;
}

/** Prefix of every cache this site's service worker creates (other caches on the origin are left alone). */
export const CACHE_PREFIX = 'parallel-lab-precache-';

/** Response header in which a cached copy remembers the revision it was fetched for. */
export const REVISION_HEADER = 'X-Precache-Revision';

/**
 * The headers that make a page cross-origin isolated (so SharedArrayBuffer exists): COOP
 * same-origin, COEP require-corp, and CORP same-origin so the site's own files may be embedded.
 * The same values as vite.config.ts, public/_headers and docs/nginx.conf.
 */
export const ISOLATION_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** HTTP statuses whose responses may not carry a body (the Response constructor rejects one). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * Resolves manifest entries against the scope URL of the service worker (for example
 * `https://example.org/course/`), dropping duplicates.
 * Any thread. Throws TypeError when `scope` is not an absolute URL.
 */
export function resolveEntries(manifest: readonly ManifestEntry[], scope: string): PrecacheEntry[] {
  const seen = new Map<string, PrecacheEntry>();
  for (const entry of manifest) {
    const url = new URL(entry.url, scope);
    url.hash = '';
    if (!seen.has(url.href)) seen.set(url.href, { url: url.href, revision: entry.revision ?? null });
  }
  return [...seen.values()];
}

/**
 * Name of the cache for one build: the prefix plus a 32-bit FNV-1a hash (8 hex digits) of every
 * URL and revision, so a new deploy fills a new cache while the old one keeps serving open tabs.
 * Any thread.
 */
export function precacheCacheName(entries: readonly PrecacheEntry[]): string {
  let hash = 0x811c9dc5;
  const text = entries.map((e) => `${e.url} ${e.revision ?? ''}`).sort().join('\n');
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return CACHE_PREFIX + hash.toString(16).padStart(8, '0');
}

/**
 * The cache keys to try, best first, for a request URL: the URL without its fragment; then
 * without the query; then, for a URL ending in `/` (the site's directory, where the hash router
 * lives), its `index.html`. Any thread. Throws TypeError for a relative URL.
 */
export function candidateKeys(requestUrl: string): string[] {
  const url = new URL(requestUrl);
  url.hash = '';
  const keys = [url.href];
  if (url.search) {
    url.search = '';
    keys.push(url.href);
  }
  if (url.pathname.endsWith('/')) keys.push(`${url.href}index.html`);
  return keys;
}

/**
 * Whether a cached copy can be reused for `entry` without downloading it again: the URL must
 * match, and for unhashed files the revision stored with the copy must equal the entry's.
 * Any thread.
 */
export function isReusable(entry: PrecacheEntry, cachedRevision: string | null): boolean {
  return entry.revision === null || cachedRevision === entry.revision;
}

/**
 * Which old caches to delete once a new build's cache is active: every cache of this site except
 * `current` and the newest older one (kept so a tab still running the previous build can load its
 * lazy chunks). `names` is in creation order, as CacheStorage.keys() returns it. Any thread.
 */
export function cachesToDelete(names: readonly string[], current: string): string[] {
  const older = names.filter((n) => n.startsWith(CACHE_PREFIX) && n !== current);
  return older.slice(0, Math.max(0, older.length - 1));
}

/**
 * A copy of `response` with the cross-origin isolation headers set (and `extra` headers, e.g.
 * {@link REVISION_HEADER}). The copy is a fresh, non-redirected response, so a navigation that
 * the server redirected can still be served. Any thread with the Fetch API. Throws TypeError for
 * an opaque response (status 0), whose headers cannot be read.
 */
export function withHeaders(response: Response, extra: Record<string, string> = {}, isolate = true): Response {
  if (response.type === 'opaque' || response.status === 0) throw new TypeError('Cannot add headers to an opaque response.');
  const headers = new Headers(response.headers);
  if (isolate) for (const [name, value] of Object.entries(ISOLATION_HEADERS)) headers.set(name, value);
  for (const [name, value] of Object.entries(extra)) headers.set(name, value);
  const body = NULL_BODY_STATUSES.has(response.status) ? null : response.body;
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}
