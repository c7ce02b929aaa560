/**
 * Loads the code editor's modules (CodeMirror, its JavaScript parser, the React wrapper) a
 * package at a time, each evaluated in a task of its own with an idle period between them:
 * evaluated together they took one task of 35–60 ms on a loaded 2-core machine (issue 18: no
 * main-thread task over 50 ms while a lesson opens). Later calls share the first one's promise.
 * Main thread.
 */
import { whenIdle } from '../lib/idle.ts';

type ViewModule = typeof import('./CodeMirrorView.tsx');

/**
 * The packages in the order they depend on each other, so that each import evaluates only its
 * own package (its dependencies are already evaluated).
 */
const STAGES: readonly (() => Promise<unknown>)[] = [
  () => import('@codemirror/state'),
  () => import('@codemirror/view'),
  () => import('@lezer/highlight'),
  () => import('@codemirror/language'),
  () => import('@codemirror/lang-javascript'),
  () => import('@uiw/react-codemirror'),
];

let loading: Promise<ViewModule> | undefined;
let preloading: Promise<void> | undefined;

function idle(): Promise<void> {
  return new Promise((resolve) => void whenIdle(resolve, 500));
}

/**
 * Evaluates CodeMirror's packages stage by stage, an idle period between stages, so that the view
 * module importing them afterwards finds them evaluated.
 * @throws whatever a failed chunk load throws (offline before the site was cached); a later call
 *   tries again
 */
function preloadCodeMirror(): Promise<void> {
  preloading ??= (async () => {
    for (const stage of STAGES) {
      await stage();
      await idle();
    }
  })().catch((error: unknown) => {
    preloading = undefined;
    throw error;
  });
  return preloading;
}

/**
 * The module of the CodeMirror view (./CodeMirrorView.tsx), its packages loaded stage by stage
 * first ({@link preloadCodeMirror}).
 * @throws whatever a failed chunk load throws; a later call tries again
 */
export function loadCodeMirrorView(): Promise<ViewModule> {
  loading ??= preloadCodeMirror()
    .then(() => import('./CodeMirrorView.tsx'))
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
