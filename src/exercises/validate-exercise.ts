/**
 * Validation of one exercise folder from its files' text, without touching the file system, so
 * it is testable anywhere: scripts/check-exercises.ts reads the folders and calls it for
 * `npm run check:lessons`. Pure (compiles learner code with `new Function` but never runs it).
 */
import { compileLearnerCode } from './learner-code.ts';
import { EXERCISE_ID_PATTERN, validateExerciseMeta, type ExerciseMeta } from './schema.ts';

/** The files of an exercise folder that matter; null when missing. */
export interface ExerciseFiles {
  'exercise.json': string | null;
  'starter.js': string | null;
  'solution.js': string | null;
  'checks.ts': string | null;
}

/** Whether `source` defines a top-level binding called `name` (function, const, let or var). */
export function definesName(source: string, name: string): boolean {
  return new RegExp(`(^|\\n)\\s*(async\\s+)?(function\\s*\\*?\\s*${name}\\s*\\(|(const|let|var)\\s+${name}\\s*=)`).test(source);
}

/**
 * Problems of one exercise folder, one message each ("path: problem").
 *
 * @param folder shown in messages, e.g. `lessons/03-integration/exercises/row-bounds`
 * @param id the folder name
 * @returns the messages and, when valid, the metadata
 */
export function validateExerciseFiles(folder: string, id: string, files: ExerciseFiles): { problems: string[]; meta: ExerciseMeta | null } {
  const problems: string[] = [];
  if (!EXERCISE_ID_PATTERN.test(id)) problems.push(`${folder}: folder name must be lowercase words joined by dashes`);
  for (const name of Object.keys(files) as (keyof ExerciseFiles)[]) {
    if (files[name] === null) problems.push(`${folder}/${name}: missing`);
  }
  let meta: ExerciseMeta | null = null;
  const json = files['exercise.json'];
  if (json !== null) {
    let raw: unknown;
    try {
      raw = JSON.parse(json);
    } catch (error) {
      problems.push(`${folder}/exercise.json: not valid JSON: ${(error as Error).message}`);
    }
    if (raw !== undefined) {
      const checked = validateExerciseMeta(`${folder}/exercise.json`, raw);
      if (checked.ok) meta = checked.value;
      else problems.push(...checked.errors);
    }
  }
  for (const name of ['starter.js', 'solution.js'] as const) {
    const source = files[name];
    if (source === null) continue;
    if (/^\s*(import|export)\s/m.test(source)) problems.push(`${folder}/${name}: learner code is a plain script: no import or export`);
    try {
      compileLearnerCode(source, meta?.exports ?? []);
    } catch (error) {
      problems.push(`${folder}/${name}: does not compile: ${(error as Error).message}`);
    }
  }
  const solution = files['solution.js'];
  if (meta && solution !== null) {
    for (const name of meta.exports) {
      if (!definesName(solution, name)) problems.push(`${folder}/solution.js: does not define ${name} (listed in exports)`);
    }
  }
  const checks = files['checks.ts'];
  if (checks !== null && !/export\s+const\s+checks\s*(:|=)/.test(checks)) problems.push(`${folder}/checks.ts: must export const checks (an ExerciseChecks function)`);
  return { problems, meta };
}
