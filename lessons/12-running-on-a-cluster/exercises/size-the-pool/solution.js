// How many processes should the pool start? env: the job's environment (strings);
// machine: { cpuCount, affinity }, what os.cpu_count() and the affinity mask report.
function poolSize(env, machine) {
  if (env.SLURM_CPUS_PER_TASK !== undefined) return Number(env.SLURM_CPUS_PER_TASK);
  return machine.affinity; // os.process_cpu_count(): the allocation where Slurm binds, all cores elsewhere
}

// The share of the allocation that was busy: busyMs[k] per worker, cores allocated, spanMs wall time.
function allocationUsage(busyMs, cores, spanMs) {
  let busy = 0;
  for (const ms of busyMs) busy += ms;
  return busy / (cores * spanMs);
}

function main() {
  const env = { SLURM_CPUS_PER_TASK: '5', SLURM_CPUS_ON_NODE: '5' };
  console.log('pool size:', poolSize(env, { cpuCount: 28, affinity: 5 }));
  console.log('usage of 4 busy workers in 5 cores:', allocationUsage([100, 100, 100, 100], 5, 100));
}
