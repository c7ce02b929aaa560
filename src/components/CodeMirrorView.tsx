/**
 * The CodeMirror 6 view behind {@link CodeEditor} (./CodeEditor.tsx): JavaScript highlighting, the
 * house colours for light and dark mode, an accessible label, and the line of the last error
 * marked. Heavy (CodeMirror and its parsers evaluate in 30–60 ms): loaded by CodeEditor only when
 * an editor is about to mount (./codemirror-modules.ts), never imported directly. Main thread.
 */
import { memo, useMemo } from 'react';
import CodeMirror from '@uiw/react-codemirror';
import { javascript } from '@codemirror/lang-javascript';
import { oneDarkTheme } from '@codemirror/theme-one-dark';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { tags as t } from '@lezer/highlight';
import { Decoration, EditorView } from '@codemirror/view';
import { Prec } from '@codemirror/state';
import { useDarkScheme } from '../theme/useDarkScheme.ts';
import type { CodeEditorProps } from './CodeEditor.tsx';

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

/** Props of {@link CodeMirrorView}: the editor's, with its defaults filled in and the id of its key hint. */
export type CodeMirrorViewProps = Required<Pick<CodeEditorProps, 'value' | 'onChange' | 'label' | 'errorTitle' | 'readOnly' | 'className' | 'minHeight' | 'maxHeight'>> &
  Pick<CodeEditorProps, 'errorLine'> & { hintId: string };

/** The CodeMirror editor itself (see {@link CodeEditor} for what each prop means). */
function CodeMirrorView({ value, onChange, label, errorLine, errorTitle, readOnly, className, minHeight, maxHeight, hintId }: CodeMirrorViewProps) {
  const dark = useDarkScheme();
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
  return (
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
  );
}

export default memo(CodeMirrorView);
