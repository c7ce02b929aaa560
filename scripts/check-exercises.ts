/**
 * Validation of the exercises beside the lessons, called by `npm run check:lessons`: every
 * `lessons/NN-slug/exercises/<id>/` folder must have a valid exercise.json (zod schema in
 * src/exercises/schema.ts), starter.js and solution.js that compile as plain scripts (the solution
 * defining every exported name), and a checks.ts exporting `checks`; exercise orders must be
 * unique within a lesson. Node only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateExerciseFiles, type ExerciseFiles } from '../src/exercises/validate-exercise.ts';

function read(path: string): string | null {
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

/**
 * @param lessonsDir absolute path of lessons/
 * @returns one message per problem ("file: field: problem")
 */
export function checkExercises(lessonsDir: string): string[] {
  const problems: string[] = [];
  if (!existsSync(lessonsDir)) return problems;
  for (const lesson of readdirSync(lessonsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const exercisesDir = join(lessonsDir, lesson, 'exercises');
    if (!existsSync(exercisesDir)) continue;
    const orders = new Map<number, string>();
    const ids = readdirSync(exercisesDir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && !d.name.startsWith('.') && !d.name.startsWith('_'))
      .map((d) => d.name)
      .sort();
    for (const id of ids) {
      const folder = `lessons/${lesson}/exercises/${id}`;
      const dir = join(exercisesDir, id);
      const files: ExerciseFiles = {
        'exercise.json': read(join(dir, 'exercise.json')),
        'starter.js': read(join(dir, 'starter.js')),
        'solution.js': read(join(dir, 'solution.js')),
        'checks.ts': read(join(dir, 'checks.ts')),
      };
      const { problems: found, meta } = validateExerciseFiles(folder, id, files);
      problems.push(...found);
      if (meta) {
        const other = orders.get(meta.order);
        if (other) problems.push(`${folder}/exercise.json: order: ${meta.order} is already used by ${other}`);
        orders.set(meta.order, id);
      }
    }
  }
  return problems;
}
