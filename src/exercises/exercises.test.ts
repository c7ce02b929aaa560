/**
 * Every exercise beside the lessons: valid metadata, checks that REJECT the starter and ACCEPT the
 * solution, and a solution whose Run completes. Learner code runs in this process, its parallel
 * calls on Node worker_threads (the same task host as in the browser).
 */
import { describe, expect, it } from 'vitest';
import { exercises } from './catalog.ts';
import { loadChecks } from './checks-registry.ts';
import { createNodeRuntime } from './node-runtime.ts';
import { runLearner } from './run-learner.ts';
import { allRequiredPassed } from './check-helpers.ts';
import type { LearnerOutcome } from './types.ts';

async function check(lessonDir: string, id: string, source: string, exportsList: string[], mode: 'run' | 'check' = 'check'): Promise<LearnerOutcome> {
  const runtime = await createNodeRuntime(source);
  try {
    return await runLearner({ mode, source, exports: exportsList, checks: await loadChecks(lessonDir, id), runtime, now: () => performance.now() });
  } finally {
    runtime.close();
  }
}

function summary(outcome: LearnerOutcome): string {
  if (outcome.kind !== 'checked') return JSON.stringify(outcome);
  return outcome.results.map((r) => `${r.ok ? 'ok' : 'FAIL'}${r.advisory ? ' (advisory)' : ''} ${r.name}: expected ${r.expected ?? '-'}, got ${r.got ?? '-'} ${r.detail ?? ''}`).join('\n');
}

/** Set EXERCISES_VERBOSE=1 to print every outcome (handy when writing checks). */
const verbose = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env.EXERCISES_VERBOSE === '1';
function report(label: string, outcome: LearnerOutcome): void {
  if (verbose) console.log(`--- ${label}\n${summary(outcome)}`);
}

describe('exercises', () => {
  it('exist and have valid metadata', () => {
    expect(exercises.length).toBeGreaterThan(0);
    for (const e of exercises) expect(e.errors, `${e.lessonDir}/${e.id}`).toEqual([]);
  });

  for (const e of exercises) {
    describe(`${e.lessonDir}/${e.id}`, () => {
      it('rejects the starter', async () => {
        const outcome = await check(e.lessonDir, e.id, await e.loadStarter(), e.meta!.exports);
        report(`${e.lessonDir}/${e.id} starter`, outcome);
        const solved = outcome.kind === 'checked' && allRequiredPassed(outcome.results);
        expect(solved, summary(outcome)).toBe(false);
        if (outcome.kind === 'checked') {
          for (const r of outcome.results.filter((x) => !x.ok && !x.advisory)) {
            expect(r.expected, `${r.name} says what it expected`).toBeTruthy();
            expect(r.got, `${r.name} says what came`).toBeTruthy();
          }
        }
      }, 60_000);

      it('accepts the solution', async () => {
        const outcome = await check(e.lessonDir, e.id, await e.loadSolution(), e.meta!.exports);
        report(`${e.lessonDir}/${e.id} solution`, outcome);
        expect(outcome.kind, summary(outcome)).toBe('checked');
        expect(outcome.kind === 'checked' && allRequiredPassed(outcome.results), summary(outcome)).toBe(true);
      }, 60_000);

      it('runs the solution without an error', async () => {
        const outcome = await check(e.lessonDir, e.id, await e.loadSolution(), e.meta!.exports, 'run');
        expect(outcome.kind, JSON.stringify(outcome)).toBe('ran');
      }, 60_000);
    });
  }
});
