// The program of the profiling lab, as stages. Each `run` does one stage's work.
function programStages(count, n) {
  let data = null;
  return [
    { name: 'generate', run: () => { data = Array.from({ length: count }, () => Math.random()); } },
    { name: 'sort', run: () => { data.sort((a, b) => a - b); } },
    { name: 'integrate', run: () => {
      const h = Math.PI / n;
      let sum = 0;
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) sum += Math.sin(h * (i + 0.5) + h * (j + 0.5));
      return h * h * sum;
    } },
    { name: 'write', run: () => data.map((x, i) => `${i},${x.toFixed(6)}`).join('\n').length },
  ];
}

// FIXME: call each stage's run() and time it with performance.now().
function timeStages(stages) {
  return stages.map((stage) => ({ name: stage.name, ms: 0 }));
}

// FIXME: the stage with the largest ms (ties: the first).
function hotStage(times) {
  return times[0].name;
}

// FIXME: the Amdahl bound from the serial stages' share s.
function amdahlBound(times, parallel, p) {
  return p;
}

async function main() {
  const times = timeStages(programStages(100000, 800));
  for (const t of times) console.log(`${t.name}: ${t.ms.toFixed(1)} ms`);
  console.log(`hot stage: ${hotStage(times)}`);
  console.log(`bound on ${cores} workers: ${amdahlBound(times, ['generate', 'integrate'], cores).toFixed(2)}x`);
}
