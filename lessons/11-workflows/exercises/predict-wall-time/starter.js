// Each job: { id, ms, deps } — its measured duration and the jobs it needs first.
const example = [
  { id: 'count_words[book=book01]', ms: 40, deps: [] },
  { id: 'count_words[book=book02]', ms: 60, deps: [] },
  { id: 'zipf_test[book=book01]', ms: 5, deps: ['count_words[book=book01]'] },
  { id: 'zipf_test[book=book02]', ms: 5, deps: ['count_words[book=book02]'] },
  { id: 'summary', ms: 2, deps: ['zipf_test[book=book01]', 'zipf_test[book=book02]'] },
];

// FIXME: the length (ms) of the longest chain of dependent jobs.
function criticalPath(jobs) {
  return Math.max(...jobs.map((job) => job.ms)); // the longest job is not the longest chain
}

// FIXME: no schedule on j workers can be faster than this.
function wallTimeBound(jobs, j) {
  let work = 0;
  for (const job of jobs) work += job.ms;
  return work / j; // "j workers are j times faster"?
}

function main() {
  console.log('critical path', criticalPath(example), 'ms');
  for (const j of [1, 2, 4]) console.log(`-j ${j}: at least ${wallTimeBound(example, j)} ms`);
}
