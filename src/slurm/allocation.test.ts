import { describe, expect, it } from 'vitest';
import { allocate, jobCharge, type ClusterNode } from './allocation.ts';
import { jobEnvironment, outputFileName } from './environment.ts';
import { parseBatchScript } from './parse-script.ts';

const NODE: ClusterNode = { name: 'browser', cores: 8, partition: 'browser' };
const request = (...lines: string[]) => parseBatchScript(['#!/bin/bash', ...lines, 'echo'].join('\n')).request;

describe('allocate', () => {
  it('gives ntasks × cpus-per-task cores, one by default', () => {
    expect(allocate(request(), NODE)).toEqual({ ok: true, value: { ntasks: 1, cpusPerTask: 1, cores: 1, timeMinutes: null } });
    expect(allocate(request('#SBATCH -n 2 -c 3 -t 10'), NODE)).toEqual({ ok: true, value: { ntasks: 2, cpusPerTask: 3, cores: 6, timeMinutes: 10 } });
  });
  it('refuses what one node cannot hold, as sbatch does', () => {
    expect(allocate(request('#SBATCH -c 9'), NODE)).toEqual({ ok: false, error: 'Requested node configuration is not available: the job asks for 9 cores, and the node has 8.' });
    expect(allocate(request('#SBATCH --nodes=2'), NODE).ok).toBe(false);
    expect(allocate(request('#SBATCH --nodes=1-2'), NODE).ok).toBe(true);
  });
  it('charges cores × hours', () => {
    expect(jobCharge(5, 1, 7200)).toEqual({ coreHours: 10, nodeHours: 2 });
  });
});

describe('jobEnvironment', () => {
  it('sets SLURM_CPUS_PER_TASK only for --cpus-per-task and SLURM_NTASKS only for --ntasks', () => {
    const r = request('#SBATCH -n 5');
    const a = allocate(r, NODE);
    if (!a.ok) throw new Error(a.error);
    const env = jobEnvironment(r, a.value, NODE, { jobId: 7, name: 'job.sh', submitDir: '/home/you' });
    expect(env).toMatchObject({ SLURM_JOB_ID: '7', SLURM_NTASKS: '5', SLURM_CPUS_ON_NODE: '5', SLURM_JOB_CPUS_PER_NODE: '5', SLURM_JOB_NODELIST: 'browser' });
    expect(env.SLURM_CPUS_PER_TASK).toBeUndefined();
    const r2 = request('#SBATCH -c 5', '#SBATCH --array=1-9:2');
    const a2 = allocate(r2, NODE);
    if (!a2.ok) throw new Error(a2.error);
    const env2 = jobEnvironment(r2, a2.value, NODE, { jobId: 9, name: 'a', submitDir: '/', array: { arrayJobId: 8, taskId: 3, spec: r2.array! } });
    expect(env2).toMatchObject({ SLURM_CPUS_PER_TASK: '5', SLURM_ARRAY_JOB_ID: '8', SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_COUNT: '5', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_MAX: '9', SLURM_ARRAY_TASK_STEP: '2' });
    expect(env2.SLURM_NTASKS).toBeUndefined();
  });
  it('names output files from their patterns', () => {
    const job = { jobId: 12, name: 'sweep', submitDir: '/' };
    expect(outputFileName(null, job, NODE)).toBe('slurm-12.out');
    expect(outputFileName('job.%J.out', job, NODE)).toBe('job.12.out');
    expect(outputFileName(null, { ...job, array: { arrayJobId: 10, taskId: 2, spec: { indices: [1, 2], throttle: null, text: '1-2' } } }, NODE)).toBe('slurm-10_2.out');
    expect(outputFileName('%x-%4j.out', job, NODE)).toBe('sweep-0012.out');
  });
});
