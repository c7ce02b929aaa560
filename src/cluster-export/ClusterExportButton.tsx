import { useId, useState } from 'react';
import { downloadBlob } from '../labs/kit/export.ts';
import { clusterZip, zipFileName } from './bundle.ts';
import type { ClusterJob } from './cluster-job.ts';

/** Props of {@link ClusterExportButton}. */
export interface ClusterExportButtonProps {
  /** The job of the lab's current settings, or why there is none (shown beside the disabled button). */
  job: ClusterJob | string;
}

/**
 * "Run this on a cluster": downloads a zip with a Python program that repeats the lab's experiment
 * with multiprocessing (or mpi4py, for the message-passing lab's programs), a Slurm batch script and a README (./bundle.ts), built from the settings in
 * the form (nothing has to run first). Disabled, with the reason, when the settings cannot be
 * exported. A failure is shown beside the button. Main thread (React).
 */
export function ClusterExportButton({ job }: ClusterExportButtonProps) {
  const [error, setError] = useState<string | null>(null);
  const reasonId = useId();
  const reason = typeof job === 'string' ? job : null;
  const download = (): void => {
    if (typeof job === 'string') return;
    setError(null);
    try {
      const zip = clusterZip(job);
      downloadBlob(zipFileName(job), new Blob([zip.slice().buffer as ArrayBuffer], { type: 'application/zip' }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <span className="lab-export cluster-export" role="group" aria-label="Run on a cluster">
      <button
        type="button"
        disabled={reason !== null}
        onClick={download}
        title="A Python program, a Slurm batch script and a README that repeat this experiment on a cluster"
        {...(reason ? { 'aria-describedby': reasonId } : {})}
      >
        Run this on a cluster
      </button>
      {reason ? (
        <span className="note" id={reasonId}>
          {reason}
        </span>
      ) : null}
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}
