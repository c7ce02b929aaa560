/**
 * One job's output file and the SLURM_* values its script saw. Main thread (React).
 */
import type { SessionJob } from './cluster-session.ts';

/** A job's output file and environment. Main thread (React). */
export function JobOutput({ job }: { job: SessionJob }) {
  const env = Object.entries(job.env);
  return (
    <div className="cluster-output" data-testid="job-output" data-job={job.id}>
      <h4>
        Job {job.id}: <code>{job.outputFile}</code>
      </h4>
      <pre tabIndex={0} aria-label={`Output file ${job.outputFile}`} data-testid="job-output-text">
        {job.output.length ? job.output.join('\n') : job.state === 'PENDING' ? '(the job has not started: no output yet)' : '(no output yet)'}
      </pre>
      <details>
        <summary>The SLURM_* values job {job.id} saw ({env.length})</summary>
        <pre tabIndex={0} aria-label={`Environment of job ${job.id}`} data-testid="job-env">
          {env.map(([k, v]) => `${k}=${v}`).join('\n')}
        </pre>
      </details>
    </div>
  );
}
