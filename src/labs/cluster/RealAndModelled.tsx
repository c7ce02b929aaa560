/**
 * The panel that says what in the cluster lab is real and what is modelled. Main thread (React).
 */
/** The two lists: real, modelled. Main thread (React). */
export function RealAndModelled() {
  return (
    <div className="cluster-truth" data-testid="real-and-modelled">
      <div>
        <h4>Real</h4>
        <ul>
          <li>The workers: every <code>python3 integrate_job.py</code> runs the course’s integral on Web Workers of this page, at most as many at once as the job was allocated cores.</li>
          <li>The timings and the busy time on the usage chart, measured inside those workers.</li>
          <li>The integral’s digits: the Python program on a cluster prints the same ones.</li>
          <li>The checks of the #SBATCH lines: they were compared with real <code>sbatch</code> (Slurm 22.05), which accepts and refuses the same scripts.</li>
        </ul>
      </div>
      <div>
        <h4>Modelled</h4>
        <ul>
          <li>The cluster: one node of the size you choose, whatever your machine has. Two jobs on it share your real cores.</li>
          <li>The queue and the scheduler: first come, first served with backfill, a cycle every second; a real one weighs priorities, fair share and many users.</li>
          <li>What a program sees: <code>os.cpu_count()</code> is the node, the affinity mask is the allocation, as on a cluster that binds jobs to their cores.</li>
          <li>The shell: only python3 with this lesson’s programs, srun, echo, sleep, hostname and export run.</li>
        </ul>
      </div>
    </div>
  );
}
