// vo-assistent check | scan | fill: the engine without Word, for batch review.
import { runCheck } from './check-command';
import type { CliIO } from './io';

/** Like the browser page's 25 MB: a real agreement is well under 1 MB, images and all. */
export const DEFAULT_MAX_MB = 25;
export const MAX_SIZE_ENV = 'VO_ASSISTENT_MAX_GROOTTE';
const MAX_SIZE_OPTION = '--max-grootte';

const USAGE = `Gebruik:
  vo-assistent check <bestand.docx>… [--json]     controleer de standaardtekst (exit 0, 1 bij afwijkingen, 2 bij onleesbare invoer)
  vo-assistent scan <bestand.docx> --json          toon de invulvelden en hun waarden
  vo-assistent fill <in.docx> --answers <antwoorden.json> -o <uit.docx>   vul het document in
Bij elk commando: --max-grootte <MB> (of ${MAX_SIZE_ENV}) weigert invoer groter dan zoveel MB (standaard ${DEFAULT_MAX_MB}).
`;

type Command = (args: string[], io: CliIO) => Promise<number>;

async function loadCommand(name: string): Promise<Command | null> {
  switch (name) {
    case 'check': return runCheck;
    case 'scan': return (await import('./scan-command')).runScan;
    case 'fill': return (await import('./fill-command')).runFill;
    default: return null;
  }
}

/**
 * The input size limit from `--max-grootte <MB>` (anywhere in the arguments, taken out of them),
 * else from the environment, else the default; a message when the value is not a positive number.
 */
function sizeLimit(argv: readonly string[], env: string | undefined): { rest: string[]; maxBytes: number } | string {
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
  if (value.trim() === '' || !Number.isFinite(mb) || mb <= 0) return `${from} verwacht een aantal MB groter dan 0, niet "${value}".`;
  return { rest, maxBytes: Math.floor(mb * 1024 * 1024) };
}

export async function runCli(argv: readonly string[], io: CliIO, env: string | undefined = process.env[MAX_SIZE_ENV]): Promise<number> {
  const limit = sizeLimit(argv, env);
  if (typeof limit === 'string') {
    io.stderr(`${limit}\n`);
    return 2;
  }
  const bounded: CliIO = { ...io, readFile: (path, maxBytes) => io.readFile(path, Math.min(maxBytes ?? limit.maxBytes, limit.maxBytes)) };
  const [name, ...args] = limit.rest;
  if (name === undefined || name === '--help' || name === '-h') {
    io.stdout(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = await loadCommand(name);
  if (!command) {
    io.stderr(`Onbekend commando: ${name}\n${USAGE}`);
    return 2;
  }
  try {
    return await command(args, bounded);
  } catch {
    // A command reports its own problems; anything left is a bug, still answered in one line.
    io.stderr('Onverwachte fout: de invoer kon niet worden verwerkt.\n');
    return 2;
  }
}
