import { describe, expect, it } from 'vitest';
import { checkScript, clusterSettings, initialFields, MAX_SCRIPT_CHARS } from './cluster-settings.ts';
import { CLUSTER_EXAMPLES, exampleById } from './examples.ts';
import { allocatedCores, parseIntOptions } from './programs.ts';

const env = { cores: 2 };
const NODE = { name: 'browser', cores: 8, partition: 'browser' };

describe('the cluster lab’s settings', () => {
  it('accept every example but the broken one, on an 8-core node', () => {
    for (const e of CLUSTER_EXAMPLES) {
      const v = clusterSettings.validate({ node: '8', example: e.id, script: e.script }, env);
      expect(v.params !== null, e.id).toBe(e.id !== 'broken');
    }
    const ok = clusterSettings.validate(clusterSettings.defaults(env), env);
    expect(ok.params?.allocation).toEqual({ ntasks: 1, cpusPerTask: 5, cores: 5, timeMinutes: 10 });
  });

  it('name the first error of the script with its line, and a node too small for the job', () => {
    expect(clusterSettings.validate({ node: '8', example: 'broken', script: exampleById('broken').script }, env).errors.script).toMatch(/^Line 3: --ntask is ambiguous/);
    const small = clusterSettings.validate({ node: '4', example: 'underuse', script: exampleById('underuse').script }, env);
    expect(small.errors.script).toBe('Line 4: Requested node configuration is not available: the job asks for 5 cores, and the node has 4.');
    expect(clusterSettings.validate({ node: '0', example: 'underuse', script: exampleById('underuse').script }, env).errors.node).toBeTruthy();
    expect(clusterSettings.validate({ node: '8', example: 'nope', script: exampleById('underuse').script }, env).errors.example).toBeTruthy();
    expect(clusterSettings.validate({ node: '8', example: 'underuse', script: 'x'.repeat(MAX_SCRIPT_CHARS + 1) }, env).errors.script).toMatch(/characters long/);
  });

  it('start a link with an example but no script from that example’s script', () => {
    expect(initialFields({ example: 'array' }).script).toBe(exampleById('array').script);
    expect(initialFields({ example: 'array', script: '#!/bin/sh\n' }).script).toBe('#!/bin/sh\n');
    expect(initialFields(undefined)).toEqual({});
  });

  it('add the browser’s notes on commands it skips', () => {
    const c = checkScript('#!/bin/bash\n#SBATCH -c 2\nmodule load Python\nmpirun ./a.out\npython3 other.py\n', NODE);
    expect(c.messages.map((m) => [m.line, m.severity])).toEqual([[3, 'note'], [4, 'note'], [5, 'warning']]);
    expect(c.allocation?.cores).toBe(2);
  });
});

describe('the browser’s integrate_job.py arguments', () => {
  it('reads --n and --workers as argparse does', () => {
    expect(parseIntOptions(['--n', '4000', '--workers=4'], ['n', 'workers'])).toEqual({ ok: true, values: { n: 4000, workers: 4 } });
    expect(parseIntOptions(['--workers', 'FIXME'], ['n', 'workers'])).toEqual({ ok: false, error: "argument --workers: invalid int value: 'FIXME'" });
    expect(parseIntOptions(['--threads', '2'], ['n', 'workers'])).toEqual({ ok: false, error: 'unrecognized arguments: --threads' });
    expect(parseIntOptions(['--n'], ['n'])).toEqual({ ok: false, error: 'argument --n: expected one argument' });
  });
  it('sizes the pool from SLURM_CPUS_PER_TASK, else the mask', () => {
    expect(allocatedCores({ SLURM_CPUS_PER_TASK: '5' }, 8)).toBe(5);
    expect(allocatedCores({ SLURM_NTASKS: '5' }, 5)).toBe(5);
  });
});
