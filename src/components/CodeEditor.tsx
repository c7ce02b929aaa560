/**
 * The code editor of the site (exercises, MPI rank programs): CodeMirror 6 with JavaScript
 * highlighting, the house colours for light and dark mode, an accessible label, and the line of
 * the last error marked. Heavy: load it lazily with the panel that uses it. Main thread.
 */
import { memo, useMemo } from 'react';
import CodeMirror from '@uiw/react-codemirror';
import { javascript } from '@codemirror/lang-javascript';
import { oneDark } from '@codemirror/theme-one-dark';
import { Decoration, EditorView } from '@codemirror/view';
import { useDarkScheme } from '../theme/useDarkScheme.ts';

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
  const dark = useDarkScheme();
  const extensions = useMemo(
    () => [
      javascript(),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-label': label }),
      EditorView.decorations.compute(['doc'], (state) => {
        if (errorLine === undefined || errorLine < 1 || errorLine > state.doc.lines) return Decoration.none;
        const mark = Decoration.line({ class: 'cm-error-line', attributes: { title: errorTitle } });
        return Decoration.set([mark.range(state.doc.line(errorLine).from)]);
      }),
    ],
    [label, errorLine, errorTitle],
  );
  return (
    <CodeMirror
      className={className}
      value={value}
      onChange={onChange}
      extensions={extensions}
      theme={dark ? oneDark : 'light'}
      readOnly={readOnly}
      basicSetup={{ foldGutter: false, highlightActiveLineGutter: true }}
      minHeight={minHeight}
      maxHeight={maxHeight}
    />
  );
}

/** Memoised: console output arriving below must not re-render the editor. */
export default memo(CodeEditor);
