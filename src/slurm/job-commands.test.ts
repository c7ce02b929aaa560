import { describe, expect, it } from 'vitest';
import { commandMessages, expandVariables, readCommand } from './job-commands.ts';

const env = { SLURM_CPUS_PER_TASK: '5', SLURM_ARRAY_TASK_ID: '3' };

describe('job commands', () => {
  it('expands variables as bash does for the simple forms', () => {
    expect(expandVariables('--workers $SLURM_CPUS_PER_TASK --n ${SLURM_ARRAY_TASK_ID}000 ${NOPE:-7} $NOPE.', env)).toBe('--workers 5 --n 3000 7 .');
    expect(expandVariables("echo '$SLURM_CPUS_PER_TASK'", env)).toBe("echo '$SLURM_CPUS_PER_TASK'");
  });
  it('reads python, srun, echo, sleep, export and module lines', () => {
    expect(readCommand({ line: 5, text: 'python3 integrate_job.py --workers $SLURM_CPUS_PER_TASK' }, env)).toEqual({ kind: 'python', line: 5, program: 'integrate_job.py', args: ['--workers', '5'], srun: false });
    expect(readCommand({ line: 6, text: 'srun -n 2 --exclusive python where_am_i.py' }, env)).toMatchObject({ kind: 'python', program: 'where_am_i.py', args: [], srun: true });
    expect(readCommand({ line: 7, text: 'echo "task $SLURM_ARRAY_TASK_ID"  # comment' }, env)).toEqual({ kind: 'echo', line: 7, text: 'task 3' });
    expect(readCommand({ line: 8, text: 'sleep 2' }, env)).toEqual({ kind: 'sleep', line: 8, seconds: 2 });
    expect(readCommand({ line: 9, text: 'export OMP_NUM_THREADS=$SLURM_CPUS_PER_TASK' }, env)).toEqual({ kind: 'export', line: 9, name: 'OMP_NUM_THREADS', value: '5' });
    expect(readCommand({ line: 10, text: 'ml GCC/12.3.0 Python/3.11.3' }, env).kind).toBe('module');
    expect(readCommand({ line: 11, text: 'mpirun -np 4 ./a.out' }, env).kind).toBe('skip');
  });
  it('warns before submission about programs the browser lacks and lines it skips', () => {
    const m = commandMessages([{ line: 4, text: 'python3 other.py' }, { line: 5, text: 'cp a b' }, { line: 6, text: 'python3 integrate_job.py' }]);
    expect(m.map((x) => [x.line, x.severity])).toEqual([[4, 'warning'], [5, 'note']]);
  });
});
