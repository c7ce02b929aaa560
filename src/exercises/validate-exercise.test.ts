import { describe, expect, it } from 'vitest';
import { definesName, validateExerciseFiles, type ExerciseFiles } from './validate-exercise.ts';

const meta = { title: 'T', order: 1, prompt: 'P', hints: ['h'], timeLimitMs: 1000, exports: ['f'] };
const good: ExerciseFiles = {
  'exercise.json': JSON.stringify(meta),
  'starter.js': 'function f() { return 0; }',
  'solution.js': 'function f() { return 1; }',
  'checks.ts': 'export const checks: ExerciseChecks = async () => [];',
};

describe('validateExerciseFiles', () => {
  it('accepts a complete exercise', () => {
    expect(validateExerciseFiles('x', 'row-bounds', good)).toEqual({ problems: [], meta });
  });

  it('reports missing files, bad JSON, syntax errors, missing exports and a bad id', () => {
    const { problems } = validateExerciseFiles('x', 'Bad_Id', {
      'exercise.json': '{ nope',
      'starter.js': 'function (',
      'solution.js': null,
      'checks.ts': 'export default 1;',
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'x: folder name must be lowercase words joined by dashes',
        'x/solution.js: missing',
        expect.stringMatching(/^x\/exercise.json: not valid JSON/),
        expect.stringMatching(/^x\/starter.js: does not compile/),
        'x/checks.ts: must export const checks (an ExerciseChecks function)',
      ]),
    );
  });

  it('names schema problems by field and exports the solution lacks', () => {
    const { problems } = validateExerciseFiles('x', 'a', { ...good, 'exercise.json': JSON.stringify({ ...meta, hints: [], exports: ['f', 'g'] }) });
    expect(problems.some((p) => p.startsWith('x/exercise.json: hints:'))).toBe(true);
    const { problems: p2 } = validateExerciseFiles('x', 'a', { ...good, 'exercise.json': JSON.stringify({ ...meta, exports: ['f', 'g'] }) });
    expect(p2).toContain('x/solution.js: does not define g (listed in exports)');
  });

  it('rejects modules as learner code', () => {
    const { problems } = validateExerciseFiles('x', 'a', { ...good, 'starter.js': "import x from 'y';\nfunction f() {}" });
    expect(problems.some((p) => p.includes('no import or export'))).toBe(true);
  });
});

describe('definesName', () => {
  it('finds top-level functions and bindings', () => {
    expect(definesName('async function main() {}', 'main')).toBe(true);
    expect(definesName('const f = (x) => x;', 'f')).toBe(true);
    expect(definesName('// f is missing\nfunction g() {}', 'f')).toBe(false);
  });
});
