/**
 * Keeps the Pyodide runtime for offline use: before Pyodide loads, every runtime file missing from
 * the Cache Storage cache `parallel-lab-pyodide-<version>` is downloaded into it (caches of other
 * versions are deleted). The site's service worker answers a request it has not precached from any
 * cache of the origin (src/offline/worker/sw.ts, `respond`), so once this has run, Pyodide's own
 * requests for these files are served from this cache, online (no second download) and offline.
 * The runtime (13 MB) stays out of the precache, so only readers of this lab download it.
 *
 * Also the place where a missing runtime is caught: a file that cannot be fetched is reported by
 * name, where Pyodide itself would only log a warning and never finish loading.
 *
 * Runs in the Python worker (any thread with fetch; Cache Storage where the context has it).
 */
import { PYODIDE_CACHE_PREFIX, PYODIDE_RUNTIME_FILES } from './runtime-files.ts';

/** How the runtime's files were found. */
export type RuntimeSource = 'cache' | 'network' | 'network, not cached';

/**
 * Makes sure every runtime file under `indexURL` is in this version's cache, downloading the
 * missing ones. Where Cache Storage is missing (an insecure context) it only checks that the
 * files answer. Any thread.
 *
 * @param indexURL absolute URL of the runtime's folder, with a trailing slash
 * @returns 'cache' when every file was cached already, else 'network' (or 'network, not cached'
 *   without Cache Storage)
 * @throws Error naming the file and the HTTP status when a file cannot be fetched
 */
export async function cacheRuntime(indexURL: string, version: string): Promise<RuntimeSource> {
  const names = Object.keys(PYODIDE_RUNTIME_FILES);
  const fetchFile = async (name: string): Promise<Response> => {
    const url = new URL(name, indexURL).href;
    let response: Response;
    try {
      response = await fetch(url, { credentials: 'same-origin' });
    } catch (error) {
      throw new Error(`${name} could not be downloaded (${error instanceof Error ? error.message : String(error)}).`, { cause: error });
    }
    if (!response.ok) throw new Error(`${name} could not be downloaded: HTTP ${response.status} from ${url}.`);
    return response;
  };
  if (typeof caches === 'undefined') {
    await Promise.all(names.map(async (name) => (await fetchFile(name)).body?.cancel()));
    return 'network, not cached';
  }
  const cacheName = `${PYODIDE_CACHE_PREFIX}${version}`;
  for (const old of await caches.keys()) if (old.startsWith(PYODIDE_CACHE_PREFIX) && old !== cacheName) await caches.delete(old);
  const cache = await caches.open(cacheName);
  let downloaded = 0;
  await Promise.all(
    names.map(async (name) => {
      const url = new URL(name, indexURL).href;
      if (await cache.match(url)) return;
      await cache.put(url, await fetchFile(name));
      downloaded++;
    }),
  );
  return downloaded === 0 ? 'cache' : 'network';
}
