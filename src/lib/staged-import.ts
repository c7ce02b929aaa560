/**
 * Evaluates a heavy set of modules a stage at a time, each stage in a task of its own with an
 * idle period before the next, so that no main-thread task runs long while they load (issue 18:
 * no task over 50 ms). A stage is a dynamic import; listing a package's dependencies before it
 * makes each import evaluate only its own package, the earlier ones being evaluated already.
 * Main thread.
 */
import { whenIdle } from './idle.ts';

/** One stage: a dynamic import (its module is not used, only evaluated). */
export type Stage = () => Promise<unknown>;

/**
 * Resolves in the next idle period of the main thread, or after `timeoutMs` at most.
 * @param timeoutMs longest wait, ms
 */
export function nextIdle(timeoutMs = 500): Promise<void> {
  return new Promise((resolve) => void whenIdle(resolve, timeoutMs));
}

/**
 * Runs `stages` in order, each after the previous one has evaluated, an idle period after each.
 * @param timeoutMs longest wait for each idle period, ms
 * @throws whatever a failed chunk load throws (offline before the site was cached)
 */
export async function importInStages(stages: readonly Stage[], timeoutMs = 500): Promise<void> {
  for (const stage of stages) {
    await stage();
    await nextIdle(timeoutMs);
  }
}

/**
 * A memoised {@link importInStages}: later calls share the first call's promise; after a failure
 * the next call tries again.
 * @throws (from the returned function) whatever a failed chunk load throws
 */
export function stagedLoader(stages: readonly Stage[], timeoutMs = 500): () => Promise<void> {
  let loading: Promise<void> | undefined;
  return () => {
    loading ??= importInStages(stages, timeoutMs).catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}
