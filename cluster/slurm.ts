/**
 * A real single-node Slurm on localhost, brought up by a test and torn down by it: munge (for
 * authentication), `slurmctld` (the controller) and `slurmd` (the node daemon) with a generated
 * `/etc/slurm/slurm.conf` (any existing one is backed up and restored), their state, spool and
 * logs in a temporary folder. Every daemon is a foreground process this module spawns, so it holds
 * their PIDs and stops exactly those (never by name).
 *
 * The settings are the ones measured to work as root in these containers without systemd or
 * cgroups (issue 14): `proctrack/linuxproc`, `task/none`, `select/cons_tres` with `CR_Core`, no
 * accounting database (so no `sacct`: jobs are followed with `scontrol show job`), and
 * `batch_sched_delay=0` so a job starts about as soon as it is submitted. Jobs are followed by
 * polling `scontrol` every 0.5 s (`sbatch --wait` polls at 2, 8 then 32 s).
 *
 * Node only (the cluster tests), as root.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where Slurm's commands and daemons read their configuration (job steps need this path). */
export const SLURM_CONF = '/etc/slurm/slurm.conf';
const MUNGE_KEY = '/etc/munge/munge.key';
const MUNGE_RUN = '/run/munge';
const MUNGE_SOCKET = join(MUNGE_RUN, 'munge.socket.2');
/** How often jobs and the node are polled, ms. */
const POLL_MS = 500;
/** States in which a job has ended (scontrol's JobState). */
const ENDED = new Set(['COMPLETED', 'FAILED', 'CANCELLED', 'TIMEOUT', 'NODE_FAIL', 'OUT_OF_MEMORY', 'PREEMPTED', 'BOOT_FAIL', 'DEADLINE']);

/**
 * The lock that makes test clusters take turns: two on one machine would share munge and
 * /etc/slurm/slurm.conf and break each other (vitest runs test files in parallel, and the e2e
 * tests start one too). It holds the PID of the process whose cluster is up.
 */
export const CLUSTER_LOCK = join(tmpdir(), 'parallel-lab-slurm.lock');

/** True if process `pid` is alive. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes {@link CLUSTER_LOCK}, waiting (polled every 0.5 s) while another live process or test holds it; a dead holder's lock is taken over. */
async function lockClusters(timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      writeFileSync(CLUSTER_LOCK, String(process.pid), { flag: 'wx' });
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = Number(readFileSync(CLUSTER_LOCK, 'utf8').trim());
    if (!Number.isInteger(holder) || holder <= 0 || !alive(holder)) {
      rmSync(CLUSTER_LOCK, { force: true });
      continue;
    }
    if (Date.now() > until) throw new Error(`another test cluster (process ${holder}) held ${CLUSTER_LOCK} for ${timeoutMs} ms`);
    await sleep(POLL_MS);
  }
}

/** What `scontrol show job` says about an ended job. */
export interface JobEnd {
  /** JobState, e.g. COMPLETED or FAILED. */
  state: string;
  /** ExitCode, `code:signal`, e.g. `0:0`. */
  exitCode: string;
  /** The whole record (one line of `key=value` pairs), for messages. */
  record: string;
}

/** A running single-node cluster. */
export interface SlurmCluster {
  /** The node's name (the host name `slurmd -C` reports). */
  node: string;
  /** The node's CPUs, as configured from `slurmd -C`. */
  cpus: number;
  /** The temporary folder with state, spool and logs. */
  dir: string;
  /**
   * Submits `script` with `sbatch --parsable` from `cwd` (the job's working directory), with
   * `env` added to the submitting environment (exported into the job).
   * @returns the job id
   * @throws Error with sbatch's message when the submission is refused
   */
  submit: (script: string, cwd: string, env?: Record<string, string>) => Promise<string>;
  /**
   * Polls `scontrol show job` every 0.5 s until the job has ended.
   * @throws Error after `timeoutMs` (the job is cancelled), with the daemons' logs' tails
   */
  waitForJob: (jobId: string, timeoutMs: number) => Promise<JobEnd>;
  /** The tails of the daemons' logs, for failure messages. */
  logs: () => string;
  /** Cancels this cluster's jobs, stops the daemons it started (by PID) and restores slurm.conf. */
  stop: () => Promise<void>;
}

/** Runs a command and resolves with its stdout. @throws Error with its stderr */
function exec(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { ...options, timeout: 30_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(' ')}: ${error.message}${stderr ? `\n${stderr}` : ''}`));
      else resolve(stdout);
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A TCP port free on 127.0.0.1 now (the kernel picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The tools a cluster needs; a missing one fails with the packages to install. */
const TOOLS = ['/usr/sbin/munged', '/usr/sbin/mungekey', '/usr/sbin/slurmctld', '/usr/sbin/slurmd', '/usr/bin/sbatch', '/usr/bin/scontrol', '/usr/bin/scancel'];

/** The node line of `slurmd -C` as fields, e.g. `{ NodeName: 'vm', CPUs: '2', … }`. */
async function nodeTopology(): Promise<Record<string, string>> {
  const out = await exec('/usr/sbin/slurmd', ['-C']);
  const line = out.split('\n').find((l) => l.startsWith('NodeName='));
  if (!line) throw new Error(`slurmd -C printed no NodeName line:\n${out}`);
  return Object.fromEntries(line.trim().split(/\s+/).map((kv) => kv.split('=', 2) as [string, string]));
}

/** Whether a munged already answers on the default socket (then it is used, not started). */
async function mungeWorks(): Promise<boolean> {
  if (!existsSync(MUNGE_SOCKET)) return false;
  try {
    await exec('/bin/sh', ['-c', 'munge -n | unmunge >/dev/null']);
    return true;
  } catch {
    return false;
  }
}

/** Stops a process this module started: SIGTERM, then SIGKILL after `graceMs`. */
async function stopChild(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  process.kill(child.pid, 'SIGTERM');
  const killed = await Promise.race([exited.then(() => true), sleep(graceMs).then(() => false)]);
  if (!killed && child.exitCode === null && child.signalCode === null) {
    process.kill(child.pid, 'SIGKILL');
    await exited;
  }
}

/** The last `lines` lines of a file, or a note that it is missing. */
function tail(file: string, lines = 15): string {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return `(no ${file})`;
  }
}

/** The `slurm.conf` of a one-node cluster on 127.0.0.1 (see the module's comment). */
export function slurmConf(o: { node: Record<string, string>; dir: string; ctldPort: number; slurmdPort: number; cpus?: number | undefined }): string {
  // A node configured with more CPUs than the machine has (o.cpus): one socket of that many cores,
  // trusted by slurmd (config_overrides), for lessons whose jobs ask for more cores than CI has.
  const n = o.cpus ? { ...o.node, CPUs: String(o.cpus), Boards: '1', SocketsPerBoard: '1', CoresPerSocket: String(o.cpus), ThreadsPerCore: '1' } : o.node;
  const name = n.NodeName!;
  const topology = ['CPUs', 'Boards', 'SocketsPerBoard', 'CoresPerSocket', 'ThreadsPerCore', 'RealMemory']
    .filter((k) => n[k] !== undefined)
    .map((k) => `${k}=${n[k]}`)
    .join(' ');
  return `# Generated by cluster/slurm.ts for a test: a one-node cluster on localhost.
ClusterName=parallel-lab-test
SlurmctldHost=${name}(127.0.0.1)
SlurmctldPort=${o.ctldPort}
SlurmdPort=${o.slurmdPort}
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
StateSaveLocation=${o.dir}/state
SlurmdSpoolDir=${o.dir}/spool
SlurmctldPidFile=${o.dir}/slurmctld.pid
SlurmdPidFile=${o.dir}/slurmd.pid
SlurmctldLogFile=${o.dir}/slurmctld.log
SlurmdLogFile=${o.dir}/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
JobCompType=jobcomp/filetxt
JobCompLoc=${o.dir}/jobcomp.log
MpiDefault=none
MailProg=/bin/true
SchedulerParameters=batch_sched_delay=0
ReturnToService=2
MinJobAge=600
${o.cpus ? 'SlurmdParameters=config_overrides\n' : ''}NodeName=${name} NodeAddr=127.0.0.1 ${topology} State=UNKNOWN
PartitionName=test Nodes=${name} Default=YES MaxTime=INFINITE State=UP
`;
}

/** The environment of Slurm's commands: no SLURM_* of an enclosing job, the conf at its path. */
function slurmEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SLURM_')));
  return { ...env, ...extra };
}

/**
 * Brings up munge (unless one already answers), slurmctld and slurmd, after any other test cluster
 * of this machine has stopped ({@link CLUSTER_LOCK}), and waits until the node is
 * idle (polled every 0.5 s, at most `timeoutMs`). `options.cpus` configures the node with that many
 * CPUs whatever the machine has (slurmd trusts slurm.conf: `SlurmdParameters=config_overrides`).
 *
 * @throws Error naming the missing package when a tool is not installed, when not run as root,
 *   or when the node does not become idle (with the daemons' logs); what was started is stopped
 */
export async function startSlurm(timeoutMs = 30_000, options: { cpus?: number } = {}): Promise<SlurmCluster> {
  const missing = TOOLS.filter((t) => !existsSync(t));
  if (missing.length > 0) {
    throw new Error(`Slurm is not installed (${missing.join(', ')} missing): apt-get install --no-install-recommends munge slurmctld slurmd slurm-client (the CI script does)`);
  }
  if (process.getuid?.() !== 0) throw new Error('A test cluster must be started as root (slurmd runs jobs as their users).');
  // One test cluster at a time (see CLUSTER_LOCK): wait for the one that is up.
  await lockClusters(300_000);

  const dir = mkdtempSync(join(tmpdir(), 'parallel-lab-slurm-'));
  mkdirSync(join(dir, 'state'));
  mkdirSync(join(dir, 'spool'));
  const children: ChildProcess[] = [];
  const jobs = new Set<string>();
  const backup = `${SLURM_CONF}.parallel-lab-backup`;
  let confWritten = false;
  let keyCreated = false;
  const outputs: Record<string, string> = {};

  const spawnDaemon = (label: string, command: string, args: string[], options: { uid?: number; gid?: number } = {}): ChildProcess => {
    const child = spawn(command, args, { env: slurmEnv(), stdio: ['ignore', 'pipe', 'pipe'], ...options });
    outputs[label] = '';
    const keep = (chunk: Buffer) => {
      outputs[label] = (outputs[label]! + chunk.toString()).slice(-4000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.on('error', (e) => keep(Buffer.from(`spawn failed: ${e.message}\n`)));
    children.push(child);
    return child;
  };

  const logs = (): string =>
    [
      `slurmctld.log:\n${tail(join(dir, 'slurmctld.log'))}`,
      `slurmd.log:\n${tail(join(dir, 'slurmd.log'))}`,
      ...Object.entries(outputs).map(([k, v]) => `${k} output:\n${v.trim() || '(none)'}`),
    ].join('\n\n');

  const stop = async (): Promise<void> => {
    for (const id of jobs) await exec('/usr/bin/scancel', [id], { env: slurmEnv() }).catch(() => undefined);
    // Let cancelled jobs' steps end before their slurmd goes.
    for (let i = 0; i < 20 && jobs.size > 0; i++) {
      const out = await exec('/usr/bin/squeue', ['-h', '-o', '%i', '-t', 'RUNNING,COMPLETING'], { env: slurmEnv() }).catch(() => '');
      if (!out.trim()) break;
      await sleep(POLL_MS);
    }
    for (const child of [...children].reverse()) await stopChild(child);
    if (confWritten) {
      rmSync(SLURM_CONF, { force: true });
      if (existsSync(backup)) renameSync(backup, SLURM_CONF);
    }
    if (keyCreated) rmSync(MUNGE_KEY, { force: true });
    rmSync(dir, { recursive: true, force: true });
    rmSync(CLUSTER_LOCK, { force: true });
  };

  try {
    const node = await nodeTopology();
    const cpus = options.cpus ?? Number(node.CPUs);
    const [ctldPort, slurmdPort] = [await freePort(), await freePort()];

    // munge: a key, its run directory, and munged as the munge user (it refuses to run as root).
    if (!(await mungeWorks())) {
      const uid = Number((await exec('/usr/bin/id', ['-u', 'munge'])).trim());
      const gid = Number((await exec('/usr/bin/id', ['-g', 'munge'])).trim());
      if (!existsSync(MUNGE_KEY)) {
        await exec('/usr/sbin/mungekey', ['--create', '--keyfile', MUNGE_KEY]);
        await exec('/bin/chown', ['munge:munge', MUNGE_KEY]);
        keyCreated = true;
      }
      mkdirSync(MUNGE_RUN, { recursive: true });
      await exec('/bin/chown', ['munge:munge', MUNGE_RUN]);
      spawnDaemon('munged', '/usr/sbin/munged', ['--foreground', '--force'], { uid, gid });
      const until = Date.now() + 10_000;
      while (!(await mungeWorks())) {
        if (Date.now() > until) throw new Error('munged did not start');
        await sleep(100);
      }
    }

    if (existsSync(SLURM_CONF)) {
      if (existsSync(backup)) throw new Error(`${backup} exists: a test cluster did not restore slurm.conf; move it back by hand first.`);
      renameSync(SLURM_CONF, backup);
    }
    mkdirSync('/etc/slurm', { recursive: true });
    confWritten = true;
    writeFileSync(SLURM_CONF, slurmConf({ node, dir, ctldPort, slurmdPort, cpus: options.cpus }));

    // -D: foreground (this process holds the PID); -i: ignore state from an earlier run.
    spawnDaemon('slurmctld', '/usr/sbin/slurmctld', ['-D', '-i']);
    spawnDaemon('slurmd', '/usr/sbin/slurmd', ['-D']);

    const until = Date.now() + timeoutMs;
    for (;;) {
      const dead = children.find((c) => c.exitCode !== null || c.signalCode !== null);
      if (dead) throw new Error(`${dead.spawnfile} exited (${dead.exitCode ?? dead.signalCode})`);
      const state = await exec('/usr/bin/scontrol', ['show', 'node', node.NodeName!, '-o'], { env: slurmEnv() }).catch(() => '');
      if (/State=IDLE\b/.test(state)) break;
      if (Date.now() > until) throw new Error(`the node did not become idle in ${timeoutMs} ms (${/State=\S+/.exec(state)?.[0] ?? 'no state'})`);
      await sleep(POLL_MS);
    }

    return {
      node: node.NodeName!,
      cpus,
      dir,
      logs,
      stop,
      submit: async (script, cwd, env = {}) => {
        const out = await exec('/usr/bin/sbatch', ['--parsable', script], { cwd, env: slurmEnv(env) });
        const id = out.trim().split(';')[0]!;
        if (!/^\d+$/.test(id)) throw new Error(`sbatch printed no job id: ${out}`);
        jobs.add(id);
        return id;
      },
      waitForJob: async (jobId, waitMs) => {
        const end = Date.now() + waitMs;
        for (;;) {
          const record = (await exec('/usr/bin/scontrol', ['show', 'job', jobId, '-o'], { env: slurmEnv() })).trim();
          const state = /JobState=(\S+)/.exec(record)?.[1] ?? '';
          if (ENDED.has(state)) {
            jobs.delete(jobId);
            return { state, exitCode: /ExitCode=(\S+)/.exec(record)?.[1] ?? '', record };
          }
          if (Date.now() > end) {
            await exec('/usr/bin/scancel', [jobId], { env: slurmEnv() }).catch(() => undefined);
            throw new Error(`job ${jobId} did not end in ${waitMs} ms (JobState=${state})\n${record}\n\n${logs()}`);
          }
          await sleep(POLL_MS);
        }
      },
    };
  } catch (e) {
    const message = `${(e as Error).message}\n\n${logs()}`;
    await stop();
    throw new Error(`Could not start a test Slurm cluster: ${message}`, { cause: e });
  }
}
