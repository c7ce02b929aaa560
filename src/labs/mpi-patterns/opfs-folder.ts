/**
 * The sky-simulation lab's folder in the origin-private file system (OPFS): emptied before a run,
 * so no part file of an earlier run with more ranks is collated, and listed after it with each
 * file's size. Browser only (page or worker); all calls are asynchronous and read metadata only.
 */

/** One file of the folder. */
export interface FolderFile {
  name: string;
  /** Size in bytes. */
  bytes: number;
}

/** Removes the folder `name` and everything in it; nothing happens if it does not exist. */
export async function clearFolder(name: string): Promise<void> {
  const root = await navigator.storage.getDirectory();
  try {
    await root.removeEntry(name, { recursive: true });
  } catch (e) {
    if (!(e instanceof DOMException && e.name === 'NotFoundError')) throw e;
  }
}

/** The files of the folder `name`, sorted by name (none if it does not exist). */
export async function listFolder(name: string): Promise<FolderFile[]> {
  const root = await navigator.storage.getDirectory();
  let dir: FileSystemDirectoryHandle;
  try {
    dir = await root.getDirectoryHandle(name);
  } catch (e) {
    if (e instanceof DOMException && e.name === 'NotFoundError') return [];
    throw e;
  }
  const out: FolderFile[] = [];
  for await (const [file, handle] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
    if (handle.kind !== 'file' || file.endsWith('.crswap')) continue;
    out.push({ name: file, bytes: (await (handle as FileSystemFileHandle).getFile()).size });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
