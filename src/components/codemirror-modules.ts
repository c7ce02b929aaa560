/**
 * Loads the code editor's modules (CodeMirror, its JavaScript parser, the React wrapper) a
 * package at a time, each evaluated in a task of its own with an idle period between them:
 * evaluated together they took one task of 35–60 ms on a loaded 2-core machine (issue 18: no
 * main-thread task over 50 ms while a lesson opens). Later calls share the first one's promise.
 * Main thread.
 */
import { nextIdle, stagedLoader } from '../lib/staged-import.ts';

type ViewModule = typeof import('./CodeMirrorView.tsx');

/**
 * The packages in the order they depend on each other, so that each import evaluates only its
 * own package (its dependencies are already evaluated).
 */
const STAGES = [
  () => import('@codemirror/state'),
  () => import('@codemirror/view'),
  () => import('@lezer/highlight'),
  () => import('@codemirror/language'),
  () => import('@codemirror/lang-javascript'),
  () => import('@uiw/react-codemirror'),
] as const;

let loading: Promise<ViewModule> | undefined;

/** Evaluates CodeMirror's packages stage by stage, an idle period between stages. */
const preloadCodeMirror = stagedLoader(STAGES);

/**
 * The module of the CodeMirror view (./CodeMirrorView.tsx), its packages loaded stage by stage
 * first ({@link preloadCodeMirror}), then a throwaway editor built in two idle periods of its own
 * (the view module's WARM_UP_STEPS), so that the first real editor mounts as fast as later ones.
 * @throws whatever a failed chunk load throws; a later call tries again
 */
export function loadCodeMirrorView(): Promise<ViewModule> {
  loading ??= preloadCodeMirror()
    .then(() => import('./CodeMirrorView.tsx'))
    .then(async (view) => {
      await nextIdle();
      for (const step of view.WARM_UP_STEPS) {
        try {
          step();
        } catch {
          // A warm-up that fails costs nothing: the real editor reports its own errors.
        }
        await nextIdle();
      }
      return view;
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
