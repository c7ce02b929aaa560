/**
 * Vite plugin that validates the lessons and serves their metadata as virtual modules:
 * - `virtual:lessons`: `lessons`, an array of LessonMeta in order (small; the app shell imports it);
 * - `virtual:lesson-search`: `documents` for the search index (loaded lazily by search).
 * An invalid lesson fails the build (and shows Vite's error overlay in dev) naming file and field.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { readCatalog, extractSections, type CatalogEntry } from './lesson-catalog.ts';

const IDS = { lessons: 'virtual:lessons', search: 'virtual:lesson-search' } as const;

/** One search document per section of a lesson (see virtual:lesson-search). */
export interface SearchDocument {
  /** `slug` for the introduction, `slug#anchor` for a section. */
  id: string;
  slug: string;
  /** Heading id of the section, '' for the lesson's introduction. */
  anchor: string;
  /** Section heading, or the lesson title for the introduction. */
  title: string;
  text: string;
}

/**
 * Search documents of a lesson: the introduction (with summary, questions, objectives and key
 * points) and one per h2/h3 section, so results link straight to the section.
 */
export function searchDocuments(e: CatalogEntry): SearchDocument[] {
  const { meta } = e;
  return extractSections(e.body)
    .map((s) =>
      s.anchor
        ? { id: `${meta.slug}#${s.anchor}`, slug: meta.slug, anchor: s.anchor, title: s.heading, text: s.text }
        : {
            id: meta.slug,
            slug: meta.slug,
            anchor: '',
            title: meta.title,
            text: [meta.summary, ...meta.questions, ...meta.objectives, ...meta.keypoints, s.text].join(' '),
          },
    )
    .filter((d) => d.anchor === '' || d.text.length > 0 || d.title.length > 0);
}

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
      // No addWatchFile here: in dev, Vite turns watched files into imports of this module and a
      // folder cannot be imported. configureServer watches the lessons instead.
      const catalog = readCatalog(lessonsDir, { skipMissing: true });
      if (id === `\0${IDS.lessons}`) return `export const lessons = ${JSON.stringify(catalog.map((e) => e.meta))};`;
      return `export const documents = ${JSON.stringify(catalog.flatMap(searchDocuments))};`;
    },
    configureServer(server) {
      server.watcher.add(lessonsDir);
      const refresh = (file: string): void => {
        if (!file.startsWith(lessonsDir)) return;
        for (const key of Object.values(IDS)) {
          const mod = server.moduleGraph.getModuleById(`\0${key}`);
          if (mod) server.moduleGraph.invalidateModule(mod);
        }
        if (!file.endsWith('.mdx')) server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', refresh);
      server.watcher.on('add', refresh);
      server.watcher.on('unlink', refresh);
    },
  };
}
