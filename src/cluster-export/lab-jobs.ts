/**
 * The cluster jobs of the labs that offer "Run this on a cluster": from a lab's validated settings
 * to the {@link ClusterJob} its export is built from, or the reason there is none. The settings
 * text is written as the lab kit's own export writes it (`queryFromSettings`), so results from the
 * cluster and from the browser carry the same `settings`.
 *
 * Pure: any thread, and Node.
 */
import { queryFromSettings, type RawSettings } from '../labs/kit/settings.ts';
import { speedupSettings, type SpeedupField, type SpeedupParams } from '../labs/speedup/settings.ts';
import { piPoolSettings, type PiPoolField, type VariantParams } from '../labs/pool/compare-settings.ts';
import { scalingSettings, type ScalingField, type ScalingParams } from '../labs/scaling/scaling-params.ts';
import { mpiSettings, type MpiField, type MpiParams } from '../labs/mpi/settings.ts';
import { LESSON_PROGRAMS } from '../labs/mpi/programs.ts';
import { clusterJob, type ClusterJob } from './cluster-job.ts';

/** The lab id and title of the speedup lab (as its export writes them). */
const SPEEDUP_LAB = { id: 'speedup', title: 'Speedup lab' };

/**
 * The cluster job of a speedup-lab sweep, or why it cannot have one: `null` settings (the form
 * shows what is wrong), `impl=webgpu` (the program runs on CPU cores), or a kernel the Python
 * program does not implement.
 *
 * The Python program computes what `impl=js` computes; with `wasm` and `simd` the browser's last
 * digits (and with `simd` its darts) differ, which the README of the export says: the settings
 * keep the lab's `impl`.
 *
 * @param raw the settings text of the form
 * @param params the validated settings, or null when the form has errors
 */
export function speedupClusterJob(raw: RawSettings<SpeedupField>, params: SpeedupParams | null): ClusterJob | string {
  if (!params) return 'Fix the settings above to export them for a cluster.';
  if (params.impl === 'webgpu') return 'The cluster program runs on CPU cores: choose js, wasm or simd to export it.';
  const kernel = params.kernel.id;
  if (kernel !== 'integrate' && kernel !== 'pi') return `The cluster program has no Python version of the kernel "${kernel}".`;
  const query = queryFromSettings(speedupSettings, raw);
  const settings = Object.fromEntries(new URLSearchParams(query));
  return clusterJob(SPEEDUP_LAB, settings, query, {
    kind: 'speedup',
    kernel,
    n: params.values.n ?? Number.NaN,
    seed: params.values.seed ?? 0,
    workers: params.workers,
    repeats: params.repeats,
    impl: params.impl,
  });
}

/** The lab id and title of the Monte Carlo pi pool lab (as its export writes them). */
const PI_POOL_LAB = { id: 'pi-pool', title: 'Monte Carlo pi with a pool' };

/**
 * The cluster job of the Monte Carlo pi pool lab: one `sample(tasks × darts)` against
 * `pool.map(sample, [darts] × tasks)` on `workers`, the lab's fixed seed, or why there is none.
 *
 * @param raw the settings text of the form
 * @param params the validated settings, or null when the form has errors: the calls, darts,
 *   seed and pool size are read from the map variant the lab itself runs
 */
export function piPoolClusterJob(raw: RawSettings<PiPoolField>, params: VariantParams | null): ClusterJob | string {
  if (!params) return 'Fix the settings above to export them for a cluster.';
  const pooled = params.variants[1];
  const tasks = pooled?.argsList.length ?? 0;
  const darts = Number(pooled?.argsList[0]?.[0]);
  const query = queryFromSettings(piPoolSettings, raw);
  return clusterJob(PI_POOL_LAB, Object.fromEntries(new URLSearchParams(query)), query, {
    kind: 'pi-pool',
    tasks,
    darts,
    seed: Number(pooled?.argsList[0]?.[1]),
    workers: pooled?.workers ?? Number.NaN,
    repeats: params.repeats,
  });
}

/** The lab id and title of the scaling lab (as its export writes them). */
const SCALING_LAB = { id: 'scaling', title: 'Scaling lab' };

/**
 * The cluster job of the scaling lab's sweep (strong or weak scaling of a job with a serial
 * fraction), or why there is none.
 *
 * @param raw the settings text of the form
 * @param params the validated settings, or null when the form has errors
 */
export function scalingClusterJob(raw: RawSettings<ScalingField>, params: ScalingParams | null): ClusterJob | string {
  if (!params) return 'Fix the settings above to export them for a cluster.';
  const query = queryFromSettings(scalingSettings, raw);
  return clusterJob(SCALING_LAB, Object.fromEntries(new URLSearchParams(query)), query, { kind: 'scaling', ...params });
}

/** The lab id and title of the message-passing lab (as its export writes them). */
const MPI_LAB = { id: 'mpi', title: 'Message-passing lab' };

/** The message-passing lab's programs that have an mpi4py version to export. */
export const MPI_EXPORTS = ['integrate-reduce', 'pi-gather'] as const;

/** True for a program of {@link MPI_EXPORTS} (the lab shows "Run this on a cluster" for those only). */
export function hasMpiExport(program: string): program is (typeof MPI_EXPORTS)[number] {
  return (MPI_EXPORTS as readonly string[]).includes(program);
}

/** The constant of a program text: `const <name> = <integer>;` (underscores allowed), or NaN. */
function programConstant(source: string, name: string): number {
  const m = new RegExp(`^const ${name} = ([0-9_]+);`, 'm').exec(source);
  return m ? Number(m[1]!.replace(/_/g, '')) : Number.NaN;
}

/**
 * The cluster job of a message-passing lab program, or why there is none: only the lab's own
 * "2D integration with reduce" and "Monte Carlo pi with gather" have an mpi4py twin, and only as
 * written (an edited program has no Python version). The grid size, darts and seed are read from
 * the program's text, so the export always runs what the lab runs.
 *
 * @param raw the settings text of the form
 * @param params the validated settings, or null when the form has errors
 * @param source the program text in the editor
 */
export function mpiClusterJob(raw: RawSettings<MpiField>, params: MpiParams | null, source: string): ClusterJob | string {
  if (!params) return 'Fix the settings above to export them for a cluster.';
  const { program } = params;
  if (!hasMpiExport(program)) return 'Only the integral (integrate-reduce) and Monte Carlo pi (pi-gather) programs have an mpi4py version to export.';
  if (source !== LESSON_PROGRAMS[program].source) return 'The program was edited: reset the code to export its mpi4py version.';
  const n = programConstant(source, program === 'integrate-reduce' ? 'n' : 'totalDarts');
  const seed = program === 'pi-gather' ? Number(/samplePi\(myDarts, (\d+), comm\.rank\)/.exec(source)?.[1]) : 0;
  const query = queryFromSettings(mpiSettings, raw);
  return clusterJob(MPI_LAB, Object.fromEntries(new URLSearchParams(query)), query, {
    kind: 'mpi',
    program,
    ranks: params.ranks,
    n,
    seed,
    order: params.order,
    repeats: 1,
  });
}
