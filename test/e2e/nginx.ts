// Starts the shipped deploy/nginx/vo-assistent.conf as a throw-away nginx (Debian's /usr/sbin/nginx)
// on 127.0.0.1, on a free port, with a self-signed certificate made here by openssl, serving dist/
// under a path (https://127.0.0.1:<port>/vo/), as an ADDIN_URL with a path is served.
// Only the lines the file marks VERVANG are changed, and the root; everything else is the file as an
// administrator installs it. All of nginx's own files (pid, logs, temp) stay in a temporary folder.
import { type ChildProcess, execFileSync, spawn } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { createServer, connect } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';
import { ROOT } from './harness';

export const NGINX = '/usr/sbin/nginx';
export const SHIPPED_CONF = join(ROOT, 'deploy', 'nginx', 'vo-assistent.conf');

export interface Nginx {
  readonly url: string;
  /** The self-signed certificate (PEM), to trust it in a client. */
  readonly certificate: Buffer;
  readonly errorLog: () => string;
  stop(): Promise<void>;
}

/** `text` with `pattern` replaced; throws unless it occurs exactly once (the shipped file changed). */
function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  const found = text.match(new RegExp(pattern.source, 'gm'));
  if (found?.length !== 1) throw new Error(`${SHIPPED_CONF}: ${pattern} komt ${found?.length ?? 0} keer voor, verwacht 1`);
  return text.replace(new RegExp(pattern.source, 'm'), replacement);
}

/** The shipped server configuration for this test's address, certificate and root. */
export function renderConf(conf: string, values: { port: number; cert: string; key: string; root: string }): string {
  let out = replaceOnce(conf, /^(\s*)listen 443 ssl http2;.*$/, `$1listen 127.0.0.1:${values.port} ssl http2;`);
  out = replaceOnce(out, /^(\s*)server_name .*$/, '$1server_name localhost;');
  out = replaceOnce(out, /^(\s*)ssl_certificate .*$/, `$1ssl_certificate ${values.cert};`);
  out = replaceOnce(out, /^(\s*)ssl_certificate_key .*$/, `$1ssl_certificate_key ${values.key};`);
  return replaceOnce(out, /^(\s*)root .*$/, `$1root ${values.root};`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/** Serves `dist` at https://127.0.0.1:<free port>/vo/. */
export async function startNginx(dist: string): Promise<Nginx> {
  const dir = mkdtempSync(join(tmpdir(), 'vo-nginx-'));
  // The web root holds the files in the subfolder that the path names (README, step 2).
  const root = join(dir, 'www');
  mkdirSync(root);
  symlinkSync(dist, join(root, 'vo'));
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1',
    '-subj', '/CN=localhost', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
  ], { stdio: 'pipe' });
  const port = await freePort();
  writeFileSync(join(dir, 'vo-assistent.conf'), renderConf(readFileSync(SHIPPED_CONF, 'utf8'), { port, cert, key, root }));
  // What Debian's /etc/nginx/nginx.conf gives the included file, with every path inside `dir`.
  // As root (CI) the workers would otherwise run as nobody, who may not read the worktree.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  writeFileSync(join(dir, 'nginx.conf'), `${user}worker_processes 1;
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${join(dir, 'access.log')};
  client_body_temp_path ${join(dir, 'body')};
  proxy_temp_path ${join(dir, 'proxy')};
  fastcgi_temp_path ${join(dir, 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'uwsgi')};
  scgi_temp_path ${join(dir, 'scgi')};
  include ${join(dir, 'vo-assistent.conf')};
}
`);
  const args = ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', `daemon off; pid ${join(dir, 'nginx.pid')};`];
  execFileSync(NGINX, ['-t', '-q', ...args], { stdio: 'pipe' });
  const child = spawn(NGINX, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  const errorLog = (): string => {
    try { return readFileSync(join(dir, 'error.log'), 'utf8') + stderr; } catch { return stderr; }
  };
  // Ready when the port accepts connections; a bounded number of tries, then nginx's own words.
  for (let attempt = 0; !(await accepts(port)); attempt += 1) {
    if (child.exitCode !== null || attempt >= 300) {
      child.kill('SIGTERM');
      throw new Error(`nginx start niet: ${errorLog()}`);
    }
    await new Promise((wait) => setTimeout(wait, 50));
  }
  return {
    url: `https://127.0.0.1:${port}/vo/`,
    certificate: readFileSync(cert),
    errorLog,
    async stop() {
      child.kill('SIGQUIT');
      await exited(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
