/**
 * Messages between the page and the learner worker (runner.worker.ts). Pure types.
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

/** Learner worker to page. */
export type RunnerMessage =
  | { type: 'started' }
  | { type: 'log'; lines: LogLine[]; dropped: number }
  | { type: 'outcome'; outcome: LearnerOutcome };
