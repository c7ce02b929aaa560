/**
 * `npm run bench`: builds the site, serves it with `vite preview` (with the isolation headers),
 * drives headless Chromium through the real labs, and prints a table:
 * - throughput per worker of every registered kernel and implementation (its unit per second,
 *   1-worker medians);
 * - speedup and efficiency per worker count of each;
 * - worker start-up time (8 workers) and warm round-trip latency;
 * - the same integration loop in C on this machine, compiled with gcc -O2 and with
 *   gcc -O3 -march=native -ffast-math (which vectorizes sin with libmvec), when gcc is available,
 *   and each implementation's integration throughput as a ratio to both;
 * - the longest main-thread task seen while the sweeps ran.
 * Results also go to bench/results/latest.json. Not part of `npm test`: timings vary by machine.
 *
 * The kernels and implementations come from the kernel registry (src/kernels/registry.ts), each
 * at its `bench` size; results are read from the speedup lab's own JSON export.
 *
 * Targets (issue 2): kernel per worker >= C -O2; S(2) >= 1.8 on 2 cores; round trip < 0.2 ms;
 * starting 8 workers < 100 ms. Issue 12: wasm integral per worker >= 1.0 x C -O2; simd integral
 * per worker >= 0.5 x C -O3 -march=native -ffast-math; simd pi >= 3 x js pi; S(2) with simd >= 1.8
 * at n = 10000.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { KERNELS, IMPLEMENTATION_LABELS, type Implementation } from '../src/kernels/registry.ts';
import { parseLabExport } from '../src/labs/kit/export-schema.ts';

const root = resolve(import.meta.dirname, '..');
const port = Number(process.env.BENCH_PORT ?? 4390);
const outDir = 'dist-bench';
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const repeats = Number(process.env.BENCH_REPEATS ?? 5);

/** One worker count of a sweep, read from the lab's JSON export. */
interface Row {
  workers: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  speedup: number;
  efficiency: number;
  result: string;
  noisy: boolean;
}

async function waitForServer(url: string, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server at ${url} did not start`);
}

/** Runs a speedup-lab link to completion and reads its results from the lab's JSON export. */
async function sweep(page: Page, query: string): Promise<{ rows: Row[]; longestTask: number }> {
  await page.goto(`http://127.0.0.1:${port}/#/lab/speedup?${query}`);
  await page.getByRole('button', { name: 'Run' }).waitFor();
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: 'longtask' });
  });
  await page.getByRole('button', { name: 'Run' }).click();
  await page.locator('[data-testid="lab-status"][data-status="done"], [data-testid="lab-status"][data-status="error"]').waitFor({ timeout: 15 * 60_000 });
  const status = await page.getByTestId('lab-status').getAttribute('data-status');
  if (status !== 'done') throw new Error(`sweep failed: ${await page.getByTestId('lab-status').innerText()}`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
  const parsed = parseLabExport(readFileSync(await download.path(), 'utf8'));
  if (!parsed.ok) throw new Error(`the lab's export is invalid: ${parsed.error}`);
  const rows = parsed.value.summary.map((r) => ({
    workers: Number(r.workers),
    medianMs: Number(r.median_ms),
    minMs: Number(r.min_ms),
    maxMs: Number(r.max_ms),
    speedup: r.speedup === null ? Number.NaN : Number(r.speedup),
    efficiency: r.efficiency === null ? Number.NaN : Number(r.efficiency),
    result: String(r.result),
    noisy: r.noisy === true,
  }));
  const longestTask = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  return { rows, longestTask };
}

/** The C loop compiled with `flags` (into `name`), the median of 3 runs; null without gcc. */
function cBaseline(n: number, flags: string[], name: string): { evalsPerSecond: number; seconds: number } | null {
  try {
    const exe = resolve(root, outDir, name);
    execFileSync('gcc', [...flags, '-o', exe, resolve(root, 'bench/c/integrate.c'), '-lm']);
    const runs = Array.from({ length: 3 }, () => execFileSync(exe, [String(n)]).toString().trim().split(/\s+/).map(Number));
    runs.sort((a, b) => a[1]! - b[1]!);
    const mid = runs[1]!;
    return { seconds: mid[1]!, evalsPerSecond: mid[2]! };
  } catch {
    return null;
  }
}

const fmt = (x: number, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const big = (x: number) => `${(x / 1e6).toFixed(1)} M/s`;

async function main(): Promise<void> {
  console.log(`Building into ${outDir}/ …`);
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  const server = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: root,
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-server.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  process.on('exit', stop);
  try {
    await waitForServer(`http://127.0.0.1:${port}/`);
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const page = await browser.newPage();
    const cores = await (async () => {
      await page.goto(`http://127.0.0.1:${port}/#/lab`);
      return page.evaluate(() => navigator.hardwareConcurrency);
    })();
    const counts = [1, 2, 4, 8].filter((p) => p <= Math.max(4, 2 * cores)).join(',');
    // Every registered kernel in every implementation it has, at its benchmark size.
    const sweeps: { kernel: (typeof KERNELS)[number]; impl: Implementation; params: Record<string, string>; result: Awaited<ReturnType<typeof sweep>> }[] = [];
    for (const kernel of KERNELS) {
      for (const impl of Object.keys(kernel.implementations) as Implementation[]) {
        const params = { ...kernel.bench } as Record<string, string>;
        const query = new URLSearchParams({ kernel: kernel.id, impl, ...params, workers: counts, repeats: String(repeats) });
        console.log(`${kernel.label} (${IMPLEMENTATION_LABELS[impl]}), ${Object.entries(params).map(([k, v]) => `${k} = ${v}`).join(', ')}, workers ${counts}, ${repeats} repeats …`);
        sweeps.push({ kernel, impl, params, result: await sweep(page, query.toString()) });
      }
    }
    console.log('Worker start-up and round trip …');
    await page.goto(`http://127.0.0.1:${port}/#/lab/worker-overhead?workers=8&repeats=5&calls=1000&autorun=1`);
    await page.getByTestId('overhead-table').waitFor({ timeout: 120_000 });
    const startupMs = Number(await page.getByTestId('startup-ms').getAttribute('data-value'));
    const roundTripMs = Number(await page.getByTestId('roundtrip-ms').getAttribute('data-value'));
    await browser.close();

    const c = cBaseline(10_000, ['-O2'], 'integrate-c');
    const cFast = cBaseline(10_000, ['-O3', '-march=native', '-ffast-math'], 'integrate-c-fast');
    const rate = (w: (typeof sweeps)[number]) => {
      const t1 = w.result.rows.find((r) => r.workers === 1)!;
      const numeric = Object.fromEntries(Object.entries(w.params).map(([k, v]) => [k, Number(v)]));
      return w.kernel.work.amount(numeric) / (t1.medianMs / 1000);
    };
    const integ = sweeps.find((w) => w.kernel.id === 'integrate' && w.impl === 'js')!;
    const integRate = rate(integ);
    const find = (kernel: string, impl: Implementation) => sweeps.find((w) => w.kernel.id === kernel && w.impl === impl);

    console.log('\n== Throughput per worker (1-worker medians) ==');
    for (const w of sweeps) console.log(`${`${w.kernel.id} ${w.impl}`.padEnd(16)} ${big(rate(w))} ${w.kernel.work.unit}/s`);
    if (c) console.log(`${'C gcc -O2'.padEnd(16)} ${big(c.evalsPerSecond)} evaluations/s  (the integration loop, same machine; integrate js / C = ${fmt(integRate / c.evalsPerSecond)})`);
    else console.log('C gcc -O2        (gcc not available)');
    if (cFast) console.log(`${'C gcc -O3 fast'.padEnd(16)} ${big(cFast.evalsPerSecond)} evaluations/s  (gcc -O3 -march=native -ffast-math: sin vectorized)`);
    if (c || cFast) {
      console.log('\n== Integration per worker as a ratio to C ==');
      console.log(`${'impl'.padEnd(8)} ${'/ C -O2'.padStart(9)} ${'/ C -O3 fast'.padStart(13)}`);
      for (const w of sweeps.filter((x) => x.kernel.id === 'integrate')) {
        console.log(`${w.impl.padEnd(8)} ${(c ? fmt(rate(w) / c.evalsPerSecond) : '–').padStart(9)} ${(cFast ? fmt(rate(w) / cFast.evalsPerSecond) : '–').padStart(13)}`);
      }
    }

    for (const w of sweeps) {
      console.log(`\n== Speedup: ${w.kernel.label}, ${w.impl}, ${Object.entries(w.params).map(([k, v]) => `${k} = ${v}`).join(', ')} ==`);
      console.log('workers  median ms   min ms    max ms   speedup  efficiency  noisy  result');
      for (const r of w.result.rows) {
        console.log(
          `${String(r.workers).padStart(7)}  ${fmt(r.medianMs, 1).padStart(9)}  ${fmt(r.minMs, 1).padStart(8)}  ${fmt(r.maxMs, 1).padStart(8)}  ${fmt(r.speedup).padStart(7)}  ${fmt(r.efficiency * 100, 0).padStart(9)} %  ${(r.noisy ? 'yes' : 'no').padStart(5)}  ${r.result}`,
        );
      }
      console.log(`longest main-thread task during the sweep: ${fmt(w.result.longestTask, 0)} ms`);
    }
    console.log('\n== Worker overhead ==');
    console.log(`start 8 workers        ${fmt(startupMs, 1)} ms (median of 5 after a warm-up)`);
    console.log(`warm round trip        ${fmt(roundTripMs, 3)} ms (median of 1000)`);

    const s2 = integ.result.rows.find((r) => r.workers === 2)?.speedup ?? Number.NaN;
    console.log('\n== Targets ==');
    const check = (ok: boolean, text: string) => console.log(`${ok ? 'met ' : 'MISS'}  ${text}`);
    if (c) check(integRate >= c.evalsPerSecond, `kernel per worker >= C -O2 (${big(integRate)} vs ${big(c.evalsPerSecond)})`);
    check(cores < 2 || s2 >= 1.8, `speedup with 2 workers >= 1.8 (${fmt(s2)})`);
    check(roundTripMs < 0.2, `warm round trip < 0.2 ms (${fmt(roundTripMs, 3)} ms)`);
    check(startupMs < 100, `start 8 workers < 100 ms (${fmt(startupMs, 1)} ms)`);
    check(Math.max(...sweeps.map((w) => w.result.longestTask)) <= 50, `no main-thread task over 50 ms while labs run`);
    // Issue 12 (compiled code and vectorization).
    const wasmInteg = find('integrate', 'wasm');
    const simdInteg = find('integrate', 'simd');
    const jsPi = find('pi', 'js');
    const simdPi = find('pi', 'simd');
    if (c && wasmInteg) check(rate(wasmInteg) >= c.evalsPerSecond, `wasm integral per worker >= 1.0 x C -O2 (${fmt(rate(wasmInteg) / c.evalsPerSecond)} x: ${big(rate(wasmInteg))} vs ${big(c.evalsPerSecond)})`);
    if (cFast && simdInteg) check(rate(simdInteg) >= 0.5 * cFast.evalsPerSecond, `simd integral per worker >= 0.5 x C -O3 -march=native -ffast-math (${fmt(rate(simdInteg) / cFast.evalsPerSecond)} x: ${big(rate(simdInteg))} vs ${big(cFast.evalsPerSecond)})`);
    if (jsPi && simdPi) check(rate(simdPi) >= 3 * rate(jsPi), `simd pi >= 3 x js pi (${fmt(rate(simdPi) / rate(jsPi))} x: ${big(rate(simdPi))} vs ${big(rate(jsPi))})`);
    if (simdInteg) {
      const simdS2 = simdInteg.result.rows.find((r) => r.workers === 2)?.speedup ?? Number.NaN;
      check(cores < 2 || simdS2 >= 1.8, `speedup with simd on 2 workers >= 1.8 at n = ${simdInteg.params.n} (${fmt(simdS2)})`);
    }

    mkdirSync(resolve(root, 'bench/results'), { recursive: true });
    writeFileSync(
      resolve(root, 'bench/results/latest.json'),
      JSON.stringify({ date: new Date().toISOString(), cores, sweeps: sweeps.map((w) => ({ kernel: w.kernel.id, impl: w.impl, params: w.params, unitsPerSecond: rate(w), ...w.result })), startupMs, roundTripMs, c, cFast, integRate }, null, 2),
    );
  } finally {
    stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
