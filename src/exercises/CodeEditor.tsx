/**
 * The exercise editor: CodeMirror 6 with JavaScript highlighting, the house colours for light and
 * dark mode, an accessible label, and the line of the last error marked. Loaded lazily with the
 * exercise panel. Main thread.
 */
import { memo, useMemo } from 'react';
import CodeMirror from '@uiw/react-codemirror';
import { javascript } from '@codemirror/lang-javascript';
import { oneDark } from '@codemirror/theme-one-dark';
import { Decoration, EditorView } from '@codemirror/view';
import { useDarkScheme } from './useDarkScheme.ts';

/** Props of {@link CodeEditor}. */
export interface CodeEditorProps {
  value: string;
  onChange: (value: string) => void;
  /** Accessible name of the editor, e.g. "Code for: Fill in the row bounds". */
  label: string;
  /** 1-based line to mark as the error line, if any. */
  errorLine?: number;
  readOnly?: boolean;
}

const errorMark = Decoration.line({ class: 'cm-learner-error', attributes: { title: 'The error happened on this line' } });

/** CodeMirror editor for learner JavaScript. */
function CodeEditor({ value, onChange, label, errorLine, readOnly = false }: CodeEditorProps) {
  const dark = useDarkScheme();
  const extensions = useMemo(
    () => [
      javascript(),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-label': label }),
      EditorView.decorations.compute(['doc'], (state) => {
        if (errorLine === undefined || errorLine < 1 || errorLine > state.doc.lines) return Decoration.none;
        return Decoration.set([errorMark.range(state.doc.line(errorLine).from)]);
      }),
    ],
    [label, errorLine],
  );
  return (
    <CodeMirror
      className="exercise-editor"
      value={value}
      onChange={onChange}
      extensions={extensions}
      theme={dark ? oneDark : 'light'}
      readOnly={readOnly}
      basicSetup={{ foldGutter: false, highlightActiveLineGutter: true }}
      minHeight="8rem"
      maxHeight="32rem"
    />
  );
}

/** Memoised: console output arriving below must not re-render the editor. */
export default memo(CodeEditor);
