/**
 * What every Python program of a cluster export shares, as Python source: the standard-library
 * imports, where the program runs (the allocation's cores, a one-line description of the machine
 * and Slurm job), its command line (`--output`, `--machine`) and the writer of the results file in
 * the lab kit's format. Also the TypeScript helpers that write Python literals and docstrings.
 *
 * Pure: any thread, and Node.
 */

/** A Python literal of a string, number list or string map (JSON is valid Python for these). */
export const py = (value: string | number[] | Record<string, string>): string => JSON.stringify(value);

/** `text` re-flowed into lines of at most `width` characters (words are never split). */
export function wrap(text: string, width = 88): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** The imports every program needs (stdlib only). */
export const IMPORTS = `import argparse
import json
import math
import os
import platform
import socket
import statistics
import sys
import time
from datetime import datetime, timezone`;

/** Where the program runs and how its results file is written: the same in every program. */
export const MACHINE_AND_OUTPUT = `
def allocated_cores():
    """Cores this job may use: Slurm's SLURM_CPUS_PER_TASK inside a job, otherwise the CPUs
    in this process's affinity mask (os.cpu_count() counts the whole node, even outside
    the allocation)."""
    if os.environ.get("SLURM_CPUS_PER_TASK"):
        return int(os.environ["SLURM_CPUS_PER_TASK"])
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def describe_machine(cores):
    """One line on where this ran: Python, the OS, the node, and the Slurm job if any."""
    parts = [
        f"Python {platform.python_version()} ({platform.python_implementation()})",
        platform.platform(),
        f"node {socket.gethostname()}",
        f"os.cpu_count() {os.cpu_count()}, {cores} cores allocated",
    ]
    job = os.environ.get("SLURM_JOB_ID")
    if job:
        cluster = os.environ.get("SLURM_CLUSTER_NAME", "?")
        parts.append(f"Slurm job {job} on cluster {cluster}, partition {os.environ.get('SLURM_JOB_PARTITION', '?')}")
    return "; ".join(parts)


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_name = f"results-{os.environ.get('SLURM_JOB_ID', 'local')}.json"
    parser.add_argument("--output", default=default_name, help=f"results file (default {default_name})")
    parser.add_argument("--machine", default=os.environ.get("PARALLEL_LAB_MACHINE") or os.environ.get("SLURM_CLUSTER_NAME") or socket.gethostname(),
                        help="name of this machine on the lab's chart (default: the Slurm cluster's name, or the host name)")
    return parser.parse_args()


def warn_oversubscription(pool_sizes, cores):
    for p in pool_sizes:
        if p > cores:
            print(f"Note: {p} workers on {cores} allocated cores oversubscribe them: the processes take turns.", file=sys.stderr)


def write_results(args, cores, runs, summary):
    """Writes the runs in Parallel Lab's results format (parallel-lab.results, version 1)."""
    results = {
        "format": "parallel-lab.results",
        "version": 1,
        "lab": LAB,
        "settings": SETTINGS,
        "link": LINK,
        "environment": {
            "cores": cores,
            "userAgent": describe_machine(cores),
            "date": datetime.now(timezone.utc).isoformat(timespec="milliseconds"),
            "crossOriginIsolated": None,
            "machine": args.machine,
        },
        "runs": runs,
        "summary": summary,
    }
    with open(args.output, "w", encoding="utf-8") as out:
        json.dump(results, out, indent=2)
        out.write("\\n")
    print(f"Wrote {len(runs)} timed runs to {args.output}")


def noisy(times):
    """Flagged as the lab flags a row: the slowest run over 1.25 times the fastest."""
    return max(times) / min(times) > 1.25 if min(times) > 0 else max(times) > 0
`;

