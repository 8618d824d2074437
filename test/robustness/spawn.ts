// The real command line as a user starts it: a separate node process with the main thread's own
// stack (worker threads get about four times as much, which is how deep inputs once slipped past
// the fuzzer). Runs the built dist/cli/vo-assistent.js when it exists (`npm run build:cli`), and
// otherwise the source entry point through tsx.
import { spawnSync } from 'child_process';
import { existsSync } from 'fs';
import { join } from 'path';
import { SOURCE_CLI } from '../../scripts/cli-process';
import { REPO } from './craft';

export interface CliEntry { readonly name: string; readonly command: readonly string[] }

const DIST = join(REPO, 'dist', 'cli', 'vo-assistent.js');
export const SOURCE_ENTRY: CliEntry = { name: 'source (tsx)', command: [...SOURCE_CLI] };
export const DIST_ENTRY: CliEntry | null = existsSync(DIST) ? { name: 'dist', command: [DIST] } : null;
/** The one entry a test runs when it needs only one: the build if there is one. */
export const CLI_ENTRY: CliEntry = DIST_ENTRY ?? SOURCE_ENTRY;

export interface CliRun { readonly status: number | null; readonly stdout: string; readonly stderr: string }

/**
 * Runs the command line in `cwd`; `shell` (a bash prefix such as `ulimit -f 8;`) wraps it when
 * given, `nodeFlags` (such as `--stack-size=320`) go to node before the entry point.
 */
export function runCliProcess(entry: CliEntry, args: readonly string[], cwd: string, shell?: string, nodeFlags: readonly string[] = []): CliRun {
  const argv = [process.execPath, ...nodeFlags, ...entry.command, ...args];
  const r = shell === undefined
    ? spawnSync(argv[0] as string, argv.slice(1), { cwd, encoding: 'utf8', timeout: 60_000 })
    : spawnSync('bash', ['-c', `${shell} exec "$@"`, 'bash', ...argv], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
