/**
 * The workflow lab's side of the runtime on the page: the browser store (OPFS, else IndexedDB)
 * shared with the workers, the books, one `snakemake` run on the pool's workers (each of the
 * `-j` lanes holds one worker for the run and takes the next ready job), the wall-time
 * comparison over several `-j`, and the edits that make a rerun interesting (change a book,
 * break one, delete the outputs). Main thread: it asks {@link poolFor} for the workers.
 */
import { strToU8 } from 'fflate';
import { poolFor } from '../../workers/pools.ts';
import type { WorkflowApi } from '../../workers/workflow.worker.ts';
import type { Remote } from 'comlink';
import { browserStoreKind, openStore } from '../../workflow/open-store.ts';
import { buildDag, type Dag } from '../../workflow/dag.ts';
import { layoutInput, layoutKey, type DagLayout } from '../../workflow/dag-layout.ts';
import { dryRunText, planJobs } from '../../workflow/plan.ts';
import { prepare, runPlan, type Prepared } from '../../workflow/run-workflow.ts';
import type { ScheduleResult } from '../../workflow/scheduler.ts';
import { jobSpec } from '../../workflow/execute-job.ts';
import type { FileStore } from '../../workflow/store.ts';
import { bookNames, wordCountWorkflow } from '../../workflow/word-count-workflow.ts';
import { generateBook } from '../../workflow/zipf-text.ts';

/** The store's name (an OPFS folder, or an IndexedDB database). */
export const STORE_NAME = 'workflow-lab';
/** Where the lab notes how many words its books were generated with. */
const MANIFEST = '.lab/books.json';

/** What the lab asks for: the workflow's shape and the run's options. */
export interface RunRequest {
  books: number;
  words: number;
  acf: boolean;
  targets: readonly string[];
  j: number;
  dryRun: boolean;
}

/** The DAG and plan of a run, with the DAG's drawing. */
export interface PreparedView extends Prepared {
  layout: DagLayout;
}

const layouts = new Map<string, Promise<DagLayout>>();

/** The layout of `dag`, computed on a worker once per DAG shape. */
export function layoutOnWorker(dag: Dag): Promise<DagLayout> {
  const input = layoutInput(dag);
  const key = layoutKey(input);
  let found = layouts.get(key);
  if (!found) {
    found = poolFor('workflow')
      .run([(api: Remote<WorkflowApi>) => api.layout(input)], { workers: 1 })
      .then((r) => r.results[0]!);
    found.catch(() => layouts.delete(key));
    layouts.set(key, found);
  }
  return found;
}

/** The end of one run. */
export interface RunOutcome {
  request: RunRequest;
  prepared: PreparedView;
  /** The dry run's text (only for dry runs). */
  dry?: string;
  /** The schedule (not for dry runs). */
  result?: ScheduleResult;
}

/** One store for the page, opened lazily. */
let shared: { kind: ReturnType<typeof browserStoreKind>; store: FileStore } | null = null;
function browserStore() {
  if (!shared) {
    const kind = browserStoreKind();
    shared = { kind, store: openStore(kind, STORE_NAME) };
  }
  return shared;
}

/** Which store the lab uses ("OPFS" or "IndexedDB"), for the page. */
export function storeLabel(): string {
  return browserStore().kind === 'opfs' ? 'the origin-private file system (OPFS)' : 'IndexedDB';
}

/**
 * Makes sure the store holds `books` books of `words` words: writes the missing ones, or all of
 * them when they were made with another length; edited books are kept otherwise. Books are
 * generated on workers. Returns how many were written.
 */
export async function ensureBooks(books: number, words: number, signal?: AbortSignal): Promise<number> {
  const { kind, store } = browserStore();
  const names = bookNames(books);
  const manifest = await store.read(MANIFEST);
  const madeWith = manifest ? (JSON.parse(new TextDecoder().decode(manifest)) as { words?: number }).words : undefined;
  const force = madeWith !== words;
  const present = await store.list();
  const todo = force ? names : names.filter((b) => !present.has(`data/${b}.txt`));
  if (todo.length === 0) return 0;
  const pool = poolFor('workflow');
  const workers = Math.max(1, Math.min(todo.length, navigator.hardwareConcurrency || 2));
  await pool.run(
    todo.map((b) => (api: Remote<WorkflowApi>) => api.writeBooks(kind, STORE_NAME, [b], words, true)),
    signal ? { workers, signal } : { workers },
  );
  await store.write(MANIFEST, strToU8(JSON.stringify({ words })));
  return todo.length;
}

/**
 * One `snakemake -j N [-n] targets` on the page: the DAG and plan from the store's files, then
 * (unless a dry run) the outdated jobs on `j` workers of the pool.
 *
 * @param onPrepared called with the DAG and plan before anything runs (the page draws it)
 * @param onState called as each job starts, finishes, fails or is skipped (page clock, ms)
 * @throws WorkflowError for a missing input, an ambiguous rule, a cycle or an unknown target
 * @throws DOMException AbortError when cancelled (the workers are terminated)
 */
export async function runWorkflow(
  request: RunRequest,
  signal: AbortSignal,
  onPrepared?: (prepared: PreparedView) => void,
  onState?: Parameters<typeof runPlan>[1]['onState'],
): Promise<RunOutcome> {
  await ensureBooks(request.books, request.words, signal);
  const { kind, store } = browserStore();
  const workflow = wordCountWorkflow({ books: bookNames(request.books), acf: request.acf });
  const bare = await prepare(workflow, request.targets, store);
  // The drawing is made before any job starts, so it never shares the cores with a timed run.
  const prepared: PreparedView = { ...bare, layout: await layoutOnWorker(bare.dag) };
  onPrepared?.(prepared);
  if (request.dryRun) return { request, prepared, dry: dryRunText(prepared.plan) };
  const pool = poolFor('workflow');
  const options: Parameters<typeof runPlan<Remote<WorkflowApi>>>[1] = {
    j: request.j,
    signal,
    runLanes: async (bodies) => {
      await pool.run(bodies, { workers: bodies.length, signal });
    },
    execute: async (job, api) => {
      await api.runJob(kind, STORE_NAME, jobSpec(job));
    },
  };
  if (onState) options.onState = onState;
  const result = await runPlan(prepared.plan, options);
  return { request, prepared, result };
}

/**
 * The DAG and plan of `request` on the store as it is, without writing or running anything (the
 * lab draws it when it opens and when the workflow's shape changes). Books not generated yet
 * count as present, so every job that needs them waits.
 *
 * @throws WorkflowError as {@link runWorkflow} does
 */
export async function previewWorkflow(request: Pick<RunRequest, 'books' | 'acf' | 'targets'>): Promise<PreparedView> {
  const { store } = browserStore();
  const names = bookNames(request.books);
  const workflow = wordCountWorkflow({ books: names, acf: request.acf });
  const mtimes = await store.list();
  const books = new Set(names.map((b) => `data/${b}.txt`));
  const dag = buildDag(workflow, request.targets, (f) => books.has(f) || mtimes.has(f));
  return { dag, plan: planJobs(dag, (f) => mtimes.get(f)), mtimes, layout: await layoutOnWorker(dag) };
}

/** Deletes every output of the workflow (`snakemake --delete-all-output`), keeping the books. */
export async function deleteOutputs(): Promise<number> {
  const { store } = browserStore();
  const files = [...(await store.list()).keys()].filter((f) => !f.startsWith('data/') && !f.startsWith('.lab/'));
  for (const f of files) await store.remove(f);
  return files.length;
}

/** Appends a paragraph of new generated text to `book`, so it is newer than its outputs. */
export async function changeBook(book: string): Promise<void> {
  const { store } = browserStore();
  const path = `data/${book}.txt`;
  const old = (await store.read(path)) ?? new Uint8Array();
  const extra = strToU8(generateBook(200, Date.now() % 1_000_000));
  const next = new Uint8Array(old.length + extra.length);
  next.set(old);
  next.set(extra, old.length);
  await store.write(path, next);
}

/** Replaces `book` by text without a single word, so that its count job fails. */
export async function breakBook(book: string): Promise<void> {
  await browserStore().store.write(`data/${book}.txt`, strToU8('-- 404 --\n1234 5678\n'));
}

/** Writes `book` afresh on a worker, as generated (undoing a change or a break). */
export async function repairBook(book: string, words: number): Promise<void> {
  const { kind } = browserStore();
  await poolFor('workflow').run([(api: Remote<WorkflowApi>) => api.writeBooks(kind, STORE_NAME, [book], words, true)], { workers: 1 });
}

/** The text of a file of the store, or undefined when it is absent. */
export async function readText(path: string): Promise<string | undefined> {
  const data = await browserStore().store.read(path);
  return data ? new TextDecoder().decode(data) : undefined;
}

/** The Snakemake download, built on a worker. @throws Error when a book is missing */
export async function exportZip(books: number, acf: boolean, words: number): Promise<Uint8Array> {
  const { kind } = browserStore();
  const { results } = await poolFor('workflow').run([(api: Remote<WorkflowApi>) => api.exportZip(kind, STORE_NAME, books, acf, words)], { workers: 1 });
  return results[0]!;
}
