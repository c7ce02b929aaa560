/**
 * The files of a cluster export and the zip that holds them (fflate's `zipSync`, DEFLATE), in one
 * folder named for the job so unzipping never scatters files. Pure: any thread, and Node.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { batchFileName, batchScript } from './batch-script.ts';
import type { ClusterJob } from './cluster-job.ts';
import { programFileName, pythonProgram } from './python-program.ts';
import { README_FILE, readme } from './readme.ts';

/** One file of the export. */
export interface ExportFile {
  /** Name inside the job's folder. */
  name: string;
  /** Its text (UTF-8). */
  text: string;
  /** Whether it is a script to mark executable (rwxr-xr-x) in the zip. */
  executable: boolean;
}

/** The export's files: the Python program, the batch script and the README. */
export function clusterFiles(job: ClusterJob): ExportFile[] {
  return [
    { name: programFileName(job), text: pythonProgram(job), executable: true },
    { name: batchFileName(job), text: batchScript(job), executable: true },
    { name: README_FILE, text: readme(job), executable: false },
  ];
}

/** The zip's file name, e.g. `speedup-integrate-cluster.zip`. */
export function zipFileName(job: ClusterJob): string {
  return `${job.name}-cluster.zip`;
}

/**
 * The zip of `job`'s files under the folder `<job.name>-cluster/`, with Unix permissions
 * (0755 for the scripts, 0644 otherwise) and the given modification time.
 *
 * @param date the files' modification time (default now; zip stores local time to 2 s)
 */
export function clusterZip(job: ClusterJob, date = new Date()): Uint8Array {
  const folder = `${job.name}-cluster`;
  const entries: Zippable = {};
  for (const f of clusterFiles(job)) {
    // External attributes: the Unix mode in the high 16 bits, with os = 3 (Unix).
    entries[`${folder}/${f.name}`] = [strToU8(f.text), { os: 3, attrs: ((f.executable ? 0o100755 : 0o100644) << 16) >>> 0, mtime: date }];
  }
  return zipSync(entries, { level: 6 });
}
