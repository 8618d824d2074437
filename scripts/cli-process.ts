// Runs the real command line in its own node process, as a user starts it (the main thread's
// stack, not a worker's), and measures its wall time and peak memory. The built
// dist/cli/vo-assistent.js when there is one (`npm run build:cli`), else the source through tsx.
import { spawn } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { pathToFileURL } from 'url';

const REPO = resolve(__dirname, '..');
const DIST = join(REPO, 'dist', 'cli', 'vo-assistent.js');
const PEAK_RSS = join(__dirname, 'peak-rss.cjs');

/**
 * The command line from its source: tsx as a module loader (`--import`), so that the lazy
 * `import('./fill-command')` of src/cli/main.ts resolves too (`--require tsx/cjs` leaves a
 * dynamic import to Node's own resolver, which wants the file's extension).
 */
export const SOURCE_CLI: readonly string[] = ['--import', pathToFileURL(require.resolve('tsx')).href, join(REPO, 'src', 'cli', 'vo-assistent.ts')];

export const cliCommand = (): string[] => (existsSync(DIST) ? [DIST] : [...SOURCE_CLI]);

export interface ProcessOutcome {
  readonly status: number | null;
  readonly signal: string | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
  /** Peak resident memory of the process in MiB, or null when it did not say (killed). */
  readonly peakMiB: number | null;
  readonly timedOut: boolean;
}

export function runCliProcess(args: readonly string[], cwd: string, timeoutMs: number): Promise<ProcessOutcome> {
  const stats = mkdtempSync(join(tmpdir(), 'vo-rss-'));
  const rssFile = join(stats, 'rss');
  return new Promise((done) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['--require', PEAK_RSS, ...cliCommand(), ...args], { cwd, env: { ...process.env, VO_PEAK_RSS_FILE: rssFile } });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutMs);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      const ms = performance.now() - start;
      let peakMiB: number | null = null;
      try {
        peakMiB = Number(readFileSync(rssFile, 'utf8')) / 1024;
      } catch {
        peakMiB = null;
      }
      rmSync(stats, { recursive: true, force: true });
      done({ status, signal, stdout, stderr, ms, peakMiB, timedOut });
    });
  });
}
