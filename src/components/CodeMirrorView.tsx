/**
 * The CodeMirror 6 view behind {@link CodeEditor} (./CodeEditor.tsx): JavaScript highlighting, the
 * house colours for light and dark mode, an accessible label, and the line of the last error
 * marked. Heavy (CodeMirror and its parsers evaluate in 30–60 ms): loaded by CodeEditor only when
 * an editor is about to mount (./codemirror-modules.ts), never imported directly. Main thread.
 */
import { memo, useMemo } from 'react';
import CodeMirror, { getDefaultExtensions, type BasicSetupOptions } from '@uiw/react-codemirror';
import { javascript } from '@codemirror/lang-javascript';
import { oneDarkTheme } from '@codemirror/theme-one-dark';
import { ensureSyntaxTree, HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { tags as t } from '@lezer/highlight';
import { Decoration, EditorView } from '@codemirror/view';
import { EditorState, Prec } from '@codemirror/state';
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

/** The editor's basic set-up: CodeMirror's, without the fold gutter. */
const BASIC_SETUP: BasicSetupOptions = { foldGutter: false, highlightActiveLineGutter: true };

/** A few lines of JavaScript with most of the token kinds the lessons' code uses. */
const WARM_UP_CODE = `// warm-up
import { parallelMap } from 'lab';
export async function run(n = 10, label = "x") {
  const rows = [];
  for (let i = 0; i < n; i++) rows.push({ i, y: Math.sin(i * 0.5) });
  return rows.map((r) => r.y).reduce((a, b) => a + b, 0) / n;
}
`;

let warmState: EditorState | undefined;

/**
 * Builds a throwaway editor with the same extensions as the real ones, in two steps meant for
 * two idle periods (state and parse, then the view, attached off screen and destroyed at once),
 * so that the first real editor of a page does not pay for compiling CodeMirror's code on its own
 * (issue 18: the first editor took 60–75 ms to mount, later ones 30–48 ms). Main thread (DOM).
 * Called by ./codemirror-modules.ts; each step is a no-op if it fails.
 */
export const WARM_UP_STEPS: readonly (() => void)[] = [
  () => {
    const extensions = [javascript(), EditorView.lineWrapping, ...getDefaultExtensions({ basicSetup: BASIC_SETUP, theme: lightScheme })];
    warmState = EditorState.create({ doc: WARM_UP_CODE, extensions });
    ensureSyntaxTree(warmState, warmState.doc.length, 20);
  },
  () => {
    if (!warmState || typeof document === 'undefined') return;
    const parent = document.createElement('div');
    parent.setAttribute('aria-hidden', 'true');
    parent.style.cssText = 'position:fixed;left:-10000px;top:0;width:40rem;visibility:hidden';
    document.body.append(parent);
    try {
      new EditorView({ state: warmState, parent }).destroy();
    } finally {
      parent.remove();
      warmState = undefined;
    }
  },
];

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
      basicSetup={BASIC_SETUP}
      minHeight={minHeight}
      maxHeight={maxHeight}
    />
  );
}

export default memo(CodeMirrorView);
