// vo-assistent scan <file.docx> [--json]: the fields of the agreement and what they hold
// (fill-contract.md). Reads, never writes. Exit 0, or 2 with a one-line reason.
import { basename } from 'path';
import { fieldCountText } from '../core/field-count';
import { UnusableDocumentError } from '../core/findings';
import type { Language } from '../core/language';
import { scanFieldCount, type ScanResult, scanSnapshot } from '../core/scan';
import { readDocx } from '../docx/package';
import { zlibCodec } from '../docx/zlib-codec';
import type { Standard } from '../template/standard';
import { cliTexts } from './cli-text';
import type { CliIO } from './io';
import { oneLine, readInput } from './messages';
import { claimedStandard, type PickStandard } from './standard-option';

function formatScan(file: string, scan: ScanResult, language: Language, std: Standard): string {
  const t = cliTexts(language);
  const label = (id: string, dutch: string): string => (language === 'en' ? std.slots.find((s) => s.id === id)?.labelEn ?? dutch : dutch);
  const lines = [`${file}: ${t.agreement(scan.template.version, scan.bijlage3)}`, `  ${fieldCountText(scanFieldCount(scan), 'filled', language)}`];
  for (const s of scan.slots) {
    const where = s.occurrences === 1 ? '' : ` (${s.occurrences}×)`;
    lines.push(`  ${label(s.id, s.label)}${where}: ${s.value === null ? t.stillToFill(s.placeholder) : oneLine(s.value)}`);
  }
  for (const table of scan.tables) {
    const definition = std.tables.find((d) => d.id === table.id);
    const name = definition ? (language === 'en' ? definition.labelEn : definition.label) : table.id;
    lines.push(`  ${t.table(name)}: ${t.rowsFilled(table.rows.length)}`);
  }
  const removed = scan.bijlage2Options.filter((o) => !o.present);
  const option = (id: string, dutch: string): string => (language === 'en' ? std.bijlage2Options.find((o) => o.id === id)?.labelEn ?? dutch : dutch);
  if (removed.length > 0) lines.push(`  ${t.optionsRemoved}: ${removed.map((o) => option(o.id, o.label)).join(', ')}`);
  return `${lines.join('\n')}\n`;
}

export async function runScan(args: string[], io: CliIO, language: Language = 'nl', pick: PickStandard = claimedStandard): Promise<number> {
  const t = cliTexts(language);
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${t.scanUsage}\n`);
    return 0;
  }
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  const unknown = files.filter((a) => a.startsWith('-'));
  if (unknown.length > 0 || files.length !== 1) {
    io.stderr(unknown.length > 0 ? `${t.unknownOption(unknown.join(' '))}\n` : `${t.scanUsage}\n`);
    return 2;
  }
  const path = files[0] as string;
  const file = basename(path);
  const bytes = await readInput(io, path, language);
  if (bytes === null) return 2;
  try {
    const snapshot = readDocx(bytes, zlibCodec);
    const std = pick(snapshot);
    const scan = scanSnapshot(snapshot, std);
    io.stdout(json ? `${JSON.stringify(scan)}\n` : formatScan(file, scan, language, std));
    return 0;
  } catch (error) {
    const reason = error instanceof UnusableDocumentError ? error.text(language) : t.scanFailed;
    io.stderr(`${file}: ${oneLine(reason)}\n`);
    return 2;
  }
}
