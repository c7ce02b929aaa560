import { describe, expect, it } from 'vitest';
import { LESSON_DIR_PATTERN, lessonFrontmatterSchema, validateFrontmatter } from './schema.ts';

const valid = {
  title: 'Why parallel?',
  summary: 'What parallel computing is.',
  questions: ['What is it?'],
  objectives: ['Name the three models.'],
  keypoints: ['Use the resources you have.'],
  teaching: 20,
  exercises: 10,
  sources: ['hpc2n-parallel-python'],
};

describe('lesson frontmatter schema', () => {
  it('accepts a complete frontmatter', () => {
    const r = validateFrontmatter('lessons/01-a/index.mdx', valid);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toEqual(valid);
  });

  it('describes every field', () => {
    for (const [name, field] of Object.entries(lessonFrontmatterSchema.shape)) {
      expect(field.description, name).toBeTruthy();
    }
  });

  it('names the file and the field of a missing field', () => {
    const { title: _t, ...rest } = valid;
    const r = validateFrontmatter('lessons/01-a/index.mdx', rest);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([expect.stringMatching(/^lessons\/01-a\/index\.mdx: title: /)]);
  });

  it('rejects empty strings, empty lists, wrong types and bad minutes', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ title: '   ' }, 'title'],
      [{ questions: [] }, 'questions'],
      [{ objectives: ['ok', ''] }, 'objectives.1'],
      [{ keypoints: 'one point' }, 'keypoints'],
      [{ teaching: 12.5 }, 'teaching'],
      [{ exercises: -1 }, 'exercises'],
      [{ teaching: '20' }, 'teaching'],
    ];
    for (const [patch, field] of cases) {
      const r = validateFrontmatter('f.mdx', { ...valid, ...patch });
      expect(r.ok, field).toBe(false);
      if (!r.ok) expect(r.errors.some((e) => e.startsWith(`f.mdx: ${field}: `)), `${field}: ${r.errors.join('; ')}`).toBe(true);
    }
  });

  it('accepts only known course ids as sources', () => {
    const r = validateFrontmatter('f.mdx', { ...valid, sources: ['hpc2n-parallel-python', 'my-blog'] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^f\.mdx: sources\.1: /);
    expect(validateFrontmatter('f.mdx', { ...valid, sources: [] }).ok).toBe(false);
  });

  it('rejects unknown fields (typos do not pass silently)', () => {
    const r = validateFrontmatter('f.mdx', { ...valid, summery: 'typo' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join()).toMatch(/summery/);
  });

  it('reports a missing frontmatter as a problem, not a crash', () => {
    const r = validateFrontmatter('f.mdx', undefined);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.length).toBeGreaterThanOrEqual(8);
  });
});

describe('lesson folder names', () => {
  it('accepts NN-slug', () => {
    expect(LESSON_DIR_PATTERN.exec('03-integration')?.slice(1)).toEqual(['03', 'integration']);
    expect(LESSON_DIR_PATTERN.test('01-why-parallel')).toBe(true);
  });
  it('rejects other names', () => {
    for (const bad of ['3-integration', 'integration', '03_integration', '03-Integration', '03-why--parallel', '03-', '003-x', '03-x-']) {
      expect(LESSON_DIR_PATTERN.test(bad), bad).toBe(false);
    }
  });
});
