import { describe, expect, it } from 'vitest';
import { editDistance, lookupLongOption } from './sbatch-options.ts';

describe('lookupLongOption', () => {
  it('resolves as getopt_long: exact, unique prefix, ambiguous, unknown', () => {
    expect(lookupLongOption('ntasks')).toEqual({ kind: 'exact', name: 'ntasks' });
    expect(lookupLongOption('cpus-per-t')).toEqual({ kind: 'prefix', name: 'cpus-per-task' });
    expect(lookupLongOption('ntask').kind).toBe('ambiguous');
    expect(lookupLongOption('cpu-per-task')).toEqual({ kind: 'unknown', suggestion: 'cpus-per-task' });
    expect(lookupLongOption('zzzzzz')).toEqual({ kind: 'unknown', suggestion: undefined });
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});
