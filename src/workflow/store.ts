/**
 * Where a workflow's files live: a small file store with modification times, the one thing the
 * rerun rules need. Three implementations: the browser's origin-private file system (OPFS,
 * opfs-store.ts), IndexedDB where OPFS is missing (idb-store.ts), and memory (Node tests).
 * Workers and the page open the same browser store by name, so a job's outputs written on a
 * worker are seen by the page.
 *
 * Pure interface and the memory store: any thread, and Node.
 */

/** A file store with modification times (ms since the epoch). Paths are relative, `/`-separated. */
export interface FileStore {
  /** The bytes of `path`, or undefined when it does not exist. */
  read(path: string): Promise<Uint8Array | undefined>;
  /** Writes `path` (creating folders), and returns its new modification time. */
  write(path: string, data: Uint8Array): Promise<number>;
  /** Every file with its modification time. */
  list(): Promise<Map<string, number>>;
  /** Deletes `path` if it exists. */
  remove(path: string): Promise<void>;
}

/** Which browser store to open (the page tells its workers). */
export type StoreKind = 'opfs' | 'idb' | 'memory';

/**
 * A store in memory, with an injectable clock (tests make modification times explicit).
 * Never shared between threads.
 */
export class MemoryStore implements FileStore {
  private readonly files = new Map<string, { data: Uint8Array; mtime: number }>();
  constructor(private readonly clock: () => number = () => Date.now()) {}
  async read(path: string): Promise<Uint8Array | undefined> {
    return this.files.get(path)?.data;
  }
  async write(path: string, data: Uint8Array): Promise<number> {
    const mtime = this.clock();
    this.files.set(path, { data: data.slice(), mtime });
    return mtime;
  }
  async list(): Promise<Map<string, number>> {
    return new Map([...this.files].map(([p, f]) => [p, f.mtime]));
  }
  async remove(path: string): Promise<void> {
    this.files.delete(path);
  }
}

/** Checks a store path: relative, `/`-separated, no empty, `.` or `..` parts. @throws Error */
export function checkPath(path: string): string[] {
  const parts = path.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..')) throw new Error(`"${path}" is not a relative file path.`);
  return parts;
}
