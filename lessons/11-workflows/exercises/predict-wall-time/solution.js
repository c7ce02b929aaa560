// Each job: { id, ms, deps } — its measured duration and the jobs it needs first.
const example = [
  { id: 'count_words[book=book01]', ms: 40, deps: [] },
  { id: 'count_words[book=book02]', ms: 60, deps: [] },
  { id: 'zipf_test[book=book01]', ms: 5, deps: ['count_words[book=book01]'] },
  { id: 'zipf_test[book=book02]', ms: 5, deps: ['count_words[book=book02]'] },
  { id: 'summary', ms: 2, deps: ['zipf_test[book=book01]', 'zipf_test[book=book02]'] },
];

// The longest chain: a job can finish no earlier than its own time after its latest dependency.
function criticalPath(jobs) {
  const byId = new Map(jobs.map((job) => [job.id, job]));
  const finish = new Map();
  const earliestFinish = (id) => {
    if (finish.has(id)) return finish.get(id);
    const job = byId.get(id);
    let ready = 0;
    for (const dep of job.deps) ready = Math.max(ready, earliestFinish(dep));
    finish.set(id, ready + job.ms);
    return ready + job.ms;
  };
  let longest = 0;
  for (const job of jobs) longest = Math.max(longest, earliestFinish(job.id));
  return longest;
}

// Two laws bound any schedule: the chain cannot be split (span law), and j workers share the work (work law).
function wallTimeBound(jobs, j) {
  let work = 0;
  for (const job of jobs) work += job.ms;
  return Math.max(criticalPath(jobs), work / j);
}

function main() {
  console.log('critical path', criticalPath(example), 'ms');
  for (const j of [1, 2, 4]) console.log(`-j ${j}: at least ${wallTimeBound(example, j)} ms`);
}
