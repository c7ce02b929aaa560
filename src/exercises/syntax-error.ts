/**
 * Finds the line of a syntax error with CodeMirror's JavaScript parser (Lezer), because engines
 * report no line for a SyntaxError thrown by `new Function`. Any thread (no DOM), but it pulls in
 * the parser, so only the lazily loaded exercise UI imports it.
 */
import { javascriptLanguage } from '@codemirror/lang-javascript';

/**
 * The 1-based line of the first parse error in `source`, or undefined when the parser finds none
 * (the engine may still reject code the parser accepts, e.g. a duplicate `let`).
 */
export function findSyntaxErrorLine(source: string): number | undefined {
  const tree = javascriptLanguage.parser.parse(source);
  let at: number | undefined;
  tree.iterate({
    enter(node) {
      if (at !== undefined) return false;
      if (node.type.isError) {
        at = node.from;
        return false;
      }
      return undefined;
    },
  });
  if (at === undefined) return undefined;
  let line = 1;
  for (let i = 0; i < at && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}
