import { describe, expect, it } from 'vitest';
import { PACKING_PRESETS, packingSettings, validatePacking } from './packing-settings.ts';
import { computePacking } from './packing.ts';

const base = PACKING_PRESETS[0]!.raw;

describe('validatePacking', () => {
  it('accepts every preset and converts hours to seconds', () => {
    for (const p of PACKING_PRESETS) expect(validatePacking(p.raw).errors).toEqual({});
    expect(validatePacking(base).params?.taskSeconds).toBe(6 * 3600);
    expect(packingSettings.defaults({ cores: 2 })).toEqual(base);
  });
  it('the presets reproduce the course figures', () => {
    const [a, b, c] = PACKING_PRESETS.map((p) => computePacking(validatePacking(p.raw).params!));
    expect(a!.strategies[0]!.computeNodeHours).toBeCloseTo(6000, 6);
    expect(a!.strategies[1]!.jobs).toBe(21);
    expect(b!.slotsPerNode).toBe(19);
    expect(c!.strategies[2]!.concurrent).toBe(32);
  });
  it('gives one message per bad field, where it was typed', () => {
    const { params, errors } = validatePacking({ ...base, tasks: '12.5', cores: 'many', overhead: '-1', taskTime: '0', taskUnit: 'days' });
    expect(params).toBeNull();
    expect(errors.tasks).toMatch(/whole number/);
    expect(errors.cores).toMatch(/whole number/);
    expect(errors.overhead).toMatch(/negative/);
    expect(errors.taskTime).toMatch(/more than 0/);
    expect(errors.taskUnit).toMatch(/seconds, minutes or hours/);
    expect(errors.nodeMemory).toBeUndefined();
  });
  it('refuses a task bigger than a node, and "at a time" without tasks per job', () => {
    expect(validatePacking({ ...base, taskMemory: '200' }).errors.taskMemory).toMatch(/does not fit on a 192 GB node/);
    expect(validatePacking({ ...base, maxParallel: '8' }).errors.tasksPerJob).toMatch(/tasks per job/);
  });
  it('follows the one number rule: 1,000 refused, 1_000 and 1e3 accepted, decimals where they make sense', () => {
    expect(validatePacking({ ...base, tasks: '1e7' }).params?.tasks).toBe(1e7);
    expect(validatePacking({ ...base, tasks: '1_000' }).params?.tasks).toBe(1000);
    expect(validatePacking({ ...base, tasks: '10,000,000' }).errors.tasks).toMatch(/write 10000000 or 10_000_000/);
    expect(validatePacking({ ...base, taskTime: '1,000' }).errors.taskTime).toMatch(/write 1000 or 1_000/);
    expect(validatePacking({ ...base, taskTime: '1e3' }).params?.taskSeconds).toBe(1000 * 3600);
    expect(validatePacking({ ...base, taskTime: '0.5', taskUnit: 'min' }).params?.taskSeconds).toBe(30);
    expect(validatePacking({ ...base, taskMemory: '2.5' }).params?.memoryPerTaskGB).toBe(2.5);
  });
  it('blank farm fields mean no task-farm strategy', () => {
    const { params } = validatePacking({ ...base, tasksPerJob: ' ', maxParallel: '' });
    expect(params?.tasksPerJob).toBeUndefined();
    expect(params?.maxParallel).toBeUndefined();
  });
});
