/**
 * `npm run bench`: builds the site, serves it with `vite preview` (with the isolation headers),
 * drives headless Chromium through the real labs, and prints a table:
 * - throughput per worker of every registered kernel and implementation (its unit per second,
 *   1-worker medians);
 * - speedup and efficiency per worker count of each;
 * - worker start-up time (8 workers) and warm round-trip latency;
 * - the same integration loop in C on this machine (bench/c-reference.ts), compiled with gcc -O2 and with
 *   gcc -O3 -march=native -ffast-math (which vectorizes sin with libmvec), and on AVX-512 CPUs
 *   also at the AVX2 level (-march=x86-64-v3), when gcc is available; each implementation's
 *   integration throughput as a ratio to them, and for wasm and simd the same ratios measured in
 *   interleaved rounds (C, the lab on 1 worker, C again), whose medians the targets use; and the -O2 loop as two
 *   processes at once against one alone, the machine's own ceiling for a 2-worker speedup (below
 *   2 where the second core is shared with another tenant of the host);
 * - the longest main-thread task seen while the sweeps ran, and while each lesson opens;
 * - GPU rows (issue 13), in a second browser started with --enable-unsafe-webgpu: each kernel's
 *   WebGPU path through the speedup lab (darts/s, evaluations/s: the whole call, and the compute
 *   pass alone) and the vector add through its lab (GB/s of the kernel, of the upload and of the
 *   download), with the adapter's description. Where the browser gives no adapter the rows say so.
 * Results also go to bench/results/latest.json. Not part of `npm test`: timings vary by machine.
 *
 * Environment: BENCH_REPEATS (default 5), BENCH_PORT, BENCH_OUT_DIR (default dist-bench), CHROMIUM_PATH; BENCH_ONLY=lessons runs only the lesson-opening rows, BENCH_ONLY=gpu runs only the
 * GPU rows; BENCH_GPU_SMALL=1 runs them at small sizes (a quick check that they work).
 *
 * The kernels and implementations come from the kernel registry (src/kernels/registry.ts), each
 * at its `bench` size; results are read from the speedup lab's own JSON export.
 *
 * Targets (issue 2): kernel per worker >= C -O2; S(2) >= 1.8 on 2 cores; round trip < 0.2 ms;
 * starting 8 workers < 100 ms. Issue 12: wasm integral per worker >= 1.0 x C -O2; simd integral
 * per worker >= 0.5 x C -O3 -march=native -ffast-math; simd pi >= 3 x js pi; S(2) with simd >= 1.8
 * at n = 10000. The ratios to C and the two S(2) targets come from interleaved rounds (medians),
 * so that the shared host's drift falls on both sides of each ratio.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { KERNELS, IMPLEMENTATION_LABELS, type Implementation } from '../src/kernels/registry.ts';
import { parseLabExport, type LabExport } from '../src/labs/kit/export-schema.ts';
import { readCatalog } from '../scripts/lesson-catalog.ts';
import { buildC, C_FAST, C_FAST_AVX2, C_O2, hasAvx512, medianRun, pairRound, pairSpeedup, runC, type CLevel } from './c-reference.ts';

const root = resolve(import.meta.dirname, '..');
const port = Number(process.env.BENCH_PORT ?? 4390);
const outDir = process.env.BENCH_OUT_DIR ?? 'dist-bench';
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

/** Runs a lab link to completion (pressing Run) and reads its results from the lab's JSON export. */
async function runLab(page: Page, lab: string, query: string): Promise<{ export: LabExport; longestTask: number }> {
  await page.goto(`http://127.0.0.1:${port}/#/lab/${lab}?${query}`);
  await page.getByRole('button', { name: 'Run', exact: true }).waitFor();
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: 'longtask' });
  });
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.locator('[data-testid="lab-status"][data-status="done"], [data-testid="lab-status"][data-status="error"]').waitFor({ timeout: 15 * 60_000 });
  const status = await page.getByTestId('lab-status').getAttribute('data-status');
  if (status !== 'done') throw new Error(`${lab} failed: ${await page.getByTestId('lab-status').innerText()}`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
  const parsed = parseLabExport(readFileSync(await download.path(), 'utf8'));
  if (!parsed.ok) throw new Error(`the lab's export is invalid: ${parsed.error}`);
  const longestTask = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  return { export: parsed.value, longestTask };
}

/** Runs a speedup-lab link to completion and reads its rows from the lab's JSON export. */
async function sweep(page: Page, query: string): Promise<{ rows: Row[]; longestTask: number; export: LabExport }> {
  const run = await runLab(page, 'speedup', query);
  const rows = run.export.summary.map((r) => ({
    workers: Number(r.workers),
    medianMs: Number(r.median_ms),
    minMs: Number(r.min_ms),
    maxMs: Number(r.max_ms),
    speedup: r.speedup === null ? Number.NaN : Number(r.speedup),
    efficiency: r.efficiency === null ? Number.NaN : Number(r.efficiency),
    result: String(r.result),
    noisy: r.noisy === true,
  }));
  return { rows, longestTask: run.longestTask, export: run.export };
}

/** One GPU row of the benchmark. */
interface GpuRow {
  name: string;
  /** e.g. "darts/s", "GB/s". */
  unit: string;
  /** Throughput of the whole call (transfers included) and of the compute pass alone. */
  whole: number;
  compute: number;
  /** More figures (upload and download GB/s for the vector add). */
  extra: string;
  adapter: string;
  longestTask: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * The GPU rows: every kernel's WebGPU path in the speedup lab, and the vector-add lab, in a browser
 * started with --enable-unsafe-webgpu. Returns the rows, or the reason there are none.
 */
async function gpuBench(small: boolean): Promise<{ rows: GpuRow[]; missing: string | null }> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-unsafe-webgpu'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/#/lessons/gpus`);
    const box = page.getByTestId('webgpu-status');
    await box.locator('[role="status"]').filter({ hasNotText: 'Asking' }).first().waitFor({ timeout: 60_000 });
    if ((await box.getAttribute('data-state')) !== 'ready') return { rows: [], missing: (await box.innerText()).replace(/\s+/g, ' ') };
    const rows: GpuRow[] = [];
    const gpuRepeats = small ? 1 : repeats;
    for (const kernel of KERNELS.filter((k) => k.webgpu)) {
      const params = small ? { ...kernel.bench, n: kernel.id === 'pi' ? '1000000' : '1000' } : { ...kernel.bench };
      console.log(`${kernel.label} (WebGPU), ${Object.entries(params).map(([k, v]) => `${k} = ${v}`).join(', ')}, ${gpuRepeats} repeats …`);
      const run = await sweep(page, new URLSearchParams({ kernel: kernel.id, impl: 'webgpu', ...params, repeats: String(gpuRepeats) }).toString());
      const numeric = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Number(v)]));
      const work = kernel.work.amount(numeric);
      const computeMs = median(run.export.runs.map((r) => Number(r.compute_ms)));
      rows.push({
        name: `${kernel.id} webgpu`,
        unit: `${kernel.work.unit}/s`,
        whole: work / (run.rows[0]!.medianMs / 1000),
        compute: work / (computeMs / 1000),
        extra: `result ${run.rows[0]!.result}; compute timed by ${String(run.export.runs[0]?.compute_timing)}`,
        adapter: String(run.export.runs[0]?.adapter ?? ''),
        longestTask: run.longestTask,
      });
    }
    const length = small ? 100_000 : 10_000_000;
    console.log(`Vector add (WebGPU), ${length} elements, ${gpuRepeats} repeats …`);
    const v = await runLab(page, 'gpu-vector-add', `sizes=${length}&repeats=${gpuRepeats}`);
    const s = v.export.summary[0]!;
    const bytes = 12 * length;
    rows.push({
      name: 'vector add webgpu',
      unit: 'GB/s',
      whole: bytes / 1e9 / (Number(s.gpu_total_ms) / 1000),
      compute: Number(s.kernel_gb_per_s),
      extra: `upload ${fmt(Number(s.upload_gb_per_s))} GB/s, download ${fmt(Number(s.download_gb_per_s))} GB/s, CPU loop ${fmt(Number(s.cpu_loop_ms), 1)} ms, ${Number(s.mismatches) === 0 ? 'exact' : `${String(s.mismatches)} mismatches`}`,
      adapter: String(s.adapter ?? ''),
      longestTask: v.longestTask,
    });
    return { rows, missing: null };
  } finally {
    await browser.close();
  }
}

/** Prints the GPU rows. */
function printGpuRows(gpu: { rows: GpuRow[]; missing: string | null }): void {
  console.log('\n== GPU (WebGPU) ==');
  if (gpu.missing) {
    console.log(`no GPU rows: ${gpu.missing}`);
    return;
  }
  console.log(`adapter: ${gpu.rows[0]?.adapter ?? '?'}`);
  console.log(`${'row'.padEnd(18)} ${'whole call'.padStart(14)} ${'compute only'.padStart(14)}  unit         notes`);
  for (const r of gpu.rows) {
    const show = (x: number) => (r.unit === 'GB/s' ? fmt(x) : big(x).replace(' M/s', ' M'));
    console.log(`${r.name.padEnd(18)} ${show(r.whole).padStart(14)} ${show(r.compute).padStart(14)}  ${(r.unit === 'GB/s' ? 'GB/s' : `M ${r.unit}`).padEnd(12)} ${r.extra}; longest main-thread task ${fmt(r.longestTask, 0)} ms`);
  }
}

/** A browser implementation of the integral timed against one C level, in interleaved rounds. */
interface PairedRatio {
  impl: Implementation;
  level: CLevel;
  /** Per round: the implementation's 1-worker rate / the C loop's rate around it. */
  ratios: number[];
}

/**
 * The integral's browser implementations against the C loop, measured back to back so that the
 * machine's drift (a shared host's second core, clock changes) falls on both sides of each ratio:
 * per round and pair, one C run, the lab on 1 worker (`labRepeats` repeats after its warm-up, the
 * median), then a second C run; the round's ratio is the lab's rate over the mean of the two C
 * rates. Pairs whose binary is missing are left out. Runs in the bench's Node process, driving
 * `page` (about 15 s per round on the course's n = 10000).
 */
async function pairedRounds(page: Page, n: number, rounds: number, labRepeats: number, pairs: { impl: Implementation; level: CLevel; exe: string | null }[]): Promise<PairedRatio[]> {
  const kernel = KERNELS.find((k) => k.id === 'integrate')!;
  const evaluations = kernel.work.amount({ n });
  const out = pairs.filter((p) => p.exe).map((p) => ({ impl: p.impl, level: p.level, exe: p.exe!, ratios: [] as number[] }));
  for (let round = 0; round < rounds; round++) {
    for (const p of out) {
      const before = await runC(p.exe, n);
      const query = new URLSearchParams({ kernel: 'integrate', impl: p.impl, n: String(n), workers: '1', repeats: String(labRepeats) });
      const one = (await sweep(page, query.toString())).rows.find((r) => r.workers === 1)!;
      const after = await runC(p.exe, n);
      p.ratios.push(evaluations / (one.medianMs / 1000) / ((before.evalsPerSecond + after.evalsPerSecond) / 2));
    }
  }
  return out.map(({ impl, level, ratios }) => ({ impl, level, ratios }));
}

/** S(2) of one implementation of the integral, measured in interleaved rounds. */
interface SpeedupRounds {
  impl: Implementation;
  /** Per round: T(1 worker) / T(2 workers), from one lab run on workers=1,2 (medians of its repeats). */
  speedups: number[];
  /** Per round, just before the lab run: two C processes at once against one ({@link pairRound}), or NaN without gcc. */
  ceilings: number[];
}

/**
 * The 2-worker speedup of each implementation in `impls`, measured so that a busy spell of the
 * shared host falls on both worker counts rather than on one: per round and implementation, one
 * round of the C pair ceiling, then the lab on workers=1,2 (`labRepeats` repeats per count after
 * its warm-up), whose 1- and 2-worker runs follow each other within seconds. The sweeps above
 * time all repeats of 1 worker before any of 2. Runs in the bench's Node process, driving `page`.
 */
async function speedupRounds(page: Page, n: number, rounds: number, labRepeats: number, impls: Implementation[], exe: string | null): Promise<SpeedupRounds[]> {
  const out = impls.map((impl) => ({ impl, speedups: [] as number[], ceilings: [] as number[] }));
  for (let round = 0; round < rounds; round++) {
    for (const o of out) {
      o.ceilings.push(exe ? await pairRound(exe, 7071) : Number.NaN);
      const query = new URLSearchParams({ kernel: 'integrate', impl: o.impl, n: String(n), workers: '1,2', repeats: String(labRepeats) });
      const rows = (await sweep(page, query.toString())).rows;
      o.speedups.push(rows.find((r) => r.workers === 1)!.medianMs / rows.find((r) => r.workers === 2)!.medianMs);
    }
  }
  return out;
}

const fmt = (x: number, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const big = (x: number) => `${(x / 1e6).toFixed(1)} M/s`;

/**
 * Waits until `condition` (a JavaScript expression) holds in the page, polling it every 50 ms in the page's own world for at
 * most 60 s. Not a Playwright locator: its selector engine is injected into the page on first use,
 * and compiling it is a main-thread task of 40–55 ms of its own, which the lesson rows would count.
 * @throws an Error after 60 s
 */
async function untilInPage(page: Page, condition: string): Promise<void> {
  // A string, not a function: tsx would wrap a function's inner functions in a helper that the
  // page does not have.
  const ok = await page.evaluate(`new Promise((resolve) => {
    const until = performance.now() + 60000;
    const poll = () => {
      if (${condition}) resolve(true);
      else if (performance.now() > until) resolve(false);
      else setTimeout(poll, 50);
    };
    poll();
  })`);
  if (ok !== true) throw new Error(`the page did not reach ${condition} within 60 s`);
}

/**
 * The longest main-thread task while each lesson opens in a fresh browser context (from the hash
 * change on the home page until the lesson body is complete and every lab has mounted), and the
 * longest task of the fresh page load before it (the main script starting), in ms: medians of
 * `times` opens per lesson. Issue 18: no task over 50 ms.
 */
async function lessonOpening(browser: Browser, times: number): Promise<{ slug: string; open: number; load: number }[]> {
  const slugs = readCatalog(resolve(root, 'lessons'), { skipMissing: true }).map((e) => e.meta.slug);
  const out: { slug: string; open: number; load: number }[] = [];
  for (const slug of slugs) {
    const open: number[] = [];
    const load: number[] = [];
    for (let i = 0; i < times; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { __tasks: { start: number; duration: number }[] };
        w.__tasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__tasks.push({ start: e.startTime, duration: e.duration });
        }).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(`http://127.0.0.1:${port}/#/`);
      await untilInPage(page, `document.querySelector('main h1') !== null`);
      await page.waitForTimeout(1000);
      load.push(await page.evaluate(() => Math.max(0, ...(window as unknown as { __tasks: { duration: number }[] }).__tasks.map((t) => t.duration))));
      // Only tasks that start after the hash change count: not the task in which Playwright first
      // injected its script into the page (the line above), whose entry may arrive late.
      const since = await page.evaluate((s) => {
        const at = performance.now();
        location.hash = `#/lessons/${s}`;
        return at;
      }, slug);
      await untilInPage(page, `document.querySelector('.lesson-body[data-complete="true"]') !== null && document.querySelector('.lab-placeholder') === null`);
      await page.waitForTimeout(500);
      open.push(
        await page.evaluate(
          (t0) => Math.max(0, ...(window as unknown as { __tasks: { start: number; duration: number }[] }).__tasks.filter((t) => t.start >= t0).map((t) => t.duration)),
          since,
        ),
      );
      await context.close();
    }
    out.push({ slug, open: median(open), load: median(load) });
  }
  return out;
}

function printLessonRows(rows: { slug: string; open: number; load: number }[], times: number): void {
  console.log(`\n== Opening a lesson: longest main-thread task (median of ${times} fresh opens) ==`);
  console.log(`${'lesson'.padEnd(18)} ${'open ms'.padStart(8)} ${'page load ms'.padStart(13)}`);
  for (const r of rows) console.log(`${r.slug.padEnd(18)} ${fmt(r.open, 0).padStart(8)} ${fmt(r.load, 0).padStart(13)}`);
}

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
    const small = process.env.BENCH_GPU_SMALL === '1';
    if (process.env.BENCH_ONLY === 'gpu') {
      const gpu = await gpuBench(small);
      printGpuRows(gpu);
      return;
    }
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const lessonTimes = 3;
    if (process.env.BENCH_ONLY === 'lessons') {
      printLessonRows(await lessonOpening(browser, lessonTimes), lessonTimes);
      await browser.close();
      return;
    }
    // No service worker for the sweeps: on the first visit it precaches the whole site (Pyodide's
    // files among it) in the background, which would share the cores with the first sweeps.
    const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
    const cores = await (async () => {
      await page.goto(`http://127.0.0.1:${port}/#/lab`);
      return page.evaluate(() => navigator.hardwareConcurrency);
    })();
    const counts = [1, 2, 4, 8].filter((p) => p <= Math.max(4, 2 * cores)).join(',');
    // Every registered kernel in every implementation it has, at its benchmark size.
    const sweeps: { kernel: (typeof KERNELS)[number]; impl: Implementation; params: Record<string, string>; result: Awaited<ReturnType<typeof sweep>> }[] = [];
    for (const kernel of KERNELS) {
      // The GPU path (webgpu) runs in the GPU rows below, in a browser with WebGPU switched on.
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
    // The C references: -O2, -O3 native and, on AVX-512 CPUs, the AVX2 level that issue 12's 0.5
    // assumes. Ratios come from interleaved rounds (pairedRounds), the table rows from medians of 3.
    const binDir = resolve(root, outDir);
    const exeO2 = buildC(binDir, C_O2);
    const exeFast = buildC(binDir, C_FAST);
    const exeAvx2 = hasAvx512() ? buildC(binDir, C_FAST_AVX2) : null;
    const pairedN = 10_000;
    const pairedCount = 5;
    console.log(`wasm and simd against C, ${pairedCount} interleaved rounds …`);
    const paired = await pairedRounds(page, pairedN, pairedCount, 3, [
      { impl: 'wasm', level: C_O2, exe: exeO2 },
      { impl: 'simd', level: C_FAST, exe: exeFast },
      { impl: 'simd', level: C_FAST_AVX2, exe: exeAvx2 },
    ]);
    const s2Count = 5;
    console.log(`S(2) of js and simd, ${s2Count} interleaved rounds …`);
    const s2Rounds = cores < 2 ? [] : await speedupRounds(page, pairedN, s2Count, 3, ['js', 'simd'], exeO2);
    console.log('Opening every lesson …');
    const lessonRows = await lessonOpening(browser, lessonTimes);
    await browser.close();

    const gpu = await gpuBench(small);

    const c = await medianRun(exeO2, 10_000);
    const cFast = await medianRun(exeFast, 10_000);
    const cAvx2 = await medianRun(exeAvx2, 10_000);
    const cPair = await pairSpeedup(exeO2, 7071);
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
    if (cAvx2) console.log(`${'C gcc -O3 AVX2'.padEnd(16)} ${big(cAvx2.evalsPerSecond)} evaluations/s  (gcc -O3 -march=x86-64-v3 -ffast-math: 4-lane sin, built because this CPU has AVX-512)`);
    if (cPair !== null) console.log(`${'C, 2 at once'.padEnd(16)} ${fmt(cPair)}            (2 x T(one C process) / T(two at the same time): this machine's own ceiling for S(2))`);
    if (c || cFast) {
      console.log('\n== Integration per worker as a ratio to C ==');
      console.log(`${'impl'.padEnd(8)} ${'/ C -O2'.padStart(9)} ${'/ C -O3 fast'.padStart(13)}`);
      for (const w of sweeps.filter((x) => x.kernel.id === 'integrate')) {
        console.log(`${w.impl.padEnd(8)} ${(c ? fmt(rate(w) / c.evalsPerSecond) : '–').padStart(9)} ${(cFast ? fmt(rate(w) / cFast.evalsPerSecond) : '–').padStart(13)}`);
      }
    }

    if (paired.length) {
      console.log(`\n== Integration per worker against C, interleaved (${pairedCount} rounds at n = ${pairedN}: C, the lab on 1 worker, C again) ==`);
      console.log(`${'impl / C level'.padEnd(24)} ${'median'.padStart(7)}  ${'min'.padStart(6)}  ${'max'.padStart(6)}`);
      for (const p of paired) {
        console.log(`${`${p.impl} / ${p.level.label.replace(/^C gcc /, '')}`.padEnd(24)} ${fmt(median(p.ratios)).padStart(7)}  ${fmt(Math.min(...p.ratios)).padStart(6)}  ${fmt(Math.max(...p.ratios)).padStart(6)}`);
      }
    }

    if (s2Rounds.length > 0) {
      console.log(`\n== S(2) of the integral, interleaved (${s2Count} rounds at n = ${pairedN}: two C processes against one, then the lab on workers=1,2) ==`);
      console.log(`${'impl'.padEnd(8)} ${'median'.padStart(7)}  ${'min'.padStart(6)}  ${'max'.padStart(6)}   C pair median`);
      for (const r of s2Rounds) {
        console.log(`${r.impl.padEnd(8)} ${fmt(median(r.speedups)).padStart(7)}  ${fmt(Math.min(...r.speedups)).padStart(6)}  ${fmt(Math.max(...r.speedups)).padStart(6)}   ${fmt(median(r.ceilings)).padStart(13)}`);
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
    printGpuRows(gpu);
    printLessonRows(lessonRows, lessonTimes);
    console.log('\n== Worker overhead ==');
    console.log(`start 8 workers        ${fmt(startupMs, 1)} ms (median of 5 after a warm-up)`);
    console.log(`warm round trip        ${fmt(roundTripMs, 3)} ms (median of 1000)`);

    // S(2): the interleaved rounds' median where they ran, else the sweep's.
    const s2Of = (impl: Implementation, sweepRow: Row | undefined) => {
      const r = s2Rounds.find((x) => x.impl === impl);
      if (r) return { value: median(r.speedups), how: `median of ${s2Count} interleaved rounds; the sweep above: ${fmt(sweepRow?.speedup ?? Number.NaN)}`, ceiling: median(r.ceilings) };
      return { value: sweepRow?.speedup ?? Number.NaN, how: 'the sweep', ceiling: cPair ?? Number.NaN };
    };
    const s2 = s2Of('js', integ.result.rows.find((r) => r.workers === 2));
    console.log('\n== Targets ==');
    const check = (ok: boolean, text: string) => console.log(`${ok ? 'met ' : 'MISS'}  ${text}`);
    if (c) check(integRate >= c.evalsPerSecond, `kernel per worker >= C -O2 (${big(integRate)} vs ${big(c.evalsPerSecond)})`);
    const ceiling = (x: { ceiling: number }) => (Number.isFinite(x.ceiling) ? `; two C processes at once: ${fmt(x.ceiling)}` : '');
    check(cores < 2 || s2.value >= 1.8, `speedup with 2 workers >= 1.8 (${fmt(s2.value)}, ${s2.how}${ceiling(s2)})`);
    check(roundTripMs < 0.2, `warm round trip < 0.2 ms (${fmt(roundTripMs, 3)} ms)`);
    check(startupMs < 100, `start 8 workers < 100 ms (${fmt(startupMs, 1)} ms)`);
    check(Math.max(...sweeps.map((w) => w.result.longestTask)) <= 50, `no main-thread task over 50 ms while labs run`);
    const worstOpen = lessonRows.reduce((a, b) => (b.open > a.open ? b : a));
    const worstLoad = lessonRows.reduce((a, b) => (b.load > a.load ? b : a));
    check(worstOpen.open <= 50, `opening a lesson: no main-thread task over 50 ms (longest ${fmt(worstOpen.open, 0)} ms, ${worstOpen.slug})`);
    check(worstLoad.load <= 50, `a fresh page load: no main-thread task over 50 ms (longest ${fmt(worstLoad.load, 0)} ms)`);
    // Issue 12 (compiled code and vectorization).
    const simdInteg = find('integrate', 'simd');
    const jsPi = find('pi', 'js');
    const simdPi = find('pi', 'simd');
    // The ratios to C are the interleaved rounds' medians (drift falls on both sides of each ratio).
    const pairedMedian = (impl: Implementation, level: CLevel) => {
      const p = paired.find((x) => x.impl === impl && x.level === level);
      return p ? median(p.ratios) : null;
    };
    const wasmO2 = pairedMedian('wasm', C_O2);
    const simdFast = pairedMedian('simd', C_FAST);
    const simdAvx2 = pairedMedian('simd', C_FAST_AVX2);
    if (wasmO2 !== null) check(wasmO2 >= 1.0, `wasm integral per worker >= 1.0 x C -O2 (${fmt(wasmO2)} x, median of ${pairedCount} interleaved rounds)`);
    if (simdFast !== null) {
      const wide = exeAvx2 ? '; this CPU has AVX-512: 8 doubles per vector instruction against 2, a ceiling of 0.25' : '';
      check(simdFast >= 0.5, `simd integral per worker >= 0.5 x C -O3 -march=native -ffast-math (${fmt(simdFast)} x${wide})`);
    }
    if (simdAvx2 !== null) check(simdAvx2 >= 0.5, `simd integral per worker >= 0.5 x C -O3 at the AVX2 level (x86-64-v3, 4 doubles per instruction: the hardware issue 12's 0.5 assumes) (${fmt(simdAvx2)} x)`);
    if (jsPi && simdPi) check(rate(simdPi) >= 3 * rate(jsPi), `simd pi >= 3 x js pi (${fmt(rate(simdPi) / rate(jsPi))} x: ${big(rate(simdPi))} vs ${big(rate(jsPi))})`);
    if (simdInteg) {
      const simdS2 = s2Of('simd', simdInteg.result.rows.find((r) => r.workers === 2));
      check(cores < 2 || simdS2.value >= 1.8, `speedup with simd on 2 workers >= 1.8 at n = ${simdInteg.params.n} (${fmt(simdS2.value)}, ${simdS2.how}${ceiling(simdS2)})`);
    }

    mkdirSync(resolve(root, 'bench/results'), { recursive: true });
    writeFileSync(
      resolve(root, 'bench/results/latest.json'),
      JSON.stringify({ date: new Date().toISOString(), cores, lessons: lessonRows, sweeps: sweeps.map((w) => ({ kernel: w.kernel.id, impl: w.impl, params: w.params, unitsPerSecond: rate(w), ...w.result })), startupMs, roundTripMs, c, cFast, cAvx2, cPair, paired: paired.map((p) => ({ impl: p.impl, level: p.level.id, ratios: p.ratios, median: median(p.ratios) })), s2Rounds: s2Rounds.map((r) => ({ ...r, median: median(r.speedups) })), integRate, gpu }, null, 2),
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
