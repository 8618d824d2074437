// vo-assistent check | scan | fill: the engine without Word, for batch review.
import type { Language } from '../core/language';
import { runCheck } from './check-command';
import { cliLanguage, cliTexts } from './cli-text';
import type { CliIO } from './io';

type Command = (args: string[], io: CliIO, language: Language) => Promise<number>;

async function loadCommand(name: string): Promise<Command | null> {
  switch (name) {
    case 'check': return runCheck;
    case 'scan': return (await import('./scan-command')).runScan;
    case 'fill': return (await import('./fill-command')).runFill;
    default: return null;
  }
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
  const { lang, rest, missing } = takeLanguage(argv);
  const language = cliLanguage(lang, env);
  const t = cliTexts(language);
  if (missing || (lang !== undefined && !/^(nl|en)\b/i.test(lang))) {
    io.stderr(`${t.badLanguage(lang ?? '')}\n`);
    return 2;
  }
  const [name, ...args] = rest;
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
    return await command(args, io, language);
  } catch {
    // A command reports its own problems; anything left is a bug, still answered in one line.
    io.stderr(`${t.unexpected}\n`);
    return 2;
  }
}
