/**
 * Messages between the page and the learner worker (runner.worker.ts), and the check the page
 * applies to what it receives. Pure.
 */
import type { LearnerOutcome, LogLine } from './types.ts';

/** Page to learner worker: one Run or Check. */
export interface RunnerRequest {
  mode: 'run' | 'check';
  /** Lesson folder and exercise id, to load the checks. */
  lessonDir: string;
  id: string;
  /** The learner's code. */
  source: string;
  /** Functions the checks need. */
  exports: string[];
}

/**
 * Marks the runner's own messages to the page. Learner code cannot send any (its `postMessage` is
 * replaced, guard-post-message.ts), and the page ignores every message without this mark as a
 * second line of defence.
 */
export const RUNNER_TAG = '__parallelLabRunner';

/** Learner worker to page (sent with {@link RUNNER_TAG} set to true). */
export type RunnerMessage =
  | { type: 'started' }
  | { type: 'log'; lines: LogLine[]; dropped: number }
  | { type: 'outcome'; outcome: LearnerOutcome };

/** The message as a {@link RunnerMessage} when it is one of the runner's own, else undefined. */
export function asRunnerMessage(data: unknown): RunnerMessage | undefined {
  if (typeof data !== 'object' || data === null || (data as Record<string, unknown>)[RUNNER_TAG] !== true) return undefined;
  const m = data as Partial<RunnerMessage> & Record<string, unknown>;
  if (m.type === 'started') return { type: 'started' };
  if (m.type === 'log') return Array.isArray(m.lines) && typeof m.dropped === 'number' ? { type: 'log', lines: m.lines as LogLine[], dropped: m.dropped } : undefined;
  if (m.type === 'outcome') {
    const outcome = m.outcome as { kind?: unknown } | undefined;
    return typeof outcome === 'object' && outcome !== null && typeof outcome.kind === 'string' ? { type: 'outcome', outcome: outcome as LearnerOutcome } : undefined;
  }
  return undefined;
}
