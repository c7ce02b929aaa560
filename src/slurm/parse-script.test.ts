import { describe, expect, it } from 'vitest';
import { directiveWords, parseBatchScript } from './parse-script.ts';

const script = (...lines: string[]) => ['#!/bin/bash', ...lines].join('\n');
const errors = (text: string) => parseBatchScript(text).messages.filter((m) => m.severity === 'error');

describe('parseBatchScript', () => {
  it('reads the HPC2N-style directives, short and long, with trailing comments', () => {
    const p = parseBatchScript(script('#SBATCH -A hpc2n2025-123   # project', '#SBATCH -J sweep', '#SBATCH -n 4', '#SBATCH --cpus-per-task=2', '#SBATCH --time=00:20:00', '#SBATCH -o job.%J.out', '', 'python3 integrate_job.py'));
    expect(p.ok).toBe(true);
    expect(p.request).toMatchObject({ jobName: 'sweep', ntasks: 4, cpusPerTask: 2, timeMinutes: 20, output: 'job.%J.out' });
    expect(p.request.unmodelled).toEqual([{ line: 2, option: 'account', value: 'hpc2n2025-123' }]);
    expect(p.body).toEqual([{ line: 9, text: 'python3 integrate_job.py' }]);
    expect(p.interpreter).toBe('/bin/bash');
  });

  it('takes several options on one line, values after a space, and -n2', () => {
    const p = parseBatchScript(script('#SBATCH --ntasks 2 --cpus-per-task=3 -t 90', '#SBATCH -n2', 'echo hi'));
    expect(p.ok).toBe(true);
    expect(p.request).toMatchObject({ ntasks: 2, cpusPerTask: 3, timeMinutes: 90 });
    expect(p.messages).toEqual([{ line: 3, severity: 'note', text: '--ntasks was given on line 2 too: the last one counts.' }]);
  });

  it('names the line of an unknown, ambiguous or malformed directive', () => {
    expect(errors(script('#SBATCH --ntsks=4'))).toEqual([{ line: 2, severity: 'error', text: '--ntsks is not an sbatch option; did you mean --ntasks?' }]);
    expect(errors(script('echo a', '#SBATCH -n 1')).length).toBe(0);
    const [amb] = errors(script('', '#SBATCH --ntask=4'));
    expect(amb?.line).toBe(3);
    expect(amb?.text).toMatch(/^--ntask is ambiguous: sbatch could read it as --ntasks, --ntasks-per-core/);
    expect(errors(script('#SBATCH -n FIXME'))[0]?.text).toBe('Invalid numeric value "FIXME" for -n (--ntasks): it takes a whole number of at least 1.');
    expect(errors(script('#SBATCH -n=2'))[0]?.text).toMatch(/^Invalid numeric value "=2"/);
    expect(errors(script('#SBATCH --cpus-per-task=0'))[0]?.text).toMatch(/^Invalid numeric value "0" for --cpus-per-task/);
    expect(errors(script('#SBATCH --time=5:00:00:00'))[0]?.text).toMatch(/^Invalid --time specification/);
    expect(errors(script('#SBATCH --array=3-1'))[0]?.text).toMatch(/^Invalid job array specification "3-1": the range 3-1 runs backwards/);
    expect(errors(script('#SBATCH --ntasks'))[0]?.text).toBe('--ntasks needs a value, as in --ntasks=… on the same line.');
    expect(errors(script('#SBATCH -z 3'))[0]?.text).toBe('-z is not an sbatch option.');
  });

  it('accepts a unique prefix as sbatch does, with a note', () => {
    const p = parseBatchScript(script('#SBATCH --job=abc', 'echo'));
    expect(p.ok).toBe(true);
    expect(p.request.jobName).toBe('abc');
    expect(p.messages[0]).toMatchObject({ line: 2, severity: 'note' });
  });

  it('refuses a script without #! and one with DOS line breaks', () => {
    expect(errors('echo hi')[0]).toMatchObject({ line: 1, text: expect.stringMatching(/first line must start with #!/) });
    expect(errors('#!/bin/bash\r\n#SBATCH -n 1\r\necho')[0]?.text).toMatch(/DOS line breaks/);
  });

  it('warns about directives after the first command and about # SBATCH comments', () => {
    const p = parseBatchScript(script('# SBATCH -n 4', 'echo start', '#SBATCH -n 8'));
    expect(p.ok).toBe(true);
    expect(p.request.ntasks).toBeNull();
    expect(p.messages.map((m) => [m.line, m.severity])).toEqual([[2, 'warning'], [4, 'warning']]);
    expect(p.messages[1]?.text).toMatch(/first command \(line 3\)/);
  });
});

describe('directiveWords', () => {
  it('groups quotes and stops at a comment', () => {
    expect(directiveWords(' --job-name="my job" -n 4 # four tasks')).toEqual(['--job-name=my job', '-n', '4']);
    expect(directiveWords(' --output=a#b')).toEqual(['--output=a#b']);
  });
});
