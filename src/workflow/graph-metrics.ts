/**
 * What a DAG's shape says about speedup: the critical path (the longest chain of jobs, by time),
 * the total work, the width (most jobs on one level), and the bound they set on the wall time of
 * `-j N`: at least the critical path, and at least the work divided by N (the work law and the
 * span law of Blumofe and Leiserson's work-span model). Speedup is then at most work / span, the
 * DAG's parallelism, the same kind of ceiling as the serial fraction in Amdahl's law.
 *
 * Pure: any thread, and Node.
 */

/** A job for these computations: its id, how long it takes (ms) and what it needs. */
export interface TimedJob {
  id: string;
  /** Duration (ms, or any unit: the results use the same). */
  ms: number;
  /** Ids of the jobs that must finish first (all present in the list). */
  deps: readonly string[];
}

/** The critical path of a DAG. */
export interface CriticalPath {
  /** Sum of the durations along it. */
  length: number;
  /** Job ids along it, first to last. */
  jobs: string[];
}

/**
 * The longest path through `jobs` by duration (each job counts its own `ms`). Jobs must be in a
 * topological order or any order (they are sorted here). Cost: linear in jobs plus edges.
 *
 * @throws Error on a dependency that is not in the list, or a cycle
 */
export function criticalPath(jobs: readonly TimedJob[]): CriticalPath {
  const byId = new Map(jobs.map((j) => [j.id, j]));
  const finish = new Map<string, number>();
  const via = new Map<string, string | null>();
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string): number => {
    const done = finish.get(id);
    if (done !== undefined) return done;
    if (state.get(id) === 'open') throw new Error(`The jobs form a cycle through ${id}.`);
    const job = byId.get(id);
    if (!job) throw new Error(`Unknown dependency ${id}.`);
    state.set(id, 'open');
    let best = 0;
    let from: string | null = null;
    for (const d of job.deps) {
      const f = visit(d);
      if (f > best) {
        best = f;
        from = d;
      }
    }
    state.set(id, 'done');
    finish.set(id, best + job.ms);
    via.set(id, from);
    return best + job.ms;
  };
  let end: string | null = null;
  for (const j of jobs) {
    const f = visit(j.id);
    if (end === null || f > finish.get(end)!) end = j.id;
  }
  const path: string[] = [];
  for (let at = end; at !== null; at = via.get(at) ?? null) path.unshift(at);
  return { length: end === null ? 0 : finish.get(end)!, jobs: path };
}

/** The total work: the sum of all durations (the wall time of `-j 1`, overheads aside). */
export function totalWork(jobs: readonly TimedJob[]): number {
  return jobs.reduce((s, j) => s + j.ms, 0);
}

/**
 * The width of a DAG: the most jobs on one level, where a job's level is one more than the
 * highest level of its dependencies (level 0: no dependencies). More workers than the width never
 * run at once on this DAG level by level.
 */
export function dagWidth(jobs: readonly TimedJob[]): number {
  const level = new Map<string, number>();
  const byId = new Map(jobs.map((j) => [j.id, j]));
  const of = (id: string): number => {
    const known = level.get(id);
    if (known !== undefined) return known;
    const job = byId.get(id);
    if (!job) throw new Error(`Unknown dependency ${id}.`);
    level.set(id, -1);
    const l = job.deps.length === 0 ? 0 : 1 + Math.max(...job.deps.map(of));
    level.set(id, l);
    return l;
  };
  const counts = new Map<number, number>();
  for (const j of jobs) counts.set(of(j.id), (counts.get(of(j.id)) ?? 0) + 1);
  return Math.max(0, ...counts.values());
}

/**
 * The lower bound on the wall time of running `jobs` on `workers` workers:
 * max(critical path, total work / workers). No schedule beats it; a greedy schedule (any free
 * worker takes any ready job) is within a factor 2 of it (Graham's bound).
 */
export function wallTimeBound(jobs: readonly TimedJob[], workers: number): number {
  return Math.max(criticalPath(jobs).length, totalWork(jobs) / workers);
}
