/**
 * Vite plugin that validates the lessons and serves their metadata as virtual modules:
 * - `virtual:lessons`: `lessons`, an array of LessonMeta in order (small; the app shell imports it);
 * - `virtual:lesson-search`: `documents` for the search index (loaded lazily by search).
 * An invalid lesson fails the build (and shows Vite's error overlay in dev) naming file and field.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { readCatalog } from './lesson-catalog.ts';

const IDS = { lessons: 'virtual:lessons', search: 'virtual:lesson-search' } as const;

/** @param root project root (the folder holding lessons/) */
export function lessonsPlugin(root: string): Plugin {
  const lessonsDir = resolve(root, 'lessons');
  return {
    name: 'parallel-lab-lessons',
    resolveId(id) {
      if (id === IDS.lessons || id === IDS.search) return `\0${id}`;
      return undefined;
    },
    load(id) {
      if (id !== `\0${IDS.lessons}` && id !== `\0${IDS.search}`) return undefined;
      this.addWatchFile(lessonsDir);
      const catalog = readCatalog(lessonsDir);
      for (const e of catalog) this.addWatchFile(resolve(root, e.file));
      if (id === `\0${IDS.lessons}`) return `export const lessons = ${JSON.stringify(catalog.map((e) => e.meta))};`;
      const documents = catalog.flatMap((e) => [
        { id: e.meta.slug, slug: e.meta.slug, anchor: '', title: e.meta.title, text: `${e.meta.summary} ${e.text}` },
      ]);
      return `export const documents = ${JSON.stringify(documents)};`;
    },
    handleHotUpdate(ctx) {
      if (ctx.file.startsWith(lessonsDir)) {
        for (const key of Object.values(IDS)) {
          const mod = ctx.server.moduleGraph.getModuleById(`\0${key}`);
          if (mod) ctx.server.moduleGraph.invalidateModule(mod);
        }
      }
    },
  };
}
