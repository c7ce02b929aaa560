/**
 * The portable progress file: progress and exercise drafts in one JSON file, so a learner can move
 * to another browser or keep a copy. Building and checking the file are pure functions (Node tests
 * run them); the progress part is validated by the stored-progress schema of ./progress-store.ts,
 * with its migrations, so a file exported by an older version imports into a newer one.
 *
 * ```json
 * { "app": "parallel-lab", "kind": "progress", "version": 2, "exportedAt": "2026-12-01T10:00:00.000Z",
 *   "progress": { "version": 2, "lessons": { … }, "last": { … } },
 *   "drafts": { "03-integration/row-bounds": "…code…" } }
 * ```
 */
import { z } from 'zod';
import { PROGRESS_VERSION, decodeProgress, describeIssues, type Progress } from './progress-store.ts';

/** Largest file accepted (drafts are small; a bigger file is not ours). */
export const MAX_FILE_BYTES = 2_000_000;

const MAX_DRAFT_CHARS = 100_000;

/** `<lessonDir>/<exerciseId>`, e.g. `03-integration/row-bounds`. */
const draftNameSchema = z.string().regex(/^\d{2}-[a-z0-9-]+\/[a-z0-9-]+$/, 'expected a name such as "03-integration/row-bounds"');

/** Zod schema of the file around the progress value (which {@link decodeProgress} checks). */
export const progressFileSchema = z
  .object({
    app: z.literal('parallel-lab').describe('Which site wrote the file.'),
    kind: z.literal('progress').describe('What the file holds.'),
    version: z.number().int().min(1).describe('Version of the progress inside (the file has the same shape in every version).'),
    exportedAt: z.string().max(40).optional().describe('When it was exported (ISO 8601).'),
    progress: z.unknown().describe('The progress value, as kept in localStorage.'),
    drafts: z
      .record(draftNameSchema, z.string().max(MAX_DRAFT_CHARS))
      .default({})
      .describe('Editor text per exercise, by `<lessonDir>/<exerciseId>`.'),
  })
  .describe('A Parallel Lab progress export.');

/** The file's content, ready for JSON.stringify. */
export interface ProgressFile {
  app: 'parallel-lab';
  kind: 'progress';
  version: number;
  exportedAt: string;
  progress: Progress;
  drafts: Record<string, string>;
}

/** Builds the export. */
export function buildProgressFile(progress: Progress, drafts: Readonly<Record<string, string>>, now: Date): ProgressFile {
  return { app: 'parallel-lab', kind: 'progress', version: PROGRESS_VERSION, exportedAt: now.toISOString(), progress, drafts: { ...drafts } };
}

/** The export as the text of a file (pretty-printed, so it can be read and diffed). */
export function serializeProgressFile(file: ProgressFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** File name of an export, e.g. `parallel-lab-progress-2026-12-01.json`. */
export function progressFileName(now: Date): string {
  return `parallel-lab-progress-${now.toISOString().slice(0, 10)}.json`;
}

/** Outcome of {@link parseProgressFile}. */
export type ParsedProgressFile =
  | { ok: true; progress: Progress; drafts: Record<string, string> }
  | { ok: false; message: string };

/**
 * Checks an imported file's text. Never throws.
 * @returns the progress (migrated to the current version) and drafts, or a message naming what is
 *   wrong (not JSON, not a Parallel Lab progress file, or the fields at fault)
 */
export function parseProgressFile(text: string): ParsedProgressFile {
  if (text.length > MAX_FILE_BYTES) return { ok: false, message: `The file is too large for a progress file (over ${MAX_FILE_BYTES / 1e6} MB).` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `The file is not JSON: ${e instanceof Error ? e.message : String(e)}.` };
  }
  const looksOurs = typeof json === 'object' && json !== null && (json as { app?: unknown }).app === 'parallel-lab' && (json as { kind?: unknown }).kind === 'progress';
  if (!looksOurs) return { ok: false, message: 'This is not a Parallel Lab progress file (it has no "app": "parallel-lab", "kind": "progress").' };
  const file = progressFileSchema.safeParse(json);
  if (!file.success) return { ok: false, message: `The file is damaged: ${describeIssues(file.error, '').join('; ')}.` };
  const decoded = decodeProgress(file.data.progress);
  if (!decoded.ok) return { ok: false, message: `The file is damaged: ${decoded.problems.join('; ')}.` };
  return { ok: true, progress: decoded.progress, drafts: file.data.drafts };
}
