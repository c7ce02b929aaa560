import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { speedupSettings } from '../labs/speedup/settings.ts';
import { queryFromSettings } from '../labs/kit/settings.ts';
import { batchFileName, batchScript } from './batch-script.ts';
import { clusterFiles, clusterZip, zipFileName } from './bundle.ts';
import type { ClusterJob } from './cluster-job.ts';
import { piPoolClusterJob, scalingClusterJob, speedupClusterJob } from './lab-jobs.ts';
import { scalingSettings } from '../labs/scaling/scaling-params.ts';
import { piPoolSettings } from '../labs/pool/compare-settings.ts';
import { programFileName, pythonProgram } from './python-program.ts';
import { readme } from './readme.ts';

/** The job the speedup lab's button builds for `raw`. */
function jobFor(raw: Record<string, string>): ClusterJob {
  const v = speedupSettings.validate(raw, { cores: 4 });
  const job = speedupClusterJob(raw, v.params);
  if (typeof job === 'string') throw new Error(job);
  return job;
}

const INTEGRATE = { kernel: 'integrate', impl: 'js', n: '2000', seed: '12345', workers: '1,2,4', repeats: '2' };
const PI = { kernel: 'pi', impl: 'js', n: '1_000_000', seed: '7', workers: '1,2', repeats: '3' };

/** The `#SBATCH` directives of a batch script, by option name. */
function directives(script: string): Record<string, string> {
  return Object.fromEntries([...script.matchAll(/^#SBATCH --([a-z-]+)=(\S+)$/gm)].map((m) => [m[1]!, m[2]!]));
}

describe('speedupClusterJob', () => {
  it('keeps the settings as the lab’s own export writes them', () => {
    const job = jobFor(INTEGRATE);
    expect(job.settings).toEqual(Object.fromEntries(new URLSearchParams(queryFromSettings(speedupSettings, INTEGRATE))));
    expect(job.settings).toEqual({ kernel: 'integrate', impl: 'js', n: '2000', workers: '1,2,4', repeats: '2' });
    expect(job.experiment).toEqual({ kind: 'speedup', kernel: 'integrate', n: 2000, seed: 0, workers: [1, 2, 4], repeats: 2, impl: 'js' });
  });
  it('says why there is no job for invalid settings or the GPU', () => {
    expect(speedupClusterJob(INTEGRATE, null)).toMatch(/Fix the settings/);
    const gpu = { ...INTEGRATE, impl: 'webgpu' };
    const params = speedupSettings.validate(INTEGRATE, { cores: 4 }).params!;
    expect(speedupClusterJob(gpu, { ...params, impl: 'webgpu' })).toMatch(/CPU cores/);
  });
});

describe('the batch script', () => {
  it('asks for one node, one task and the largest pool’s cores, before any command', () => {
    const script = batchScript(jobFor(INTEGRATE));
    expect(script.startsWith('#!/bin/bash\n')).toBe(true);
    expect(directives(script)).toEqual({
      'job-name': 'speedup-integrate',
      nodes: '1',
      ntasks: '1',
      'cpus-per-task': '4',
      time: '00:05:00',
      output: 'speedup-integrate-%j.out',
    });
    // sbatch stops reading directives at the first command.
    const lines = script.split('\n');
    const lastDirective = lines.findLastIndex((l) => l.startsWith('#SBATCH'));
    const firstCommand = lines.findIndex((l, i) => i > 0 && l.trim() !== '' && !l.startsWith('#'));
    expect(lastDirective).toBeLessThan(firstCommand);
    expect(script).toContain('"$PYTHON" speedup_integrate.py --output "results-${SLURM_JOB_ID:-local}.json"');
    expect(script).toContain('PYTHON="${PYTHON:-python3}"');
    expect(batchFileName(jobFor(PI))).toBe('speedup-pi.sbatch');
  });
});

describe('the Python program', () => {
  it('holds the lab’s experiment and settings as Python literals', () => {
    const job = jobFor(PI);
    const source = pythonProgram(job);
    expect(programFileName(job)).toBe('speedup_pi.py');
    expect(source).toMatch(/^KERNEL = "pi"$/m);
    expect(source).toMatch(/^N = 1000000$/m);
    expect(source).toMatch(/^SEED = 7$/m);
    expect(source).toMatch(/^WORKERS = \[1,2\]$/m);
    expect(source).toMatch(/^REPEATS = 3$/m);
    expect(JSON.parse(/^SETTINGS = (.*)$/m.exec(source)![1]!)).toEqual(job.settings);
    expect(JSON.parse(/^LINK = (.*)$/m.exec(source)![1]!)).toBe('#/lab/speedup?kernel=pi&impl=js&n=1_000_000&seed=7&workers=1,2&repeats=3');
    // The jump polynomial of xoshiro128** (src/kernels/xoshiro128.ts).
    expect(source).toContain('JUMP = (0x8764000B, 0xF542D2D3, 0x6FA035C3, 0x77F2DB5B)');
    expect(source).not.toContain('midpoint_sum');
  });
  it('carries only the chosen kernel, in spaces, with the browser’s row split', () => {
    const source = pythonProgram(jobFor(INTEGRATE));
    expect(source).toContain('def midpoint_sum(n, begin, end):');
    expect(source).toContain('end = n if k == p - 1 else int(workload * (k + 1))');
    expect(source).not.toContain('xoshiro');
    expect(source).not.toContain('SEED');
    expect(source).not.toMatch(/\t|\$\{/);
    expect(source).toContain('"format": "parallel-lab.results"');
  });
});

describe('the zip', () => {
  it('holds the program, the batch script and the README in one folder, scripts executable', () => {
    const job = jobFor(INTEGRATE);
    expect(zipFileName(job)).toBe('speedup-integrate-cluster.zip');
    const files = unzipSync(clusterZip(job, new Date(2026, 0, 2, 3, 4, 6)));
    expect(Object.keys(files).sort()).toEqual(['speedup-integrate-cluster/README.md', 'speedup-integrate-cluster/speedup-integrate.sbatch', 'speedup-integrate-cluster/speedup_integrate.py']);
    for (const f of clusterFiles(job)) expect(strFromU8(files[`speedup-integrate-cluster/${f.name}`]!)).toBe(f.text);
    expect(clusterFiles(job).map((f) => [f.name, f.executable])).toEqual([['speedup_integrate.py', true], ['speedup-integrate.sbatch', true], ['README.md', false]]);
  });
});

describe('the README', () => {
  it('says how to submit, follow the job and bring the results back', () => {
    const text = readme(jobFor(INTEGRATE));
    for (const words of ['sbatch speedup-integrate.sbatch', 'squeue -u $USER', 'scontrol show job <id>', 'scancel <id>', 'module load python', 'Add\nresults from a file', 'results-<id>.json', '--cpus-per-task=4', '#SBATCH --array=0-2'])
      expect(text).toContain(words);
  });

  it('says whose digits the program prints: the browser\'s with impl=js, not those of its own WebAssembly sines', () => {
    const flat = (raw: Record<string, string>) => readme(jobFor(raw)).replace(/\s+/g, ' ');
    expect(flat(INTEGRATE)).toContain("the integral's digits are the browser's");
    for (const impl of ['wasm', 'simd']) {
      const text = flat({ ...INTEGRATE, impl });
      expect(text).not.toContain("the integral's digits are the browser's");
      expect(text).toContain(`the lab ran \`impl=${impl}\`, whose WebAssembly computes its own sine`);
    }
    expect(flat({ ...PI, impl: 'wasm' })).not.toContain('the lab ran');
    expect(flat({ ...PI, impl: 'simd' })).toContain('the lab ran `impl=simd`, whose four lanes draw from other streams');
  });
});

describe('the pi pool lab’s job', () => {
  it('repeats the lab’s two variants: the calls, darts, seed and pool size it runs', () => {
    const raw = { tasks: '10', darts: '1e5', workers: '4', repeats: '3' };
    const job = piPoolClusterJob(raw, piPoolSettings.validate(raw, { cores: 4 }).params);
    if (typeof job === 'string') throw new Error(job);
    expect(job.experiment).toEqual({ kind: 'pi-pool', tasks: 10, darts: 100_000, seed: 2024, workers: 4, repeats: 3 });
    expect(job.settings).toEqual(raw);
    expect(job.cpusPerTask).toBe(4);
    const source = pythonProgram(job);
    expect(source).toMatch(/^TASKS = 10\nDARTS = 100000\nSEED = 2024\nWORKERS = 4\nREPEATS = 3$/m);
    // The variants' labels are the lab's series names.
    const labels = piPoolSettings.validate(raw, { cores: 4 }).params!.variants.map((v) => v.label);
    expect(labels).toEqual(['sample(1,000,000) on 1 worker', 'pool.map(sample, [100,000] × 10) on 4 workers']);
    expect(source).toContain('f"sample({total:,}) on 1 worker"');
    expect(source).toContain('f"pool.map(sample, [{DARTS:,}] × {TASKS}) on {WORKERS:,} worker{plural}"');
    expect(directives(batchScript(job))).toMatchObject({ 'job-name': 'pi-pool', 'cpus-per-task': '4' });
    expect(piPoolClusterJob(raw, null)).toMatch(/Fix the settings/);
  });
});

describe('the scaling lab’s job', () => {
  it('repeats the sweep with the lab’s serial fraction, work and mode', () => {
    const raw = { serialFraction: '0.1', work: '2e7', mode: 'weak', workers: '1,2,4', repeats: '3' };
    const job = scalingClusterJob(raw, scalingSettings.validate(raw, { cores: 4 }).params);
    if (typeof job === 'string') throw new Error(job);
    expect(job.experiment).toEqual({ kind: 'scaling', serialFraction: 0.1, work: 20_000_000, mode: 'weak', workers: [1, 2, 4], repeats: 3 });
    expect(job.name).toBe('scaling-weak');
    const source = pythonProgram(job);
    expect(source).toMatch(/^SERIAL_FRACTION = 0.1\nWORK = 20000000\nMODE = "weak"\nWORKERS = \[1,2,4\]\nREPEATS = 3$/m);
    // Math.round, not Python's round half to even.
    expect(source).toContain('serial = math.floor(SERIAL_FRACTION * WORK + 0.5)');
    expect(directives(batchScript(job))).toMatchObject({ 'job-name': 'scaling-weak', 'cpus-per-task': '4' });
    expect(readme(job)).toContain('weak scaling');
    expect(scalingClusterJob(raw, null)).toMatch(/Fix the settings/);
  });
});
