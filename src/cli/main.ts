// vo-assistent check | scan | fill: the engine without Word, for batch review.
import type { Language } from '../core/language';
import { runCheck } from './check-command';
import { cliLanguage, cliTexts, type CliTexts } from './cli-text';
import type { CliIO } from './io';
import { type PickStandard, registeredVersions, takeStandard } from './standard-option';

/** Like the browser page's 25 MB: a real agreement is well under 1 MB, images and all. */
export const DEFAULT_MAX_MB = 25;
export const MAX_SIZE_ENV = 'VO_ASSISTENT_MAX_GROOTTE';
const MAX_SIZE_OPTION = '--max-grootte';

type Command = (args: string[], io: CliIO, language: Language, pick: PickStandard) => Promise<number>;

async function loadCommand(name: string): Promise<Command | null> {
  switch (name) {
    case 'check': return runCheck;
    case 'scan': return (await import('./scan-command')).runScan;
    case 'fill': return (await import('./fill-command')).runFill;
    case 'standaard': return (await import('./standard-command')).runStandard;
    default: return null;
  }
}

/**
 * The input size limit from `--max-grootte <MB>` (anywhere in the arguments, taken out of them),
 * else from the environment, else the default; a message when the value is not a positive number.
 */
function sizeLimit(argv: readonly string[], env: string | undefined, t: CliTexts): { rest: string[]; maxBytes: number } | string {
  const rest: string[] = [];
  let value = env;
  let from = MAX_SIZE_ENV;
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i] as string;
    if (a === MAX_SIZE_OPTION) { value = argv[i + 1] ?? ''; from = MAX_SIZE_OPTION; i += 1; }
    else if (a.startsWith(`${MAX_SIZE_OPTION}=`)) { value = a.slice(MAX_SIZE_OPTION.length + 1); from = MAX_SIZE_OPTION; }
    else rest.push(a);
  }
  if (value === undefined) return { rest, maxBytes: DEFAULT_MAX_MB * 1024 * 1024 };
  const mb = Number(value);
  if (value.trim() === '' || !Number.isFinite(mb) || mb <= 0) return t.badSize(from, value);
  return { rest, maxBytes: Math.floor(mb * 1024 * 1024) };
}

/** `--lang xx` (or `--lang=xx`) anywhere, taken out of the arguments. */
function takeLanguage(argv: readonly string[]): { lang: string | undefined; rest: string[]; missing: boolean } {
  const rest: string[] = [];
  let lang: string | undefined;
  let missing = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--lang') {
      lang = argv[i + 1];
      missing = lang === undefined;
      i += 1;
    } else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else rest.push(arg);
  }
  return { lang, rest, missing };
}

export async function runCli(argv: readonly string[], io: CliIO, env: Readonly<Record<string, string | undefined>> = process.env): Promise<number> {
  const { lang, rest: withoutLanguage, missing } = takeLanguage(argv);
  const language = cliLanguage(lang, env);
  const t = cliTexts(language);
  if (missing || (lang !== undefined && !/^(nl|en)\b/i.test(lang))) {
    io.stderr(`${t.badLanguage(lang ?? '')}\n`);
    return 2;
  }
  const limit = sizeLimit(withoutLanguage, env[MAX_SIZE_ENV], t);
  if (typeof limit === 'string') {
    io.stderr(`${limit}\n`);
    return 2;
  }
  const bounded: CliIO = { ...io, readFile: (path, maxBytes) => io.readFile(path, Math.min(maxBytes ?? limit.maxBytes, limit.maxBytes)) };
  const chosen = takeStandard(limit.rest);
  if ('unknown' in chosen) {
    io.stderr(`${t.unknownStandard(chosen.unknown, registeredVersions())}\n`);
    return 2;
  }
  const [name, ...args] = chosen.rest;
  if (name === undefined || name === '--help' || name === '-h') {
    io.stdout(t.usage);
    return name === undefined ? 2 : 0;
  }
  const command = await loadCommand(name);
  if (!command) {
    io.stderr(`${t.unknownCommand(name)}\n${t.usage}`);
    return 2;
  }
  try {
    return await command(args, bounded, language, chosen.pick);
  } catch {
    // A command reports its own problems; anything left is a bug, still answered in one line.
    io.stderr(`${t.unexpected}\n`);
    return 2;
  }
}
