/**
 * `npm run check:lessons`: validates every lesson's frontmatter (the same check the build runs),
 * checks that internal links and heading anchors resolve (`#/lessons/<slug>#<id>`,
 * `/lessons/<slug>#<id>`, `#<id>` within a lesson), and validates the exercises beside the lessons.
 * Exits 1 with one line per problem ("file[:line]: field or link: problem").
 */
import { resolve } from 'node:path';
import { readCatalog, LessonError, checkLinks, type CatalogEntry } from './lesson-catalog.ts';
import { checkExercises } from './check-exercises.ts';

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
for (const e of catalog) problems.push(...checkLinks(e.file, e.meta.slug, bodies));
problems.push(...checkExercises(lessonsDir));
if (problems.length > 0) {
  console.error(`check:lessons found ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check:lessons: ${catalog.length} lesson(s) valid, links and anchors resolve`);
