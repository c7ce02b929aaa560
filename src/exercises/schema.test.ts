import { describe, expect, it } from 'vitest';
import { exerciseMetaSchema, validateExerciseMeta, EXERCISE_ID_PATTERN } from './schema.ts';

const valid = {
  title: 'Fill in the row bounds',
  order: 1,
  prompt: 'Write `rowBounds(n, p, k)`.',
  hints: ['Think of n / p.'],
  timeLimitMs: 3000,
  exports: ['rowBounds'],
};

describe('exercise metadata schema', () => {
  it('accepts a complete exercise', () => {
    expect(validateExerciseMeta('x.json', valid)).toEqual({ ok: true, value: valid });
  });

  it('names the file and field of every problem', () => {
    const r = validateExerciseMeta('lessons/03/exercises/a/exercise.json', { ...valid, hints: [], timeLimitMs: 100, exports: ['row-bounds'] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.some((e) => e.startsWith('lessons/03/exercises/a/exercise.json: hints:'))).toBe(true);
    expect(r.errors.some((e) => e.includes('timeLimitMs'))).toBe(true);
    expect(r.errors.some((e) => e.includes('exports.0: must be a JavaScript identifier'))).toBe(true);
  });

  it('rejects unknown fields and empty text', () => {
    expect(validateExerciseMeta('x', { ...valid, extra: 1 }).ok).toBe(false);
    expect(validateExerciseMeta('x', { ...valid, title: '   ' }).ok).toBe(false);
    expect(validateExerciseMeta('x', undefined).ok).toBe(false);
  });

  it('describes every field', () => {
    for (const [key, field] of Object.entries(exerciseMetaSchema.shape)) {
      expect(field.description, key).toBeTruthy();
    }
    expect(exerciseMetaSchema.description).toBeTruthy();
  });

  it('allows dashed lowercase ids only', () => {
    expect(EXERCISE_ID_PATTERN.test('row-bounds')).toBe(true);
    expect(EXERCISE_ID_PATTERN.test('Row_bounds')).toBe(false);
  });
});
