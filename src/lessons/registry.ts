/**
 * The lessons the app knows: metadata from the build-time catalog (virtual:lessons) and a lazy
 * loader for each lesson's compiled MDX, so a lesson's code is fetched only when it is opened.
 * Main thread.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { MDXComponents } from 'mdx/types';
import { lessons as catalog } from 'virtual:lessons';
import type { LessonMeta } from './schema.ts';
import { LESSON_REDIRECTS } from '../../lessons/redirects.ts';

/** Every lesson in order. */
export const lessons: readonly LessonMeta[] = catalog;

type LessonModule = { default: ComponentType<{ components?: MDXComponents }> };

const loaders = import.meta.glob<LessonModule>('../../lessons/*/index.mdx');

/** The lesson with this URL slug, or undefined. */
export function findLesson(slug: string): LessonMeta | undefined {
  return lessons.find((l) => l.slug === slug);
}

/** The lessons before and after `slug`, for previous/next links. */
export function neighbours(slug: string): { previous?: LessonMeta; next?: LessonMeta } {
  const i = lessons.findIndex((l) => l.slug === slug);
  if (i < 0) return {};
  return { previous: lessons[i - 1], next: lessons[i + 1] };
}

/**
 * Loads a lesson's compiled MDX component.
 * @throws Error when the lesson's module is missing from the bundle
 */
export async function loadLessonContent(meta: LessonMeta): Promise<LessonModule['default']> {
  const load = loaders[`../../lessons/${meta.dir}/index.mdx`];
  if (!load) throw new Error(`Lesson ${meta.dir} is not in this build`);
  return (await load()).default;
}

/**
 * Where an old lesson address now lives (lessons/redirects.ts): the hash-route path of the moved
 * section, or of the lesson that took the old one's place; undefined when `slug` never moved.
 * @param anchor the old section id ('' for none)
 */
export function redirectedLessonPath(slug: string, anchor = ''): string | undefined {
  if (!Object.hasOwn(LESSON_REDIRECTS, slug)) return undefined;
  const entry = LESSON_REDIRECTS[slug]!;
  const target = anchor && Object.hasOwn(entry.sections, anchor) ? entry.sections[anchor]! : undefined;
  if (!target) return lessonPath(entry.lesson, anchor || undefined);
  const [to = entry.lesson, id] = target.split('#', 2);
  return lessonPath(to, id);
}

/** Hash-route path of a lesson, optionally to a section. */
export function lessonPath(slug: string, anchor?: string): string {
  return `/lessons/${slug}${anchor ? `#${anchor}` : ''}`;
}

/**
 * Each lesson's content as a lazy component, by folder name (created once here, so never during a
 * render); render it inside Suspense. The lesson's code is fetched on first render.
 */
export const lessonComponents: Readonly<Record<string, LazyExoticComponent<LessonModule['default']>>> = Object.fromEntries(
  lessons.map((meta) => [meta.dir, lazy(async () => ({ default: await loadLessonContent(meta) }))]),
);
