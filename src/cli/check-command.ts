// vo-assistent check <file.docx | folder>… [--json] [--accepted-ok]: reads, never writes
// (check-contract.md). One result per input in order; a review stored in the document by the pane
// shows which deviations were accepted, with motivation and reviewer.
import { basename } from 'path';
import { checkSnapshot } from '../core/check';
import { findingText } from '../core/finding-text';
import { type CheckReport, type Finding, UnusableDocumentError } from '../core/findings';
import type { Language } from '../core/language';
import { type Decision, findingKey, matchStoredReview, type MatchedReview } from '../core/stored-review';
import { readDocx } from '../docx/package';
import { zlibCodec } from '../docx/zlib-codec';
import { registeredStandards } from '../template/registry';
import { cliTexts, type CliTexts } from './cli-text';
import { expandInputs } from './inputs';
import type { CliIO } from './io';
import { oneLine, readInput } from './messages';
import { claimedStandard, type PickStandard } from './standard-option';

interface Options {
  readonly json: boolean;
  readonly acceptedOk: boolean;
  readonly language: Language;
}

/** What one input came to: a report with the stored review matched to it, or why it could not be checked. */
type Outcome =
  | { readonly kind: 'checked'; readonly name: string; readonly report: CheckReport; readonly review: MatchedReview }
  | { readonly kind: 'unusable'; readonly name: string; readonly reason: string };

function acceptedDecision(finding: Finding, review: MatchedReview): Decision | null {
  const decision = review.decisions[findingKey(finding)];
  return decision?.status === 'accepted' && finding.severity === 'error' ? decision : null;
}

/** Deviations no stored review accepted: what the exit status counts unless --accepted-ok. */
function openErrors(outcome: Extract<Outcome, { kind: 'checked' }>, acceptedOk: boolean): number {
  return outcome.report.findings.filter((f) => f.severity === 'error' && !(acceptedOk && acceptedDecision(f, outcome.review) !== null)).length;
}

function statusOf(outcome: Outcome, acceptedOk: boolean): number {
  if (outcome.kind === 'unusable') return 2;
  return openErrors(outcome, acceptedOk) > 0 ? 1 : 0;
}

function sentence(finding: Finding, language: Language): string {
  return language === 'nl' ? finding.message : findingText(finding.reason, finding.clause, language);
}

function labelOf(slotId: string, dutch: string, language: Language, version: string): string {
  if (language === 'nl') return dutch;
  const std = registeredStandards().find((s) => s.version === version);
  return std?.slots.find((s) => s.id === slotId)?.labelEn ?? dutch;
}

export function formatReport(file: string, report: CheckReport, review: MatchedReview = { reviewer: '', decisions: {}, dropped: 0 }, language: Language = 'nl'): string {
  const t = cliTexts(language);
  const errors = report.findings.filter((f) => f.severity === 'error');
  const accepted = errors.filter((f) => acceptedDecision(f, review) !== null).length;
  const verdict = errors.length === 0 ? t.clean : `${t.deviations(errors.length)}${accepted > 0 ? `, ${t.acceptedOf(accepted)}` : ''}`;
  const lines = [`${file}: ${verdict} (${t.agreement(report.template.version, report.bijlage3)})`];
  for (const f of report.findings) {
    const decision = acceptedDecision(f, review);
    lines.push(`  ${decision !== null ? `${t.severity[f.severity]}, ${t.accepted}` : t.severity[f.severity]}: ${oneLine(sentence(f, language))}`);
    if (decision !== null) lines.push(`    ${oneLine(t.acceptedBy(decision.motivation || t.nothing, review.reviewer))}`);
    if (f.expected !== '' || f.actual !== '') {
      lines.push(`    ${t.standard}: ${oneLine(f.expected) || t.nothing}`);
      lines.push(`    ${t.document} ${oneLine(f.actual) || t.nothing}`);
    }
  }
  if (review.dropped > 0) lines.push(`  ${t.notCarriedOver(review.dropped)}`);
  if (report.placeholders.unfilled.length > 0) {
    lines.push(`  ${t.toFill}: ${[...new Set(report.placeholders.unfilled.map((p) => labelOf(p.slotId, p.label, language, report.template.version)))].join('; ')}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The contract's object, and per accepted finding who accepted it and why (added fields). */
function jsonOf(outcome: Outcome, language: Language): string {
  if (outcome.kind === 'unusable') return `${JSON.stringify({ file: outcome.name, unusable: outcome.reason })}\n`;
  const { report, review } = outcome;
  const findings = report.findings.map((f) => {
    const decision = acceptedDecision(f, review);
    return decision === null ? f : { ...f, accepted: { motivation: decision.motivation, reviewer: review.reviewer } };
  });
  const notCarriedOver = review.dropped > 0 ? { storedDecisionsNotCarriedOver: review.dropped } : {};
  return `${JSON.stringify({ file: outcome.name, ...report, findings, ...notCarriedOver, ...(language === 'en' ? { language } : {}) })}\n`;
}

function parseOptions(args: readonly string[], language: Language): { options: Options; paths: string[] } | { problem: string } {
  const t = cliTexts(language);
  const paths = args.filter((a) => !a.startsWith('--'));
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--json' && a !== '--accepted-ok');
  if (unknown.length > 0) return { problem: t.unknownOption(unknown.join(' ')) };
  if (paths.length === 0) return { problem: t.noInput };
  return { options: { json: args.includes('--json'), acceptedOk: args.includes('--accepted-ok'), language }, paths };
}

async function checkOne(io: CliIO, path: string, name: string, t: CliTexts, language: Language, pick: PickStandard): Promise<Outcome> {
  const bytes = await readInput(io, path, language, name);
  if (bytes === null) return { kind: 'unusable', name, reason: t.cannotRead };
  try {
    const snapshot = readDocx(bytes, zlibCodec);
    const report = checkSnapshot(snapshot, pick(snapshot));
    return { kind: 'checked', name, report, review: matchStoredReview(snapshot.storedReview, report.findings) };
  } catch (error) {
    const reason = oneLine(error instanceof UnusableDocumentError ? error.text(language) : t.checkFailed);
    io.stderr(`${name}: ${reason}\n`);
    return { kind: 'unusable', name, reason };
  }
}

/** `language` comes from --lang or the locale (main.ts). */
export async function runCheck(args: readonly string[], io: CliIO, language: Language = 'nl', pick: PickStandard = claimedStandard): Promise<number> {
  const t = cliTexts(language);
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(t.usage);
    return 0;
  }
  const parsed = parseOptions(args, language);
  if ('problem' in parsed) {
    io.stderr(`${parsed.problem}\n`);
    return 2;
  }
  const { options, paths } = parsed;
  const inputs = await expandInputs(paths, (path) => basename(path));
  let status = 0;
  const tally = { clean: 0, deviating: 0, unusable: 0 };
  for (const input of inputs) {
    const outcome: Outcome = 'emptyFolder' in input
      ? { kind: 'unusable', name: basename(input.emptyFolder), reason: t.noDocxInFolder }
      : await checkOne(io, input.path, input.name, t, language, pick);
    if ('emptyFolder' in input) io.stderr(`${outcome.name}: ${t.noDocxInFolder}\n`);
    const fileStatus = statusOf(outcome, options.acceptedOk);
    status = Math.max(status, fileStatus);
    tally[fileStatus === 2 ? 'unusable' : fileStatus === 1 ? 'deviating' : 'clean'] += 1;
    if (options.json) io.stdout(jsonOf(outcome, language));
    else if (outcome.kind === 'checked') io.stdout(formatReport(outcome.name, outcome.report, outcome.review, language));
  }
  // A batch ends with its tally; one file's report says it all.
  const batch = inputs.length > 1 || inputs.length !== paths.length || inputs.some((i) => 'path' in i && i.name.includes('/'));
  if (!options.json && batch) io.stdout(`${t.summary(inputs.length, tally.clean, tally.deviating, tally.unusable)}\n`);
  return status;
}
