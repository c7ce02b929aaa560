/**
 * The code editor of the site (exercises, MPI rank programs): CodeMirror 6 with JavaScript
 * highlighting, the house colours for light and dark mode, an accessible label, and the line of
 * the last error marked. Heavy: load it lazily with the panel that uses it. Main thread.
 */
import { memo, useId, useMemo } from 'react';
import CodeMirror from '@uiw/react-codemirror';
import { javascript } from '@codemirror/lang-javascript';
import { oneDarkTheme } from '@codemirror/theme-one-dark';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { tags as t } from '@lezer/highlight';
import { Decoration, EditorView } from '@codemirror/view';
import { Prec } from '@codemirror/state';
import { useDarkScheme } from '../theme/useDarkScheme.ts';
import { MountWhenIdle } from '../labs/kit/MountWhenIdle.tsx';

/**
 * Token colours of one scheme, each at least 4.5:1 (WCAG AA) against the editor's background
 * (light #ffffff and gutter #f5f5f5; dark #282c34 and gutter #2c313a), from GitHub's high-contrast
 * palettes, like the code blocks of the lessons.
 */
interface Palette {
  keyword: string;
  string: string;
  comment: string;
  number: string;
  fn: string;
  text: string;
  property: string;
  type: string;
  gutter: string;
}

const LIGHT: Palette = { keyword: '#a0111f', string: '#032563', comment: '#57606a', number: '#023b95', fn: '#622cbc', text: '#1b1f24', property: '#023b95', type: '#702c00', gutter: '#57606a' };
const DARK: Palette = { keyword: '#ff9492', string: '#addcff', comment: '#9da7b3', number: '#91cbff', fn: '#dbb7ff', text: '#e6edf3', property: '#91cbff', type: '#ffb757', gutter: '#9da7b3' };

function highlighting(p: Palette) {
  return syntaxHighlighting(
    HighlightStyle.define([
      { tag: [t.keyword, t.operatorKeyword, t.modifier, t.controlKeyword, t.definitionKeyword, t.moduleKeyword], color: p.keyword },
      { tag: [t.string, t.special(t.string), t.regexp, t.escape, t.character], color: p.string },
      { tag: [t.comment, t.lineComment, t.blockComment, t.docComment], color: p.comment, fontStyle: 'italic' },
      { tag: [t.number, t.bool, t.null, t.atom, t.literal, t.constant(t.name)], color: p.number },
      { tag: [t.function(t.variableName), t.function(t.propertyName), t.definition(t.function(t.variableName))], color: p.fn },
      { tag: [t.propertyName, t.attributeName], color: p.property },
      { tag: [t.typeName, t.className, t.definition(t.variableName), t.self], color: p.type },
      { tag: [t.variableName, t.name, t.operator, t.punctuation, t.bracket, t.labelName], color: p.text },
      { tag: t.invalid, color: p.keyword, textDecoration: 'underline' },
    ]),
  );
}

// Prec.highest: these must win over the base themes' gutter and text colours.
const lightScheme = [Prec.highest(EditorView.theme({ '.cm-gutters': { color: LIGHT.gutter } }, { dark: false })), highlighting(LIGHT)];
const darkScheme = [Prec.highest(EditorView.theme({ '.cm-gutters': { color: DARK.gutter }, '.cm-content': { color: DARK.text } }, { dark: true })), oneDarkTheme, highlighting(DARK)];

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
  const hintId = useId();
  const extensions = useMemo(
    () => [
      javascript(),
      EditorView.lineWrapping,
      // tabindex: a read-only editor (MPI programs) can be reached to scroll it by keyboard too.
      EditorView.contentAttributes.of({ 'aria-label': label, 'aria-describedby': hintId, tabindex: '0' }),
      EditorView.decorations.compute(['doc'], (state) => {
        if (errorLine === undefined || errorLine < 1 || errorLine > state.doc.lines) return Decoration.none;
        const mark = Decoration.line({ class: 'cm-error-line', attributes: { title: errorTitle } });
        return Decoration.set([mark.range(state.doc.line(errorLine).from)]);
      }),
    ],
    [label, errorLine, errorTitle, hintId],
  );
  // CodeMirror's view costs 20–60 ms to build: it mounts in the next idle period, apart from the
  // rest of the lab or exercise (issue 18), with the code shown as plain text until then.
  const pending = (
    <pre className={`${className} code-editor-pending`} style={{ minHeight, maxHeight }} aria-busy="true">
      {value}
    </pre>
  );
  return (
    <>
    <MountWhenIdle fallback={pending}>
    <CodeMirror
      className={className}
      value={value}
      onChange={onChange}
      extensions={extensions}
      theme={dark ? darkScheme : lightScheme}
      readOnly={readOnly}
      basicSetup={{ foldGutter: false, highlightActiveLineGutter: true }}
      minHeight={minHeight}
      maxHeight={maxHeight}
    />
    </MountWhenIdle>
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
