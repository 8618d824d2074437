// vo-assistent fill <in.docx> --answers <answers.json> -o <out.docx> (fill-contract.md).
// All or nothing: exit 0 with the output written, or exit 2 with every problem on its own line of
// stderr and nothing written. Never writes over the input or the answers file; the output is
// written whole or not at all (io.writeFile).
import { basename, resolve } from 'path';
import { answerProblemText } from '../core/answer-text';
import { planFill } from '../core/fill-plan';
import { UnusableDocumentError } from '../core/findings';
import type { Language } from '../core/language';
import { planNoteText } from '../core/plan-summary';
import { applyPlanToPackage } from '../docx/apply-plan';
import { openDocx, readDocx, snapshotOf } from '../docx/package';
import { zlibCodec } from '../docx/zlib-codec';
import { cliTexts, type CliTexts } from './cli-text';
import { type CliIO, InputTooLargeError } from './io';
import { oneLine, readInput, tooLarge } from './messages';
import { claimedStandard, type PickStandard } from './standard-option';

interface FillArgs { readonly input: string; readonly answers: string; readonly output: string }

function parseArgs(args: readonly string[], t: CliTexts): FillArgs | string {
  let input: string | undefined;
  let answers: string | undefined;
  let output: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i] as string;
    const value = args[i + 1];
    if (a === '--answers' || a === '-a' || a === '-o' || a === '--output') {
      if (value === undefined || value.startsWith('-') && value !== '-') return t.optionWithoutFile(a);
      if (a === '--answers' || a === '-a') answers = value;
      else output = value;
      i += 1;
    } else if (a.startsWith('--answers=')) answers = a.slice(10);
    else if (a.startsWith('--output=')) output = a.slice(9);
    else if (a.startsWith('-')) return t.unknownOption(a);
    else if (input === undefined) input = a;
    else return t.oneInput(a);
  }
  if (input === undefined) return t.noInputFile;
  if (answers === undefined) return t.noAnswersFile;
  if (output === undefined) return t.noOutputFile;
  return { input, answers, output };
}

/**
 * Why -o may not be written, or null: it must not be the input or the answers file, compared as
 * files (device and inode, after symbolic links, symlinked folders and hard links), not as names.
 */
async function outputClash(io: CliIO, { input, answers, output }: FillArgs, t: CliTexts): Promise<string | null> {
  const [outputId, inputId, answersId] = await Promise.all([io.fileId(output), io.fileId(input), io.fileId(answers)]);
  const same = (id: string | null, path: string): boolean => resolve(output) === resolve(path) || (outputId !== null && id === outputId);
  if (same(inputId, input)) return t.outputIsInput(basename(input));
  if (same(answersId, answers)) return t.outputIsAnswers(basename(answers));
  return null;
}

export async function runFill(args: string[], io: CliIO, language: Language = 'nl', pick: PickStandard = claimedStandard): Promise<number> {
  const t = cliTexts(language);
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${t.fillUsage}\n`);
    return 0;
  }
  const parsed = parseArgs(args, t);
  if (typeof parsed === 'string') {
    io.stderr(`${parsed}\n${t.fillUsage}\n`);
    return 2;
  }
  const { input, answers, output } = parsed;
  const clash = await outputClash(io, parsed, t);
  if (clash !== null) {
    io.stderr(`${clash}\n`);
    return 2;
  }
  const docBytes = await readInput(io, input, language);
  if (docBytes === null) return 2;
  let answersText: string;
  try {
    answersText = new TextDecoder('utf-8', { fatal: true }).decode(await io.readFile(answers)).replace(/^\uFEFF/, '');
  } catch (error) {
    io.stderr(`${basename(answers)}: ${error instanceof InputTooLargeError ? tooLarge(error, language) : t.answersUnreadable}\n`);
    return 2;
  }
  let answersValue: unknown;
  try {
    answersValue = JSON.parse(answersText);
  } catch (error) {
    io.stderr(`${basename(answers)}: ${t.notJson(oneLine(error instanceof Error ? error.message : String(error)))}\n`);
    return 2;
  }
  let out: Uint8Array;
  let summary: string[];
  try {
    const pkg = openDocx(docBytes, { codec: zlibCodec });
    const snapshot = snapshotOf(pkg);
    const std = pick(snapshot);
    const result = planFill(snapshot, answersValue, std);
    if (!result.ok) {
      for (const problem of result.problems) io.stderr(`${oneLine(answerProblemText(problem, language, { ids: true, std }))}\n`);
      return 2;
    }
    out = applyPlanToPackage(docBytes, pkg, result.plan);
    summary = result.plan.summary.map((note) => planNoteText(note, language, { ids: true, std }));
    // What is written must read back: a document this tool cannot read again is not handed out.
    readDocx(out, zlibCodec);
  } catch (error) {
    const reason = error instanceof UnusableDocumentError ? error.text(language) : t.fillFailed;
    io.stderr(`${basename(input)}: ${oneLine(reason)}\n`);
    return 2;
  }
  try {
    await io.writeFile(output, out);
  } catch {
    io.stderr(`${basename(output)}: ${t.cannotWrite}\n`);
    return 2;
  }
  io.stdout(`${summary.map((line) => `${line}\n`).join('')}${t.written(output)}\n`);
  return 0;
}
