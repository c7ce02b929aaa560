import { describe, expect, it } from 'vitest';
import { computePacking, slotsPerNode } from './packing.ts';

const HOUR = 3600;

describe('computePacking reproduces the ADACS job-packing figures', () => {
  it('1000 six-hour tasks on 48-core nodes: 1000 jobs and 6000 node-hours, or 21 packed jobs and 126 node-hours', () => {
    const r = computePacking({ tasks: 1000, taskSeconds: 6 * HOUR, coresPerNode: 48, memoryPerNodeGB: 192, memoryPerTaskGB: 1, overheadSeconds: 0 });
    const [one, packed] = r.strategies;
    expect(r.slotsPerNode).toBe(48);
    expect(r.limitedBy).toBe('cores');
    expect(one!.jobs).toBe(1000);
    expect(one!.computeNodeHours).toBeCloseTo(6000, 9);
    expect(one!.coreUtilisation).toBeCloseTo(1 / 48, 9); // "only use 1/48th of the available cores"
    expect(packed!.jobs).toBe(21); // 1000 / 48 = ~21
    expect(packed!.computeNodeHours).toBeCloseTo(126, 9); // 21 nodes x 6 hours
    expect(one!.totalNodeHours / packed!.totalNodeHours).toBeCloseTo(47.6, 1); // "~48 better"
    expect(r.strategies).toHaveLength(2);
  });

  it('memory-limited: 10 GB tasks pack 19 to a 192 GB node', () => {
    const r = computePacking({ tasks: 1000, taskSeconds: 6 * HOUR, coresPerNode: 48, memoryPerNodeGB: 192, memoryPerTaskGB: 10, overheadSeconds: 0 });
    expect(r.slotsPerNode).toBe(19);
    expect(r.limitedBy).toBe('memory');
    expect(r.strategies[1]!.jobs).toBe(53); // ceil(1000 / 19)
    expect(r.strategies[1]!.computeNodeHours).toBeCloseTo(318, 9);
  });

  it('ten million 20-second tasks: 30 s of scheduling per job dominates until 10 000 tasks share a job, 32 at a time', () => {
    const r = computePacking({
      tasks: 10_000_000, taskSeconds: 20, coresPerNode: 48, memoryPerNodeGB: 192, memoryPerTaskGB: 4,
      overheadSeconds: 30, tasksPerJob: 10_000, maxParallel: 32,
    });
    const [one, packed, farm] = r.strategies;
    expect(one!.jobs).toBe(10_000_000);
    expect(one!.computeNodeHours).toBeCloseTo(55_555.6, 1);
    expect(one!.overheadNodeHours).toBeCloseTo(83_333.3, 1); // more than the work itself
    expect(one!.overheadShare).toBeCloseTo(0.6, 9);
    expect(packed!.jobs).toBe(208_334);
    expect(packed!.overheadShare).toBeGreaterThan(0.5); // still dominated by overhead
    expect(farm!.jobs).toBe(1000);
    expect(farm!.concurrent).toBe(32);
    expect(farm!.waves).toBe(313); // ceil(10000 / 32)
    expect(farm!.jobSeconds).toBe(6260);
    expect(farm!.overheadNodeHours).toBeCloseTo(8.33, 2);
    expect(farm!.overheadShare).toBeLessThan(0.01);
  });

  it('the course\'s "approx 6,000 node hours" for 20-second tasks holds for one million of them', () => {
    const r = computePacking({ tasks: 1_000_000, taskSeconds: 20, coresPerNode: 48, memoryPerNodeGB: 192, memoryPerTaskGB: 1, overheadSeconds: 0 });
    expect(r.workCoreHours).toBeCloseTo(5555.6, 1);
  });

  it('a partly filled last job and wave are costed by what they hold', () => {
    const r = computePacking({ tasks: 50, taskSeconds: HOUR, coresPerNode: 48, memoryPerNodeGB: 192, memoryPerTaskGB: 0, overheadSeconds: 0, tasksPerJob: 20, maxParallel: 8 });
    const farm = r.strategies[2]!;
    expect(farm.jobs).toBe(3); // 20 + 20 + 10
    expect(farm.waves).toBe(3); // ceil(20 / 8)
    expect(farm.computeNodeHours).toBeCloseTo(3 + 3 + 2, 9);
    expect(r.strategies[1]!.jobs).toBe(2); // 48 + 2 on 48-core nodes
  });

  it('slotsPerNode: memory 0 means cores limit', () => {
    expect(slotsPerNode(48, 192, 0)).toEqual({ slots: 48, limitedBy: 'cores' });
    expect(slotsPerNode(48, 192, 4)).toEqual({ slots: 48, limitedBy: 'cores' });
    expect(slotsPerNode(48, 192, 4.1)).toEqual({ slots: 46, limitedBy: 'memory' });
  });

  it('rejects impossible inputs', () => {
    const ok = { tasks: 10, taskSeconds: 1, coresPerNode: 4, memoryPerNodeGB: 8, memoryPerTaskGB: 1, overheadSeconds: 0 };
    expect(() => computePacking({ ...ok, tasks: 0 })).toThrow(RangeError);
    expect(() => computePacking({ ...ok, memoryPerTaskGB: 9 })).toThrow(RangeError);
    expect(() => computePacking({ ...ok, taskSeconds: 0 })).toThrow(RangeError);
  });
});
