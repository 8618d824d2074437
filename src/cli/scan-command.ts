// vo-assistent scan <file.docx> [--json]: the fields of the agreement and what they hold
// (fill-contract.md). Reads, never writes. Exit 0, or 2 with a one-line reason.
import { basename } from 'path';
import { UnusableDocumentError } from '../core/findings';
import { type ScanResult, scanSnapshot } from '../core/scan';
import { readDocx } from '../docx/package';
import { zlibCodec } from '../docx/zlib-codec';
import type { CliIO } from './io';
import { oneLine, readInput } from './messages';

const USAGE = 'Gebruik: vo-assistent scan <bestand.docx> [--json]\n';

function formatScan(file: string, scan: ScanResult): string {
  const lines = [`${file}: VNG standaard verwerkersovereenkomst ${scan.template.version}${scan.bijlage3 ? ', met Bijlage 3' : ''}`];
  for (const s of scan.slots) {
    const where = s.occurrences === 1 ? '' : ` (${s.occurrences}×)`;
    lines.push(`  ${s.label}${where}: ${s.value === null ? `nog in te vullen (${s.placeholder || 'leeg'})` : oneLine(s.value)}`);
  }
  for (const t of scan.tables) lines.push(`  Bijlage 1, ${t.id}: ${t.rows.length} ${t.rows.length === 1 ? 'rij' : 'rijen'} ingevuld`);
  const removed = scan.bijlage2Options.filter((o) => !o.present);
  if (removed.length > 0) lines.push(`  Bijlage 2, niet opgenomen: ${removed.map((o) => o.label).join(', ')}`);
  return `${lines.join('\n')}\n`;
}

export async function runScan(args: string[], io: CliIO): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  const unknown = files.filter((a) => a.startsWith('-'));
  if (unknown.length > 0 || files.length !== 1) {
    io.stderr(unknown.length > 0 ? `Onbekende optie: ${unknown.join(' ')}. ${USAGE}` : USAGE);
    return 2;
  }
  const path = files[0] as string;
  const file = basename(path);
  const bytes = await readInput(io, path);
  if (bytes === null) return 2;
  try {
    const scan = scanSnapshot(readDocx(bytes, zlibCodec));
    io.stdout(json ? `${JSON.stringify(scan)}\n` : formatScan(file, scan));
    return 0;
  } catch (error) {
    const reason = error instanceof UnusableDocumentError ? error.message : 'het document kan niet worden gelezen door een onverwachte fout in de inhoud.';
    io.stderr(`${file}: ${oneLine(reason)}\n`);
    return 2;
  }
}
