/**
 * The workflow's files in the origin-private file system (OPFS, `navigator.storage.getDirectory()`),
 * under one folder per store name. Modification times are the files' `lastModified`. Works on
 * the page and in workers (writes use `createWritable`, available in Chromium and Firefox).
 *
 * Browser only: main thread or worker.
 */
import { checkPath, type FileStore } from './store.ts';

/** Whether this browser offers OPFS with writable streams. */
export function hasOpfs(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.storage?.getDirectory === 'function' && typeof FileSystemFileHandle !== 'undefined' && 'createWritable' in FileSystemFileHandle.prototype;
}

/** An OPFS-backed {@link FileStore} rooted at the folder `name`. */
export class OpfsStore implements FileStore {
  constructor(private readonly name: string) {}

  private async root(): Promise<FileSystemDirectoryHandle> {
    const top = await navigator.storage.getDirectory();
    return top.getDirectoryHandle(this.name, { create: true });
  }

  /** The folder holding `path` and the file's name, creating folders when asked; null when absent. */
  private async folder(path: string, create: boolean): Promise<{ dir: FileSystemDirectoryHandle; name: string } | null> {
    const parts = checkPath(path);
    let dir = await this.root();
    for (const p of parts.slice(0, -1)) {
      try {
        dir = await dir.getDirectoryHandle(p, { create });
      } catch (e) {
        if (!create && e instanceof DOMException && e.name === 'NotFoundError') return null;
        throw e;
      }
    }
    return { dir, name: parts.at(-1)! };
  }

  async read(path: string): Promise<Uint8Array | undefined> {
    const at = await this.folder(path, false);
    if (!at) return undefined;
    try {
      const file = await (await at.dir.getFileHandle(at.name)).getFile();
      return new Uint8Array(await file.arrayBuffer());
    } catch (e) {
      if (e instanceof DOMException && (e.name === 'NotFoundError' || e.name === 'TypeMismatchError')) return undefined;
      throw e;
    }
  }

  async write(path: string, data: Uint8Array): Promise<number> {
    const at = (await this.folder(path, true))!;
    const handle = await at.dir.getFileHandle(at.name, { create: true });
    const writable = await handle.createWritable();
    await writable.write(data as Uint8Array<ArrayBuffer>);
    await writable.close();
    return (await handle.getFile()).lastModified;
  }

  /**
   * Every file with its modification time. Workers may be writing meanwhile: a file or folder
   * that vanishes during the walk (a writer's temporary `.crswap` file, a removed output) is
   * left out rather than failing the listing.
   */
  async list(): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    const gone = (e: unknown) => e instanceof DOMException && e.name === 'NotFoundError';
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
      try {
        for await (const [name, handle] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
          if (name.endsWith('.crswap')) continue;
          if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
          else {
            try {
              out.set(`${prefix}${name}`, (await (handle as FileSystemFileHandle).getFile()).lastModified);
            } catch (e) {
              if (!gone(e)) throw e;
            }
          }
        }
      } catch (e) {
        if (!gone(e)) throw e;
      }
    };
    await walk(await this.root(), '');
    return out;
  }

  async remove(path: string): Promise<void> {
    const at = await this.folder(path, false);
    if (!at) return;
    try {
      await at.dir.removeEntry(at.name);
    } catch (e) {
      if (!(e instanceof DOMException && e.name === 'NotFoundError')) throw e;
    }
  }
}
