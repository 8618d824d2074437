// vo-assistent check <file.docx>… [--json]: reads, never writes (check-contract.md).
import { basename } from 'path';
import { checkSnapshot } from '../core/check';
import { type CheckReport, type Finding, UnusableDocumentError } from '../core/findings';
import { readDocx } from '../docx/package';
import { zlibCodec } from '../docx/zlib-codec';
import type { CliIO } from './io';
import { oneLine, readInput } from './messages';

const SEVERITY_WORD: Record<Finding['severity'], string> = { error: 'AFWIJKING', warning: 'LET OP', info: 'info' };

export function formatReport(file: string, report: CheckReport): string {
  const errors = report.findings.filter((f) => f.severity === 'error');
  const lines = [`${file}: ${errors.length === 0 ? 'geen afwijkingen van de standaardtekst' : `${errors.length} ${errors.length === 1 ? 'afwijking' : 'afwijkingen'} van de standaardtekst`} (VNG standaard verwerkersovereenkomst ${report.template.version}${report.bijlage3 ? ', met Bijlage 3' : ''})`];
  for (const f of report.findings) {
    lines.push(`  ${SEVERITY_WORD[f.severity]}: ${oneLine(f.message)}`);
    if (f.expected !== '' || f.actual !== '') {
      lines.push(`    standaard: ${oneLine(f.expected) || '(niets)'}`);
      lines.push(`    document:  ${oneLine(f.actual) || '(niets)'}`);
    }
  }
  if (report.placeholders.unfilled.length > 0) {
    lines.push(`  Nog in te vullen: ${[...new Set(report.placeholders.unfilled.map((p) => p.label))].join('; ')}`);
  }
  return `${lines.join('\n')}\n`;
}

function jsonOf(file: string, report: CheckReport): string {
  return `${JSON.stringify({ file, ...report })}\n`;
}

export async function runCheck(args: readonly string[], io: CliIO): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  const unknown = files.filter((a) => a.startsWith('--'));
  if (files.length === 0 || unknown.length > 0) {
    io.stderr(unknown.length > 0 ? `Onbekende optie: ${unknown.join(' ')}\n` : 'Gebruik: vo-assistent check <bestand.docx>… [--json]\n');
    return 2;
  }
  let status = 0;
  for (const path of files) {
    const file = basename(path);
    const bytes = await readInput(io, path);
    if (bytes === null) {
      status = 2;
      continue;
    }
    try {
      const report = checkSnapshot(readDocx(bytes, zlibCodec));
      io.stdout(json ? jsonOf(file, report) : formatReport(file, report));
      if (report.findings.some((f) => f.severity === 'error')) status = Math.max(status, 1);
    } catch (error) {
      const reason = error instanceof UnusableDocumentError ? error.message : 'het document kan niet worden gecontroleerd door een onverwachte fout in de inhoud.';
      io.stderr(`${file}: ${oneLine(reason)}\n`);
      status = 2;
    }
  }
  return status;
}
