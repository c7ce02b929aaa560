/**
 * Editor of a rank program: CodeMirror 6 with JavaScript highlighting, an accessible label, the
 * house colours in light and dark mode, and the line of a rank's error marked. Main thread.
 */
import { useEffect, useMemo, useState } from 'react';
import CodeMirror from '@uiw/react-codemirror';
import { javascript } from '@codemirror/lang-javascript';
import { oneDark } from '@codemirror/theme-one-dark';
import { Decoration, EditorView } from '@codemirror/view';

const errorMark = Decoration.line({ class: 'mpi-error-line', attributes: { title: 'A rank failed on this line' } });

function useDark(): boolean {
  const query = '(prefers-color-scheme: dark)';
  const read = () => {
    const forced = document.documentElement.dataset.theme;
    return forced ? forced === 'dark' : window.matchMedia(query).matches;
  };
  const [dark, setDark] = useState(read);
  useEffect(() => {
    const mq = window.matchMedia(query);
    const update = () => setDark(read());
    mq.addEventListener('change', update);
    const obs = new MutationObserver(update);
    obs.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => {
      mq.removeEventListener('change', update);
      obs.disconnect();
    };
  }, []);
  return dark;
}

/** Props of {@link ProgramEditor}. */
export interface ProgramEditorProps {
  value: string;
  onChange: (value: string) => void;
  label: string;
  errorLine?: number | undefined;
}

/** CodeMirror editor for a rank program (default export, loaded with the lab). */
export default function ProgramEditor({ value, onChange, label, errorLine }: ProgramEditorProps) {
  const dark = useDark();
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
      className="mpi-editor"
      value={value}
      onChange={onChange}
      extensions={extensions}
      theme={dark ? oneDark : 'light'}
      basicSetup={{ foldGutter: false }}
      minHeight="6rem"
      maxHeight="28rem"
    />
  );
}
