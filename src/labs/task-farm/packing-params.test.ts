import { describe, expect, it } from 'vitest';
import { PACKING_PRESETS, validatePacking } from './packing-params.ts';
import { computePacking } from './packing.ts';

const base = PACKING_PRESETS[0]!.raw;

describe('validatePacking', () => {
  it('accepts every preset and converts hours to seconds', () => {
    for (const p of PACKING_PRESETS) expect(validatePacking(p.raw).errors).toEqual({});
    expect(validatePacking(base).input?.taskSeconds).toBe(6 * 3600);
  });
  it('the presets reproduce the course figures', () => {
    const [a, b, c] = PACKING_PRESETS.map((p) => computePacking(validatePacking(p.raw).input!));
    expect(a!.strategies[0]!.computeNodeHours).toBeCloseTo(6000, 6);
    expect(a!.strategies[1]!.jobs).toBe(21);
    expect(b!.slotsPerNode).toBe(19);
    expect(c!.strategies[2]!.concurrent).toBe(32);
  });
  it('gives one message per bad field, where it was typed', () => {
    const { input, errors } = validatePacking({ ...base, tasks: '12.5', cores: 'many', overhead: '-1', taskTime: '0' });
    expect(input).toBeNull();
    expect(errors.tasks).toMatch(/whole number/);
    expect(errors.cores).toMatch(/must be a number/);
    expect(errors.overhead).toMatch(/negative/);
    expect(errors.taskTime).toMatch(/more than 0/);
    expect(errors.nodeMemory).toBeUndefined();
  });
  it('refuses a task bigger than a node, and "at a time" without tasks per job', () => {
    expect(validatePacking({ ...base, taskMemory: '200' }).errors.taskMemory).toMatch(/does not fit on a 192 GB node/);
    expect(validatePacking({ ...base, maxParallel: '8' }).errors.tasksPerJob).toMatch(/tasks per job/);
  });
  it('accepts 1e7 and thousands separators', () => {
    expect(validatePacking({ ...base, tasks: '1e7' }).input?.tasks).toBe(1e7);
    expect(validatePacking({ ...base, tasks: '10,000,000' }).input?.tasks).toBe(1e7);
  });
});
