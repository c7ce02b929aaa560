/**
 * Highlighting of batch scripts for CodeMirror: `#SBATCH` directives (the directive word, its
 * options, its values), comments, strings and `$VARIABLES`. A CodeMirror stream parser (the
 * library's way to define a simple mode); no parsing beyond colours. Main thread.
 */
import { StreamLanguage, type StringStream } from '@codemirror/language';

interface State {
  /** Inside an #SBATCH line, after the directive word. */
  directive: boolean;
}

/** The batch-script language (shell with #SBATCH directives). */
export const batchScript = StreamLanguage.define<State>({
  name: 'sbatch',
  startState: () => ({ directive: false }),
  token(stream: StringStream, state: State): string | null {
    if (stream.sol()) state.directive = false;
    if (stream.sol() && stream.match(/^#SBATCH\b/)) {
      state.directive = true;
      return 'keyword';
    }
    if (state.directive) {
      if (stream.eatSpace()) return null;
      if (stream.peek() === '#') {
        stream.skipToEnd();
        return 'comment';
      }
      if (stream.match(/^--?[A-Za-z][\w-]*/)) return 'propertyName';
      if (stream.match(/^=?("[^"]*"|'[^']*'|[^\s#]+)/)) return 'number';
      stream.next();
      return null;
    }
    if (stream.eatSpace()) return null;
    if (stream.peek() === '#') {
      stream.skipToEnd();
      return 'comment';
    }
    if (stream.match(/^"(?:[^"\\]|\\.)*"?/) || stream.match(/^'[^']*'?/)) return 'string';
    if (stream.match(/^\$\{[^}]*\}?/) || stream.match(/^\$[A-Za-z_]\w*/)) return 'variableName.special';
    if (stream.match(/^--?[A-Za-z][\w-]*/)) return 'attributeName';
    if (stream.match(/^[^\s"'$#]+/)) return null;
    stream.next();
    return null;
  },
});
