/**
 * The code editor of the site (exercises, MPI rank programs): CodeMirror 6 with JavaScript
 * highlighting, the house colours for light and dark mode, an accessible label, and the line of
 * the last error marked (./CodeMirrorView.tsx). This module is light: it shows the code as plain
 * text, and loads and mounts CodeMirror in idle periods (issue 18: no main-thread task over 50 ms
 * while a lesson opens). Main thread.
 */
import { lazy, memo, Suspense, useEffect, useId, useState } from 'react';
import { MountWhenIdle } from './MountWhenIdle.tsx';
import { loadCodeMirrorView } from './codemirror-modules.ts';

const CodeMirrorView = lazy(loadCodeMirrorView);

/**
 * True once CodeMirror's modules have loaded (or failed to: the lazy view then throws to the
 * error boundary as before). Editors ask for their idle turn only after that, so that editors
 * granted in turn do not all wait on the same load and then mount in one task.
 */
function useCodeMirrorLoaded(): boolean {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    const done = (): void => {
      if (live) setLoaded(true);
    };
    loadCodeMirrorView().then(done, done);
    return () => {
      live = false;
    };
  }, []);
  return loaded;
}

/** Props of {@link CodeEditor}. */
export interface CodeEditorProps {
  value: string;
  onChange: (value: string) => void;
  /** Accessible name of the editor, e.g. "Code for: Fill in the row bounds". */
  label: string;
  /** 1-based line to mark as the error line, if any. */
  errorLine?: number | undefined;
  /** Tooltip of the marked error line. */
  errorTitle?: string;
  readOnly?: boolean;
  /** Class of the editor root, for feature styles. */
  className?: string;
  minHeight?: string;
  maxHeight?: string;
}

/** CodeMirror editor for JavaScript written in the page (learner code, rank programs). */
function CodeEditor({
  value, onChange, label, errorLine, errorTitle = 'The error happened on this line', readOnly = false,
  className = 'exercise-editor', minHeight = '8rem', maxHeight = '32rem',
}: CodeEditorProps) {
  const hintId = useId();
  // CodeMirror costs 30–60 ms to evaluate and 20–60 ms to build a view: its packages evaluate a
  // stage per idle period and the view is built in an idle period of its own, with the code shown
  // as plain text until then. (Not only near the viewport: an editor further down exists, for
  // find in page and for the keyboard, once the page is idle.)
  const pending = (
    <pre className={`${className} code-editor-pending`} style={{ minHeight, maxHeight }} aria-busy="true">
      {value}
    </pre>
  );
  const loaded = useCodeMirrorLoaded();
  return (
    <>
    {loaded ? (
      <MountWhenIdle fallback={pending}>
        <Suspense fallback={pending}>
          <CodeMirrorView value={value} onChange={onChange} label={label} errorLine={errorLine} errorTitle={errorTitle} readOnly={readOnly}
            className={className} minHeight={minHeight} maxHeight={maxHeight} hintId={hintId} />
        </Suspense>
      </MountWhenIdle>
    ) : (
      pending
    )}
    {/* Tab indents inside the editor (WCAG 2.1.2: say how to leave it). CodeMirror lets the next
        Tab move focus after Escape, and Ctrl+M (Shift+Alt+M on a Mac) switches Tab to moving focus. */}
    <p className="editor-keys-hint" id={hintId}>
      {readOnly ? 'Read only.' : 'Tab indents.'} To leave the editor with the keyboard, press <kbd>Esc</kbd> then <kbd>Tab</kbd>{' '}
      (or <kbd>Ctrl</kbd>+<kbd>M</kbd> to make Tab move the focus).
    </p>
    </>
  );
}

/** Memoised: console output arriving below must not re-render the editor. */
export default memo(CodeEditor);
