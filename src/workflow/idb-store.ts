/**
 * The workflow's files in IndexedDB, for browsers without OPFS writable streams: one database per
 * store name, one record per file (`{ data, mtime }`, mtime from `Date.now()` at write).
 *
 * Browser only: main thread or worker.
 */
import { checkPath, type FileStore } from './store.ts';

const STORE = 'files';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** An IndexedDB-backed {@link FileStore} in the database `parallel-lab-<name>`. */
export class IdbStore implements FileStore {
  private db: Promise<IDBDatabase> | null = null;
  constructor(private readonly name: string) {}

  private open(): Promise<IDBDatabase> {
    this.db ??= new Promise((resolve, reject) => {
      const req = indexedDB.open(`parallel-lab-${this.name}`, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
    });
    return this.db;
  }

  private async tx(mode: IDBTransactionMode): Promise<IDBObjectStore> {
    return (await this.open()).transaction(STORE, mode).objectStore(STORE);
  }

  async read(path: string): Promise<Uint8Array | undefined> {
    checkPath(path);
    const rec = (await request((await this.tx('readonly')).get(path))) as { data: Uint8Array } | undefined;
    return rec?.data;
  }

  async write(path: string, data: Uint8Array): Promise<number> {
    checkPath(path);
    const mtime = Date.now();
    await request((await this.tx('readwrite')).put({ data: data.slice(), mtime }, path));
    return mtime;
  }

  async list(): Promise<Map<string, number>> {
    const store = await this.tx('readonly');
    const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
    return new Map(keys.map((k, i) => [String(k), (values[i] as { mtime: number }).mtime]));
  }

  async remove(path: string): Promise<void> {
    await request((await this.tx('readwrite')).delete(path));
  }
}
