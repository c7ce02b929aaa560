/**
 * The batch-script editor of the cluster lab: CodeMirror 6 with batch-script colours, line
 * numbers, an accessible name, and each line with a message marked (errors red, warnings amber)
 * with the message as the line's tooltip; the messages themselves are listed under the editor by
 * the lab, so nothing depends on hovering. Heavy: loaded with the lab. Main thread (React).
 */
import { memo, useId, useMemo } from 'react';
import CodeMirror from '@uiw/react-codemirror';
import { oneDarkTheme } from '@codemirror/theme-one-dark';
import { Decoration, EditorView } from '@codemirror/view';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { tags as t } from '@lezer/highlight';
import type { ScriptMessage } from '../../slurm/parse-script.ts';
import { useDarkScheme } from '../../theme/useDarkScheme.ts';
import { batchScript } from './batch-language.ts';

/** Props of {@link ScriptEditor}. */
export interface ScriptEditorProps {
  value: string;
  onChange: (value: string) => void;
  /** Accessible name, e.g. "Batch script". */
  label: string;
  /** Id of the element that lists the messages (aria-describedby). */
  describedBy?: string;
  messages: readonly ScriptMessage[];
  readOnly?: boolean;
}

/**
 * Token colours, each at least 4.5:1 against the editor's background (light #ffffff, dark
 * #282c34): the palette of the site's code editor (src/components/CodeEditor.tsx).
 */
function colours(p: { keyword: string; comment: string; string: string; property: string; value: string; variable: string; text: string }) {
  return syntaxHighlighting(
    HighlightStyle.define([
      { tag: t.keyword, color: p.keyword, fontWeight: '600' },
      { tag: t.comment, color: p.comment, fontStyle: 'italic' },
      { tag: t.string, color: p.string },
      { tag: [t.propertyName, t.attributeName], color: p.property },
      { tag: t.number, color: p.value },
      { tag: t.special(t.variableName), color: p.variable },
      { tag: t.content, color: p.text },
    ]),
  );
}
const LIGHT = colours({ keyword: '#a0111f', comment: '#57606a', string: '#032563', property: '#023b95', value: '#702c00', variable: '#622cbc', text: '#1b1f24' });
const DARK = colours({ keyword: '#ff9492', comment: '#9da7b3', string: '#addcff', property: '#91cbff', value: '#ffb757', variable: '#dbb7ff', text: '#e6edf3' });
const darkTheme = [oneDarkTheme, EditorView.theme({ '.cm-content': { color: '#e6edf3' }, '.cm-gutters': { color: '#9da7b3' } }, { dark: true }), DARK];
const lightTheme = [EditorView.theme({ '.cm-gutters': { color: '#57606a' } }, { dark: false }), LIGHT];

function ScriptEditor({ value, onChange, label, describedBy, messages, readOnly = false }: ScriptEditorProps) {
  const dark = useDarkScheme();
  const hintId = useId();
  const key = messages.map((m) => `${m.line}:${m.severity}:${m.text}`).join('|');
  const extensions = useMemo(
    () => [
      batchScript,
      // tabindex: the script can be reached (and scrolled sideways on a phone) by keyboard, read-only too.
      EditorView.contentAttributes.of({ 'aria-label': label, 'aria-describedby': [hintId, describedBy].filter(Boolean).join(' '), tabindex: '0' }),
      EditorView.decorations.compute(['doc'], (state) => {
        const byLine = new Map<number, ScriptMessage>();
        for (const m of messages) {
          if (m.line < 1 || m.line > state.doc.lines) continue;
          const had = byLine.get(m.line);
          if (!had || had.severity !== 'error') byLine.set(m.line, m);
        }
        const marks = [...byLine.entries()]
          .sort(([a], [b]) => a - b)
          .filter(([, m]) => m.severity !== 'note')
          .map(([line, m]) => Decoration.line({ class: m.severity === 'error' ? 'cm-error-line' : 'cm-warning-line', attributes: { title: m.text } }).range(state.doc.line(line).from));
        return Decoration.set(marks);
      }),
    ],
    [label, hintId, describedBy, key], // eslint-disable-line react-hooks/exhaustive-deps
  );
  return (
    <>
      <CodeMirror
        className="exercise-editor cluster-editor"
        value={value}
        onChange={onChange}
        extensions={extensions}
        theme={dark ? darkTheme : lightTheme}
        readOnly={readOnly}
        basicSetup={{ foldGutter: false, highlightActiveLineGutter: true, autocompletion: false }}
        minHeight="10rem"
        maxHeight="28rem"
      />
      <p className="editor-keys-hint" id={hintId}>
        Tab indents. To leave the editor with the keyboard, press <kbd>Esc</kbd> then <kbd>Tab</kbd> (or <kbd>Ctrl</kbd>+<kbd>M</kbd> to make Tab move the focus).
      </p>
    </>
  );
}

/** Memoised: queue updates must not re-render the editor. */
export default memo(ScriptEditor);
