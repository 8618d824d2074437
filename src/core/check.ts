// The checker: compares a document with the standard and reports every alteration of the
// standard text, per clause, with a word-level redline (docs/spec/check-contract.md).
import type { ClauseId } from '../template/clause-ids';
import { type SlotDefinition, type Standard, VERSION_SLOT } from '../template/standard';
import { type DocumentAlignment, matchUnits, type UnitMatch } from './align';
import { clauseNamedIn } from './clause-reference';
import { countFields, type FieldOccurrence } from './field-count';
import { type CheckReport, finding, type Finding, positioned, type UnfilledPlaceholder, UnusableDocumentError } from './findings';
import { type DocumentSnapshot, type HiddenBy, type ParagraphSnapshot, visibleText } from './snapshot';
import { documentFacts, type DocumentFacts, isFurniture, isVerbatimStandard, storyFindings } from './stories';
import { detokenize, type Token } from './text';
import { excerptOf, redlineOf } from './redline';
import { textRestore, unitRestore } from './restore';
import type { DocumentUnit } from './document-units';
import { bestCandidate, inRegion, isVersionLine, MOVED_SIMILARITY, pairUnmatched, type Unmatched } from './unmatched';
import { joinInsertedRuns, type UnitFinding, unitFinding } from './inserted-runs';
import { normaliseVersion, sameVersion, versionLabelIn } from './version';

/** Below this share of the standard's provisions found, the document is not the agreement. */
const MIN_COVERAGE = 0.35;
/** Text outside the agreement names its provision near its start ("In afwijking van artikel 5.1…"):
 * a book appended after the end is not searched to its last word. */
const NAMED_WITHIN = 300;
/** A version line spelled otherwise than the standard's is at most this long. */
const VERSION_LINE_TOKENS = 16;

function firstParagraphIndex(unit: DocumentUnit): number | null {
  return unit.paragraphs[0]?.index ?? null;
}

function hiddenStandardTokens(match: UnitMatch): Token[] {
  return match.diff.ops.flatMap((op) => (op.kind === 'equal' && op.actual.hidden ? [op.actual] : []));
}

/** How a token of a paragraph is kept from the reader (hidden font when the reader says no more). */
function hiddenHow(paragraphs: readonly ParagraphSnapshot[], token: Token): HiddenBy {
  const paragraph = paragraphs.find((p) => p.index === token.paragraphIndex);
  let at = 0;
  for (const s of paragraph?.segments ?? []) {
    if (s.revision === 'deleted') continue;
    if (token.start < at + s.text.length) return s.hiddenBy ?? 'vanish';
    at += s.text.length;
  }
  return 'vanish';
}

function invisible(d: DocumentUnit): boolean {
  // Most units have words and nothing hidden: no need to make their tokens.
  if (!d.hasHidden && d.table === null && d.ids.length > 0) return false;
  return d.tokens.every((t) => t.hidden || t.norm === '\u241F');
}

/** "Bijlage 5" above the title: the annex number in Haarlem's tender, in any number. */
function isAnnexNumber(d: DocumentUnit): boolean {
  return /^Bijlage\s*\d{1,2}$/i.test(detokenize(d.tokens).trim());
}

/**
 * The version a line names when it is the version line spelled otherwise than the standard's
 * ("VNG Standaard Verwerkersovereenkomst Gemeenten, Versie 2.42"): a version to warn about, not
 * altered or new text. A longer line, or one that names a provision, is more than that.
 */
function otherVersionLine(d: DocumentUnit, std: Standard): string | null {
  if (d.ids.length > VERSION_LINE_TOKENS) return null;
  const text = detokenize(d.tokens);
  return /verwerkersovereenkomst/i.test(text) && clauseNamedIn(text, std) === null ? versionLabelIn(text) : null;
}

/** Findings of one matched unit: altered words, tracked changes, hidden standard text, comments. */
function matchFindings(match: UnitMatch, snapshot: DocumentSnapshot, reportedComments: Set<string>): Finding[] {
  const out: Finding[] = [];
  const d = match.document;
  const clause = match.template.block.clause;
  const paragraphIndex = firstParagraphIndex(d);
  if (match.diff.errors > 0) {
    const excerpt = excerptOf(match.diff.ops);
    out.push(finding({
      severity: 'error', kind: d.hasRevision ? 'tracked-change' : 'altered', clause,
      reason: { code: d.hasRevision ? 'altered-tracked' : 'altered' },
      expected: excerpt.expected, actual: excerpt.actual, redline: redlineOf(match.diff.ops), paragraphIndex,
      restore: d.hasRevision ? unitRestore('reject', d) : textRestore(match, 'words'),
    }));
  } else if (d.hasRevision) {
    out.push(finding({
      severity: 'warning', kind: 'tracked-change', clause, reason: { code: 'tracked-equal' },
      redline: redlineOf(match.diff.ops), paragraphIndex,
    }));
  }
  if (d.hasHidden) {
    const hidden = hiddenStandardTokens(match);
    if (hidden.length > 0) {
      const text = detokenize(hidden);
      out.push(finding({
        severity: 'error', kind: 'hidden', clause, reason: { code: 'hidden', how: hiddenHow(d.paragraphs, hidden[0] as Token) },
        // Standard text that is there but hidden goes as a whole, not word by word.
        expected: text, redline: [{ op: 'delete', text }], paragraphIndex, restore: textRestore(match, 'paragraph'),
      }));
    }
  }
  for (const id of d.commentIds) {
    if (reportedComments.has(id)) continue;
    reportedComments.add(id);
    const comment = snapshot.comments.find((c) => c.id === id);
    out.push(finding({
      severity: 'warning', kind: 'comment', clause,
      reason: { code: 'comment', author: comment?.author ?? '', text: comment?.text ?? '' },
      paragraphIndex,
    }));
  }
  return out;
}

/** The finding of a standard unit that is not in its place (a version line spelled otherwise has none). */
function unmatchedFinding(unmatched: Exclude<Unmatched, { kind: 'version-line' }>): Finding {
  const t = unmatched.template;
  const clause = t.block.clause;
  switch (unmatched.kind) {
    case 'moved': {
      const paragraphIndex = firstParagraphIndex(unmatched.unit);
      return finding({
        severity: 'error', kind: 'moved', clause, reason: { code: 'moved' },
        expected: t.text, actual: detokenize(unmatched.unit.tokens), redline: redlineOf(unmatched.match.diff.ops), paragraphIndex,
        restore: paragraphIndex === null ? null : { kind: 'move-back', paragraphIndex, clause, unit: t.text },
      });
    }
    case 'tracked-deletion':
      return finding({
        severity: 'error', kind: 'tracked-change', clause, reason: { code: 'deleted-tracked' },
        expected: t.text, redline: [{ op: 'delete', text: t.text }], paragraphIndex: firstParagraphIndex(unmatched.unit), restore: unitRestore('reject', unmatched.unit),
      });
    case 'missing':
      return finding({
        severity: 'error', kind: 'missing', clause, reason: { code: 'missing' },
        expected: t.text, redline: [{ op: 'delete', text: t.text }], restore: clause === null ? null : { kind: 'insert', clause, unit: t.text },
      });
  }
}

/** The fields of the matched units so far: how often each occurs and is filled, and the placeholders left. */
interface FieldTally {
  readonly slotKinds: ReadonlyMap<string, SlotDefinition>;
  readonly occurrences: FieldOccurrence[];
  readonly unfilled: UnfilledPlaceholder[];
  placeholders: number;
}

/** Counts the fields of a matched unit into the tally; the version its version field holds, if it has one. */
function tallyFields(match: UnitMatch, tally: FieldTally): string | null {
  let version: string | null = null;
  for (const op of match.diff.ops) {
    if (op.kind !== 'slot') continue;
    const value = detokenize(op.actual);
    if (op.slot.slotId === VERSION_SLOT) {
      version = value.replace(/\s+/g, '');
      continue;
    }
    const slot = tally.slotKinds.get(op.slot.slotId);
    if (!slot) continue;
    // The municipality's name is a value wherever it stands, never a placeholder.
    if (slot.kind === 'municipality') { tally.occurrences.push({ slotId: slot.id, filled: value.trim() !== '' }); continue; }
    tally.placeholders += 1;
    const empty = value.trim() === '' || value.replace(/\s+/g, '') === op.slot.placeholder.replace(/\s+/g, '');
    tally.occurrences.push({ slotId: slot.id, filled: !empty });
    if (empty) tally.unfilled.push({ text: op.slot.placeholder !== '' ? op.slot.placeholder : `${slot.label} (leeg)`, clause: op.slot.clause, slotId: slot.id, label: slot.label });
  }
  return version;
}

export function checkAlignment(aligned: DocumentAlignment, snapshot: DocumentSnapshot, std: Standard): CheckReport {
  if (aligned.documentUnits.length === 0) throw new UnusableDocumentError({ code: 'empty-document' });
  if (aligned.coverage < MIN_COVERAGE) {
    throw new UnusableDocumentError({ code: 'not-the-agreement' });
  }
  const findings: Finding[] = [];
  const units = aligned.templateUnits;
  const { byTemplate: unmatched, leftovers, matchAt } = pairUnmatched(aligned, (d) => otherVersionLine(d, std));
  const inCopySpan = (d: DocumentUnit): boolean => aligned.copies.some((c) => d.ordinal > c.first && d.ordinal < c.last);
  let versionLabel: string | null = null;
  const tally: FieldTally = { slotKinds: new Map(std.slots.map((s) => [s.id, s])), occurrences: [], unfilled: [], placeholders: 0 };
  const reportedComments = new Set<string>();

  for (const t of units) {
    if (t.block.bijlage3 && !aligned.bijlage3) continue;
    const match = aligned.byTemplate[t.ordinal];
    if (!match) {
      const elsewhere = unmatched.get(t.ordinal);
      if (elsewhere?.kind === 'version-line') versionLabel = elsewhere.label;
      else if (elsewhere) findings.push(unmatchedFinding(elsewhere));
      continue;
    }
    const otherVersion = isVersionLine(t) && match.diff.errors > 0 ? otherVersionLine(match.document, std) : null;
    if (otherVersion !== null) {
      versionLabel = otherVersion;
      continue;
    }
    findings.push(...matchFindings(match, snapshot, reportedComments));
    versionLabel = tallyFields(match, tally) ?? versionLabel;
  }

  for (const copy of aligned.copies) {
    const first = copy.matches[0] as UnitMatch;
    findings.push(finding({
      severity: 'error', kind: 'inserted', clause: 'titel', reason: { code: 'second-copy' },
      actual: detokenize(first.document.tokens), paragraphIndex: firstParagraphIndex(first.document), restore: unitRestore('delete', first.document),
    }));
    for (const m of copy.matches) findings.push(...matchFindings(m, snapshot, reportedComments));
  }

  const facts = documentFacts([...aligned.byTemplate.filter((m): m is UnitMatch => m !== null)], titleLines(aligned));
  findings.push(...leftoverFindings(aligned, leftovers, matchAt, { inRegion: (d) => inRegion(aligned, d), inCopySpan, facts, std }));
  findings.push(...storyFindings(snapshot.stories, facts, bodyClauses(aligned, matchAt), std));

  const detectedVersion = versionLabel === null || normaliseVersion(versionLabel) === null ? null
    : sameVersion(versionLabel, std.version) ? std.version : versionLabel;
  if (versionLabel !== null && detectedVersion !== null && detectedVersion !== std.version) {
    findings.push(finding({
      severity: 'warning', kind: 'version', clause: 'titel',
      reason: { code: 'version', detected: versionLabel, checked: std.version },
      expected: std.version, actual: versionLabel,
    }));
  }
  const fields = countFields(tally.occurrences);
  if (tally.unfilled.length > 0) {
    findings.push(finding({ severity: 'info', kind: 'unfilled', clause: null, reason: { code: 'unfilled', unfilled: fields.total - fields.filled, total: fields.total } }));
  }
  for (const w of snapshot.warnings) {
    findings.push(finding({ severity: 'info', kind: 'other', clause: null, reason: { code: 'reader-warning', warning: w } }));
  }
  return {
    template: { id: std.id, version: std.version },
    detectedVersion,
    bijlage3: aligned.bijlage3,
    findings: positioned(findings),
    placeholders: { total: tally.placeholders, unfilled: tally.unfilled },
    fields,
  };
}

/** The visible text of the document's own title lines (title and version line). */
function titleLines(aligned: DocumentAlignment): string[] {
  return aligned.byTemplate.flatMap((m) => (m !== null && m.template.block.clause === 'titel' ? [detokenize(m.document.tokens.filter((t) => !t.hidden))] : []));
}

/** The clause of each body paragraph: its unit's, or the nearest matched one's before it. */
function bodyClauses(aligned: DocumentAlignment, matchAt: (ordinal: number) => UnitMatch | null): (paragraphIndex: number) => ClauseId | null {
  const byParagraph: (ClauseId | null)[] = [];
  let last: ClauseId | null = null;
  for (const d of aligned.documentUnits) {
    const clause: ClauseId | null = matchAt(d.ordinal)?.template.block.clause ?? last;
    for (const p of d.paragraphs) {
      for (let i = byParagraph.length; i < p.index; i += 1) byParagraph.push(last);
      byParagraph[p.index] = clause;
    }
    last = clause;
  }
  return (index) => (index < byParagraph.length ? byParagraph[index] ?? null : last);
}

interface Placement {
  readonly inRegion: (d: DocumentUnit) => boolean;
  readonly inCopySpan: (d: DocumentUnit) => boolean;
  readonly facts: DocumentFacts;
  readonly std: Standard;
}

/**
 * Left-over body units: a copy of a provision that is also in its place (at that provision), text
 * between provisions (at the provision before), and text before the title or after the end (at the
 * provision it names, else the nearest) unless it is only what may stand outside the standard text.
 */
function leftoverFindings(aligned: DocumentAlignment, leftovers: readonly DocumentUnit[], matchAt: (ordinal: number) => UnitMatch | null, where: Placement): Finding[] {
  const findings: UnitFinding[] = [];
  // The clause of the nearest matched unit before each document unit, in one pass.
  const clauseBefore: (ClauseId | null)[] = [];
  let lastClause: ClauseId | null = null;
  for (let ordinal = 0; ordinal < aligned.documentUnits.length; ordinal += 1) {
    clauseBefore.push(lastClause);
    const clause = matchAt(ordinal)?.template.block.clause ?? null;
    if (clause !== null) lastClause = clause;
  }
  const firstStandard = aligned.region?.first ?? Number.POSITIVE_INFINITY;
  for (const d of leftovers) {
    if (invisible(d)) continue;
    // Text after the end may be a whole book: its words are shown as the reader sees them, without tokens.
    const text = d.paragraphs.map(visibleText).join(d.table === null ? '\n' : ' | ');
    const kind = d.hasRevision ? 'tracked-change' : 'inserted';
    const restore = unitRestore(d.hasRevision ? 'reject' : 'delete', d);
    const copyOf = bestCandidate(aligned.candidates[d.ordinal]);
    if (copyOf && copyOf.similarity >= MOVED_SIMILARITY && aligned.byTemplate[copyOf.template.ordinal] !== null) {
      const clause = copyOf.template.block.clause;
      // The title repeated on a cover page, a name repeated on its own: what a copy of them says is no provision.
      if (clause === null || isFurniture(d.paragraphs, where.facts, where.std) || (clause === 'titel' && isVerbatimStandard(aligned.candidates[d.ordinal], where.facts))) continue;
      findings.push(unitFinding(d, {
        severity: 'error', kind, clause, reason: { code: 'extra-copy' },
        expected: copyOf.template.text, actual: text, redline: redlineOf(copyOf.diff.ops), paragraphIndex: firstParagraphIndex(d), restore,
      }));
      continue;
    }
    if (where.inRegion(d) || where.inCopySpan(d)) {
      findings.push(unitFinding(d, {
        severity: 'error', kind, clause: clauseBefore[d.ordinal] ?? null, reason: { code: 'inserted' },
        actual: text, redline: [{ op: 'insert', text }], paragraphIndex: firstParagraphIndex(d), restore,
      }));
      continue;
    }
    const before = d.ordinal < firstStandard;
    if (isFurniture(d.paragraphs, where.facts, where.std) || (before && isAnnexNumber(d))) continue;
    findings.push(unitFinding(d, {
      severity: 'error', kind, clause: clauseNamedIn(text.slice(0, NAMED_WITHIN), where.std) ?? (before ? 'titel' : clauseBefore[d.ordinal] ?? null),
      reason: { code: 'inserted-outside', place: before ? 'before-title' : 'after-end' },
      actual: text, redline: [{ op: 'insert', text }], paragraphIndex: firstParagraphIndex(d), restore,
    }));
  }
  return joinInsertedRuns(findings);
}

/** Checks a document snapshot against the standard. Throws UnusableDocumentError when it is not the agreement. */
export function checkSnapshot(snapshot: DocumentSnapshot, std: Standard): CheckReport {
  return checkAlignment(matchUnits(snapshot, std), snapshot, std);
}
