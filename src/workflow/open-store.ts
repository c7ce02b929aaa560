/**
 * Opens the browser store of a workflow by kind and name, the same on the page and in workers.
 * Browser only: main thread or worker.
 */
import { IdbStore } from './idb-store.ts';
import { hasOpfs, OpfsStore } from './opfs-store.ts';
import type { FileStore, StoreKind } from './store.ts';

/** The best store this browser offers: OPFS, else IndexedDB. */
export function browserStoreKind(): Exclude<StoreKind, 'memory'> {
  return hasOpfs() ? 'opfs' : 'idb';
}

/**
 * The store `name` of `kind`.
 * @throws Error for the memory kind, which cannot be shared between threads
 */
export function openStore(kind: StoreKind, name: string): FileStore {
  if (kind === 'opfs') return new OpfsStore(name);
  if (kind === 'idb') return new IdbStore(name);
  throw new Error('A memory store cannot be opened by name: it lives in one thread only.');
}
