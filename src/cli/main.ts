// vo-assistent check | scan | fill: the engine without Word, for batch review.
import { runCheck } from './check-command';
import type { CliIO } from './io';

const USAGE = `Gebruik:
  vo-assistent check <bestand.docx>… [--json]     controleer de standaardtekst (exit 0, 1 bij afwijkingen, 2 bij onleesbare invoer)
  vo-assistent scan <bestand.docx> --json          toon de invulvelden en hun waarden
  vo-assistent fill <in.docx> --answers <antwoorden.json> -o <uit.docx>   vul het document in
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

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
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
    return await command(args, io);
  } catch {
    // A command reports its own problems; anything left is a bug, still answered in one line.
    io.stderr('Onverwachte fout: de invoer kon niet worden verwerkt.\n');
    return 2;
  }
}
