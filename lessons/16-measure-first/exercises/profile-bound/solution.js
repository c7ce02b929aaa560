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

// Each stage timed with the clock before and after it, in order.
function timeStages(stages) {
  const times = [];
  for (const stage of stages) {
    const t0 = performance.now();
    stage.run();
    times.push({ name: stage.name, ms: performance.now() - t0 });
  }
  return times;
}

// The first stage with the largest time.
function hotStage(times) {
  let hot = times[0];
  for (const t of times) if (t.ms > hot.ms) hot = t;
  return hot.name;
}

// s = share of the serial stages; Amdahl: 1 / (s + (1 - s) / p).
function amdahlBound(times, parallel, p) {
  let total = 0;
  let serial = 0;
  for (const t of times) {
    total += t.ms;
    if (!parallel.includes(t.name)) serial += t.ms;
  }
  const s = serial / total;
  return 1 / (s + (1 - s) / p);
}

async function main() {
  const times = timeStages(programStages(100000, 800));
  for (const t of times) console.log(`${t.name}: ${t.ms.toFixed(1)} ms`);
  console.log(`hot stage: ${hotStage(times)}`);
  console.log(`bound on ${cores} workers: ${amdahlBound(times, ['generate', 'integrate'], cores).toFixed(2)}x`);
}
