// vo-assistent fill <in.docx> --answers <answers.json> -o <out.docx> (fill-contract.md).
// All or nothing: exit 0 with the output written, or exit 2 with every problem on its own line of
// stderr and nothing written. Never writes over the input or the answers file; the output is
// written whole or not at all (io.writeFile).
import { basename, resolve } from 'path';
import { planFill } from '../core/fill-plan';
import type { Language } from '../core/language';
import { UnusableDocumentError } from '../core/findings';
import { applyPlanToPackage } from '../docx/apply-plan';
import { openDocx, readDocx, snapshotOf } from '../docx/package';
import { zlibCodec } from '../docx/zlib-codec';
import { type CliIO, InputTooLargeError } from './io';
import { oneLine, readInput, tooLarge } from './messages';
import { claimedStandard, type PickStandard } from './standard-option';

const USAGE = 'Gebruik: vo-assistent fill <in.docx> --answers <antwoorden.json> -o <uit.docx>\n';

interface FillArgs { readonly input: string; readonly answers: string; readonly output: string }

function parseArgs(args: readonly string[]): FillArgs | string {
  let input: string | undefined;
  let answers: string | undefined;
  let output: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i] as string;
    const value = args[i + 1];
    if (a === '--answers' || a === '-a' || a === '-o' || a === '--output') {
      if (value === undefined || value.startsWith('-') && value !== '-') return `Optie ${a} mist een bestandsnaam.`;
      if (a === '--answers' || a === '-a') answers = value;
      else output = value;
      i += 1;
    } else if (a.startsWith('--answers=')) answers = a.slice(10);
    else if (a.startsWith('--output=')) output = a.slice(9);
    else if (a.startsWith('-')) return `Onbekende optie: ${a}.`;
    else if (input === undefined) input = a;
    else return `Eén invoerbestand tegelijk; "${a}" is er één te veel.`;
  }
  if (input === undefined) return 'Het invoerbestand (.docx) ontbreekt.';
  if (answers === undefined) return 'Het antwoordenbestand ontbreekt (--answers <antwoorden.json>).';
  if (output === undefined) return 'Het uitvoerbestand ontbreekt (-o <uit.docx>).';
  return { input, answers, output };
}

/**
 * Why -o may not be written, or null: it must not be the input or the answers file, compared as
 * files (device and inode, after symbolic links, symlinked folders and hard links), not as names.
 */
async function outputClash(io: CliIO, { input, answers, output }: FillArgs): Promise<string | null> {
  const [outputId, inputId, answersId] = await Promise.all([io.fileId(output), io.fileId(input), io.fileId(answers)]);
  const same = (id: string | null, path: string): boolean => resolve(output) === resolve(path) || (outputId !== null && id === outputId);
  if (same(inputId, input)) {
    return `Het uitvoerbestand is het invoerbestand (${basename(input)}, ook via een koppeling); kies met -o een ander bestand: het invoerbestand wordt nooit overschreven.`;
  }
  if (same(answersId, answers)) {
    return `Het uitvoerbestand is het antwoordenbestand (${basename(answers)}, ook via een koppeling); kies met -o een ander bestand.`;
  }
  return null;
}

export async function runFill(args: string[], io: CliIO, _language: Language = 'nl', pick: PickStandard = claimedStandard): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`${parsed}\n${USAGE}`);
    return 2;
  }
  const { input, answers, output } = parsed;
  const clash = await outputClash(io, parsed);
  if (clash !== null) {
    io.stderr(`${clash}\n`);
    return 2;
  }
  const docBytes = await readInput(io, input);
  if (docBytes === null) return 2;
  let answersText: string;
  try {
    answersText = new TextDecoder('utf-8', { fatal: true }).decode(await io.readFile(answers)).replace(/^\uFEFF/, '');
  } catch (error) {
    io.stderr(`${basename(answers)}: ${error instanceof InputTooLargeError ? tooLarge(error) : 'het antwoordenbestand kan niet worden gelezen (bestaat het, en is het UTF-8?).'}\n`);
    return 2;
  }
  let answersValue: unknown;
  try {
    answersValue = JSON.parse(answersText);
  } catch (error) {
    io.stderr(`${basename(answers)}: geen geldige JSON (${oneLine(error instanceof Error ? error.message : String(error))}).\n`);
    return 2;
  }
  let out: Uint8Array;
  let summary: readonly string[];
  try {
    const pkg = openDocx(docBytes, { codec: zlibCodec });
    const snapshot = snapshotOf(pkg);
    const result = planFill(snapshot, answersValue, pick(snapshot));
    if (!result.ok) {
      for (const problem of result.problems) io.stderr(`${oneLine(problem)}\n`);
      return 2;
    }
    out = applyPlanToPackage(docBytes, pkg, result.plan);
    summary = result.plan.summary;
    // What is written must read back: a document this tool cannot read again is not handed out.
    readDocx(out, zlibCodec);
  } catch (error) {
    const reason = error instanceof UnusableDocumentError ? error.message : 'het document kan niet worden ingevuld door een onverwachte fout in de inhoud.';
    io.stderr(`${basename(input)}: ${oneLine(reason)}\n`);
    return 2;
  }
  try {
    await io.writeFile(output, out);
  } catch {
    io.stderr(`${basename(output)}: het uitvoerbestand kan niet worden geschreven (is de map er, is er ruimte?); er is niets geschreven of veranderd.\n`);
    return 2;
  }
  io.stdout(`${summary.map((line) => `${line}\n`).join('')}Geschreven: ${output}\n`);
  return 0;
}
