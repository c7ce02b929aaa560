/**
 * `npm run check:lessons`: validates every lesson's frontmatter (the same check the build runs),
 * checks that internal links and heading anchors resolve (`#/lessons/<slug>#<id>`,
 * `/lessons/<slug>#<id>`, `#<id>` within a lesson), that the redirects of moved lessons
 * (lessons/redirects.ts) land on existing sections, that every lesson's main path fits its `teaching`
 * minutes at the reading pace of `READING_WPM` words per minute plus `LAB_MINUTES` per lab (see
 * `teachingEstimate` in lesson-catalog.ts), and validates the exercises beside the lessons.
 * Exits 1 with one line per problem ("file[:line]: field or link: problem").
 */
import { resolve } from 'node:path';
import {
  readCatalog,
  LessonError,
  checkLinks,
  checkRedirects,
  checkTeachingTime,
  teachingEstimate,
  LAB_MINUTES,
  READING_WPM,
  type CatalogEntry,
} from './lesson-catalog.ts';
import { LESSON_REDIRECTS } from '../lessons/redirects.ts';
import { checkExercises } from './check-exercises.ts';
import { LABS } from '../src/labs/registry.ts';

const lessonsDir = resolve(import.meta.dirname, '..', 'lessons');
const problems: string[] = [];
let catalog: CatalogEntry[] = [];
try {
  catalog = readCatalog(lessonsDir);
} catch (error) {
  if (error instanceof LessonError) problems.push(...error.problems);
  else throw error;
}
const bodies = new Map(catalog.map((e) => [e.meta.slug, e.body]));
const labIds = new Set(LABS.map((l) => l.id));
for (const e of catalog) problems.push(...checkLinks(e.file, e.meta.slug, bodies, labIds));
if (catalog.length > 0) problems.push(...checkRedirects(LESSON_REDIRECTS, bodies, new Map(catalog.map((e) => [e.meta.slug, e.meta.exerciseIds]))));
for (const e of catalog) problems.push(...checkTeachingTime(e.file, e.body, e.meta.teaching));
problems.push(...checkExercises(lessonsDir));
if (problems.length > 0) {
  console.error(`check:lessons found ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check:lessons: ${catalog.length} lesson(s) valid, links, anchors and redirects resolve`);
console.log(`reading pace: prose at ${READING_WPM} words/min + ${LAB_MINUTES} min per lab, against the teaching minutes`);
for (const e of catalog) {
  const t = teachingEstimate(e.body);
  console.log(`  ${e.meta.dir}: ${t.words} words + ${t.labs.length} lab(s) = ${t.minutes.toFixed(1)} of ${e.meta.teaching} min`);
}
