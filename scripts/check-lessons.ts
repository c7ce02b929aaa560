/**
 * `npm run check:lessons`: validates every lesson's frontmatter and the exercises beside them.
 * Exits 1 with one line per problem. (Link and anchor checks: owned by the lesson-system feature.)
 */
import { resolve } from 'node:path';
import { readCatalog, LessonError } from './lesson-catalog.ts';
import { checkExercises } from './check-exercises.ts';

const lessonsDir = resolve(import.meta.dirname, '..', 'lessons');
const problems: string[] = [];
try {
  readCatalog(lessonsDir);
} catch (error) {
  if (error instanceof LessonError) problems.push(...error.problems);
  else throw error;
}
problems.push(...checkExercises(lessonsDir));
if (problems.length > 0) {
  console.error(`check:lessons found ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('check:lessons: all lessons valid');
