/**
 * Worker entry of the workflow runtime (src/workflow): runs one job of a workflow against the
 * browser store the page names (OPFS or IndexedDB, opened here by the same name), and writes the
 * generated books. Thin: the steps live in src/workflow/steps.ts.
 */
import { expose, transfer } from 'comlink';
import { layoutGraph, type DagLayout, type LayoutInput } from '../workflow/dag-layout.ts';
import { snakemakeZip } from '../workflow/snakemake-download.ts';
import { bookNames, wordCountWorkflow } from '../workflow/word-count-workflow.ts';
import { executeJob, writeBooks, type JobSpec } from '../workflow/execute-job.ts';
import { openStore } from '../workflow/open-store.ts';
import type { FileStore, StoreKind } from '../workflow/store.ts';
import { absoluteNow } from './timed.ts';

const stores = new Map<string, FileStore>();
function store(kind: StoreKind, name: string): FileStore {
  const key = `${kind}:${name}`;
  let s = stores.get(key);
  if (!s) stores.set(key, (s = openStore(kind, name)));
  return s;
}

const api = {
  /**
   * Runs `job` on the store `kind:name` and returns when it ran (absolute ms, see timed.ts).
   * Rejects with the job's error (its outputs removed).
   */
  async runJob(kind: StoreKind, name: string, job: JobSpec): Promise<{ startedAt: number; endedAt: number }> {
    const startedAt = absoluteNow();
    await executeJob(store(kind, name), job);
    return { startedAt, endedAt: absoluteNow() };
  },
  /** Writes the generated books `names` of `words` words that are missing (all with `force`); returns how many. */
  writeBooks(kind: StoreKind, name: string, names: string[], words: number, force: boolean): Promise<number> {
    return writeBooks(store(kind, name), names, words, force);
  },
  /**
   * The "Download for Snakemake" zip of the word-count workflow over `books` books, with the
   * books as they are in the store (transferred, not copied).
   * Rejects when a book is missing.
   */
  async exportZip(kind: StoreKind, name: string, books: number, acf: boolean, words: number): Promise<Uint8Array> {
    const names = bookNames(books);
    const texts = new Map<string, Uint8Array>();
    for (const b of names) {
      const data = await store(kind, name).read(`data/${b}.txt`);
      if (!data) throw new Error(`data/${b}.txt is missing: run the workflow once first.`);
      texts.set(`data/${b}.txt`, data);
    }
    const zip = snakemakeZip(wordCountWorkflow({ books: names, acf }), names, texts, words);
    return transfer(zip, [zip.buffer as ArrayBuffer]);
  },
  /** The drawing positions of a DAG's jobs (dagre; up to ~150 ms for 50 jobs, so not on the page). */
  layout(input: LayoutInput): DagLayout {
    return layoutGraph(input);
  },
  /** Answers at once: used to start workers before a measurement. */
  ping(): number {
    return absoluteNow();
  },
};

/** The API the workflow worker exposes; wrap it with Comlink on the page. */
export type WorkflowApi = typeof api;

expose(api);
