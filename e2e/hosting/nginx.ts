/**
 * Starts and stops Debian's nginx for the hosting tests: a throw-away config in a temp dir
 * (`nginx -c <conf> -p <dir> -e <log>`, `daemon off`, every temp path inside the dir), listening
 * on a loopback port, serving build folders under sub-paths, with or without the cross-origin
 * isolation headers. Works as root and as an ordinary user. Node only (Playwright's test runner).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:net';

/** One folder served under one URL path. */
export interface Mount {
  /** URL path, with slashes at both ends, e.g. `/course/`. */
  path: string;
  /** Absolute folder on disk (a build, or a symlink to one). */
  dir: string;
}

/** Options of {@link startNginx}. */
export interface NginxOptions {
  /** Loopback port to listen on. */
  port: number;
  /** Folders to serve (ignored when `serverBlock` is given). */
  mounts?: Mount[];
  /** Send COOP/COEP/CORP on every response; false = a host that cannot, like GitHub Pages. */
  isolationHeaders?: boolean;
  /** A complete `server { }` block to use instead (see {@link documentedServerBlock}). */
  serverBlock?: string;
  /** Bytes per second per connection (nginx limit_rate), to imitate a slow network; unlimited when absent. */
  limitRate?: number;
}

/**
 * The server block shipped in docs/nginx.conf, made to listen on 127.0.0.1:`port` with `root`
 * as its document root and the site under `mount` (e.g. `/course/`) instead of /parallel-lab/.
 * Node. Throws when the documented block no longer has the lines this substitutes.
 */
export function documentedServerBlock(port: number, root: string, mount: string): string {
  const text = readFileSync(join(import.meta.dirname, '../../docs/nginx.conf'), 'utf8');
  const replace = (s: string, from: string | RegExp, to: string): string => {
    const out = s.replace(from, to);
    if (out === s) throw new Error(`docs/nginx.conf: expected ${String(from)}`);
    return out;
  };
  let block = replace(text, /listen 80;/, `listen 127.0.0.1:${port};`);
  block = replace(block, /root \/srv\/www;/, `root ${root};`);
  return replace(block, /\/parallel-lab\//g, mount);
}

/** A running nginx. */
export interface RunningNginx {
  /** `http://127.0.0.1:<port>` (no trailing slash). */
  origin: string;
  /** Requests nginx has logged so far, oldest first. */
  accessLog(): LoggedRequest[];
  /** Stops nginx and removes its temp dir; resolves once the port is closed. */
  stop(): Promise<void>;
}

/** One line of nginx's access log. */
export interface LoggedRequest {
  method: string;
  /** Path and query as requested, e.g. `/course/assets/index-Ab12.js`. */
  path: string;
  status: number;
}

/** Parses nginx's default ("combined") access log. Pure. */
export function parseAccessLog(text: string): LoggedRequest[] {
  const out: LoggedRequest[] = [];
  for (const line of text.split('\n')) {
    const m = /"([A-Z]+) (\S+) HTTP\/[\d.]+" (\d{3})/.exec(line);
    if (m) out.push({ method: m[1]!, path: m[2]!, status: Number(m[3]) });
  }
  return out;
}

/** The nginx binary: $NGINX, or Debian's. */
export function nginxBinary(): string {
  return process.env.NGINX ?? '/usr/sbin/nginx';
}

const ISOLATION = `
    add_header Cross-Origin-Opener-Policy same-origin always;
    add_header Cross-Origin-Embedder-Policy require-corp always;
    add_header Cross-Origin-Resource-Policy same-origin always;`;

/** The nginx.conf text for `options`, with temp paths under `dir`. Pure. */
export function nginxConfig(options: NginxOptions, dir: string, runningAsRoot: boolean): string {
  const headers = options.isolationHeaders ? ISOLATION : '';
  const locations = (options.mounts ?? [])
    .map(
      (m) => `
    location ${m.path} {
      alias ${m.dir.replace(/\/?$/, '/')};
      index index.html;${headers}
    }
    location = ${m.path}sw.js {
      alias ${m.dir.replace(/\/?$/, '/')}sw.js;
      add_header Cache-Control "no-cache" always;${headers}
    }`,
    )
    .join('\n');
  return `# Written by e2e/hosting/nginx.ts for one test run.
${runningAsRoot ? 'user root root;' : ''}
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  ${options.serverBlock ?? `server {
    listen 127.0.0.1:${options.port};
    server_name localhost;
    ${options.limitRate ? `limit_rate ${options.limitRate};` : ''}
    ${locations}
  }`}
}
`;
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function waitFor(check: () => Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Timed out waiting for ${what}.`);
}

/**
 * Starts nginx in the foreground as a child process; resolves once it accepts connections.
 * Throws when the binary is missing (install it: `apt-get install -y nginx`), the port is taken,
 * or nginx exits early (its error log is in the message).
 */
export async function startNginx(options: NginxOptions): Promise<RunningNginx> {
  const binary = nginxBinary();
  if (!existsSync(binary)) throw new Error(`nginx not found at ${binary}: install it with apt-get install -y nginx (or set NGINX).`);
  if (await portOpen(options.port)) throw new Error(`Port ${options.port} is already in use.`);
  const dir = mkdtempSync(join(tmpdir(), 'parallel-lab-nginx-'));
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, nginxConfig(options, dir, process.getuid?.() === 0));
  const child: ChildProcess = spawn(binary, ['-c', conf, '-p', `${dir}/`, '-e', join(dir, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  let exited = false;
  child.once('exit', () => (exited = true));
  try {
    await waitFor(async () => {
      if (exited) throw new Error(`nginx exited: ${stderr}${existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''}`);
      return portOpen(options.port);
    }, `nginx on port ${options.port}`);
  } catch (error) {
    child.kill('SIGTERM');
    throw error;
  }
  return {
    origin: `http://127.0.0.1:${options.port}`,
    accessLog: () => parseAccessLog(existsSync(join(dir, 'access.log')) ? readFileSync(join(dir, 'access.log'), 'utf8') : ''),
    async stop() {
      if (!exited) {
        const gone = new Promise((r) => child.once('exit', r));
        child.kill('SIGQUIT');
        await Promise.race([gone, new Promise((r) => setTimeout(r, 5000))]);
        if (!exited) child.kill('SIGKILL');
      }
      await waitFor(async () => !(await portOpen(options.port)), `port ${options.port} to close`);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
