/**
 * Vite plugin: `…/exercise.json?markdown` imports the exercise's prompt and hints rendered at
 * build time (exercise-markdown.ts) as hast trees, so the page ships no Markdown parser, no KaTeX
 * parser and no Shiki grammars for them. src/exercises/catalog.ts imports them lazily with
 * import.meta.glob. A file that is not valid JSON fails the build naming the file.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';
import { renderExerciseText } from './exercise-markdown.ts';

const QUERY = '?markdown';
/**
 * Resolved ids are `PREFIX + file + SUFFIX`: the `\0` prefix keeps other plugins from loading
 * them, and the suffix keeps them from looking like `.json` (Vite's JSON plugin would parse them).
 */
const PREFIX = '\0parallel-lab-exercise-markdown:';
const SUFFIX = '.text.js';

/** The plugin (added once in vite.config.ts). */
export function exerciseMarkdownPlugin(): Plugin {
  return {
    name: 'parallel-lab:exercise-markdown',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith(`exercise.json${QUERY}`)) return undefined;
      const resolved = await this.resolve(source.slice(0, -QUERY.length), importer, { skipSelf: true });
      return resolved ? PREFIX + resolved.id + SUFFIX : undefined;
    },
    async load(id) {
      if (!id.startsWith(PREFIX)) return undefined;
      const file = id.slice(PREFIX.length, -SUFFIX.length);
      this.addWatchFile(file);
      const source = await readFile(file, 'utf8');
      let meta: unknown;
      try {
        meta = JSON.parse(source);
      } catch (error) {
        this.error(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
      }
      return `export default ${JSON.stringify(await renderExerciseText(meta))};`;
    },
  };
}
