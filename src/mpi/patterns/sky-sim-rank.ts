/**
 * One rank of the sky simulation (ADACS `sky_sim_mpi.py`, see sky-files.ts): write my part to
 * my own file, wait at the barrier, and on rank 0 collate every part, in the sorted order of the
 * names, into the catalogue, then check it. No star travels in a message: the barrier is the
 * only communication.
 *
 * Runs in a rank's thread: a rank worker of the lab (files in the origin-private file system) or
 * the Node tests (a memory store shared by in-process ranks).
 */
import type { Comm } from '../comm.ts';
import type { ProgramEnv } from '../program.ts';
import type { FileStore } from '../../workflow/store.ts';
import { CATALOGUE_FILE, checkCatalogue, partName, partsToCollate, partText, type CatalogueCheck } from './sky-files.ts';

/** Settings of a sky-simulation run. */
export interface SkySimSettings {
  /** Stars in the whole catalogue. */
  stars: number;
}

/** What each rank returns: its part, and on rank 0 the collation and its check. */
export interface SkySimResult {
  part: string;
  first: number;
  count: number;
  /** ms this rank spent making and writing its part. */
  writeMs: number;
  /** ms this rank waited at the barrier. */
  barrierMs: number;
  /** Rank 0 only: the parts it collated in order, the ms it took and the catalogue's check. */
  collated?: string[];
  collateMs?: number;
  check?: CatalogueCheck;
}

/**
 * Rank `comm.rank`'s share of the pattern. Every rank must call it (it contains a barrier).
 *
 * @param store where the files go; every rank must see the same files (OPFS in the browser)
 * @throws whatever the store throws (a full disk, a missing OPFS), which fails the rank
 */
export async function skySimRank(comm: Comm, env: Pick<ProgramEnv, 'print'>, store: FileStore, settings: SkySimSettings): Promise<SkySimResult> {
  const encoder = new TextEncoder();
  const t0 = performance.now();
  const name = partName(comm.rank);
  const { text, first, count } = partText(settings.stars, comm.size, comm.rank);
  await store.write(name, encoder.encode(text));
  const writeMs = performance.now() - t0;
  env.print(`rank ${comm.rank}: wrote ${name}, stars ${first} to ${first + count - 1}, ${text.length} bytes`);
  const t1 = performance.now();
  await comm.barrier(); // nobody reads before every part is written
  const barrierMs = performance.now() - t1;
  const result: SkySimResult = { part: name, first, count, writeMs, barrierMs };
  if (comm.rank !== 0) return result;

  const t2 = performance.now();
  const parts = partsToCollate((await store.list()).keys());
  const chunks: Uint8Array[] = [];
  for (const part of parts) {
    const bytes = await store.read(part);
    if (bytes) chunks.push(bytes);
  }
  const total = chunks.reduce((sum, c) => sum + c.length, 0);
  const joined = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    joined.set(c, at);
    at += c.length;
  }
  await store.write(CATALOGUE_FILE, joined);
  const collateMs = performance.now() - t2;
  const check = checkCatalogue(new TextDecoder().decode(joined), settings.stars);
  env.print(`rank 0: collated ${parts.length} parts into ${CATALOGUE_FILE}: ${check.lines} lines, ${total} bytes`);
  return { ...result, collated: parts, collateMs, check };
}
