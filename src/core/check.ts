// The checker: compares a document with the standard and reports every alteration of the
// standard text, per clause, with a word-level redline (docs/spec/check-contract.md).
import type { ClauseId } from '../template/clause-ids';
import { standard, type Standard, VERSION_SLOT } from '../template/standard';
import { alignUnits, type DocumentAlignment, similarityOf, type UnitMatch } from './align';
import { similarityBound, standardIndex } from './template-index';
import { countFields, type FieldOccurrence } from './field-count';
import { type CheckReport, finding, type Finding, type UnfilledPlaceholder, UnusableDocumentError } from './findings';
import { type DocumentSnapshot, type ParagraphSnapshot } from './snapshot';
import { detokenize, type Token, tokenize } from './text';
import { diffTokens } from './token-diff';
import { excerptOf, redlineOf } from './redline';
import { restoreText } from './restore';
import type { DocumentUnit, TemplateUnit } from './units';
import { normaliseVersion } from './version';

/** Below this share of the standard's provisions found, the document is not the agreement. */
const MIN_COVERAGE = 0.35;
const MOVED_SIMILARITY = 0.6;

function firstParagraphIndex(unit: DocumentUnit): number | null {
  return unit.paragraphs[0]?.index ?? null;
}

function standardTextOf(clause: ClauseId | null, units: readonly TemplateUnit[]): string {
  return units.filter((u) => u.block.clause === clause).map((u) => u.text).join('\n');
}

function hiddenStandardText(match: UnitMatch): string {
  const hidden = match.diff.ops.flatMap((op) => (op.kind === 'equal' && op.actual.hidden ? [op.actual] : []));
  return detokenize(hidden);
}

function textBeforeRevisions(paragraphs: readonly ParagraphSnapshot[]): Token[] {
  return paragraphs.flatMap((p) => tokenize(p.segments.filter((s) => s.revision !== 'inserted').map((s) => s.text).join(''), p.index));
}

export function checkAlignment(aligned: DocumentAlignment, snapshot: DocumentSnapshot, std: Standard = standard()): CheckReport {
  if (aligned.documentUnits.length === 0) throw new UnusableDocumentError({ code: 'empty-document' });
  if (aligned.coverage < MIN_COVERAGE) {
    throw new UnusableDocumentError({ code: 'not-the-agreement' });
  }
  const findings: Finding[] = [];
  const index = standardIndex(std);
  const units = aligned.templateUnits;
  const clauseText = (clause: ClauseId | null): string => standardTextOf(clause, units);
  const inRegion = (d: DocumentUnit): boolean => aligned.region !== null && d.ordinal > aligned.region.first && d.ordinal < aligned.region.last;
  const unmatchedInRegion = aligned.documentUnits.filter((d) => aligned.byDocument[d.ordinal] === null && !aligned.fillRows.has(d.ordinal) && inRegion(d));
  const consumed = new Set<number>();
  let detectedVersion: string | null = null;
  const unfilled: UnfilledPlaceholder[] = [];
  let totalPlaceholders = 0;
  const fieldOccurrences: FieldOccurrence[] = [];
  const slotKinds = new Map(std.slots.map((s) => [s.id, s]));
  const reportedComments = new Set<string>();

  for (const t of units) {
    if (t.block.bijlage3 && !aligned.bijlage3) continue;
    const clause = t.block.clause;
    const match = aligned.byTemplate[t.ordinal];
    if (!match) {
      if (t.block.omission.kind !== 'mandatory') continue;
      const moved = unmatchedInRegion.find((d) => !consumed.has(d.ordinal) && d.ids.length > 0
        && similarityBound(index, t, d.ids) >= MOVED_SIMILARITY && similarityOf(t, diffTokens(t.tokens, d.tokens)) >= MOVED_SIMILARITY);
      if (moved) {
        consumed.add(moved.ordinal);
        const diff = diffTokens(t.tokens, moved.tokens);
        findings.push(finding({
          severity: 'error', kind: 'moved', clause, reason: { code: 'moved' },
          expected: t.text, actual: detokenize(moved.tokens), redline: redlineOf(diff.ops), paragraphIndex: firstParagraphIndex(moved), standardText: clauseText(clause),
        }));
        continue;
      }
      const trackedDeletion = unmatchedInRegion.find((d) => !consumed.has(d.ordinal) && d.hasRevision
        && similarityOf(t, diffTokens(t.tokens, textBeforeRevisions(d.paragraphs))) >= 0.5);
      if (trackedDeletion) {
        consumed.add(trackedDeletion.ordinal);
        findings.push(finding({
          severity: 'error', kind: 'tracked-change', clause, reason: { code: 'deleted-tracked' },
          expected: t.text, actual: '', redline: [{ op: 'delete', text: t.text }], paragraphIndex: firstParagraphIndex(trackedDeletion), standardText: clauseText(clause),
        }));
        continue;
      }
      findings.push(finding({
        severity: 'error', kind: 'missing', clause, reason: { code: 'missing' },
        expected: t.text, actual: '', redline: [{ op: 'delete', text: t.text }], paragraphIndex: null, standardText: clauseText(clause),
      }));
      continue;
    }
    const d = match.document;
    const paragraphIndex = firstParagraphIndex(d);
    if (match.diff.errors > 0) {
      const excerpt = excerptOf(match.diff.ops);
      findings.push(finding({
        severity: 'error', kind: d.hasRevision ? 'tracked-change' : 'altered', clause,
        reason: { code: d.hasRevision ? 'altered-tracked' : 'altered' },
        expected: excerpt.expected, actual: excerpt.actual, redline: redlineOf(match.diff.ops), paragraphIndex, standardText: restoreText(match),
      }));
    } else if (d.hasRevision) {
      findings.push(finding({
        severity: 'warning', kind: 'tracked-change', clause, reason: { code: 'tracked-equal' },
        expected: '', actual: '', redline: redlineOf(match.diff.ops), paragraphIndex, standardText: clauseText(clause),
      }));
    }
    if (d.hasHidden) {
      const hidden = hiddenStandardText(match);
      if (hidden !== '') {
        findings.push(finding({
          severity: 'error', kind: 'hidden', clause, reason: { code: 'hidden' },
          expected: hidden, actual: '', redline: [{ op: 'delete', text: hidden }], paragraphIndex, standardText: restoreText(match),
        }));
      }
    }
    for (const id of d.commentIds) {
      if (reportedComments.has(id)) continue;
      reportedComments.add(id);
      const comment = snapshot.comments.find((c) => c.id === id);
      findings.push(finding({
        severity: 'warning', kind: 'comment', clause,
        reason: { code: 'comment', author: comment?.author ?? '', text: comment?.text ?? '' },
        expected: '', actual: '', redline: [], paragraphIndex, standardText: clauseText(clause),
      }));
    }
    for (const op of match.diff.ops) {
      if (op.kind !== 'slot') continue;
      const value = detokenize(op.actual);
      if (op.slot.slotId === VERSION_SLOT) {
        detectedVersion = normaliseVersion(value);
        continue;
      }
      const slot = slotKinds.get(op.slot.slotId);
      if (!slot) continue;
      // The municipality's name is a value wherever it stands, never a placeholder.
      if (slot.kind === 'municipality') { fieldOccurrences.push({ slotId: slot.id, filled: value.trim() !== '' }); continue; }
      totalPlaceholders += 1;
      const empty = value.trim() === '' || value.replace(/\s+/g, '') === op.slot.placeholder.replace(/\s+/g, '');
      fieldOccurrences.push({ slotId: slot.id, filled: !empty });
      if (empty) unfilled.push({ text: op.slot.placeholder !== '' ? op.slot.placeholder : `${slot.label} (leeg)`, clause: op.slot.clause, slotId: slot.id, label: slot.label });
    }
  }

  // The clause of the nearest matched unit before each document unit, in one pass.
  const clauseBefore: (ClauseId | null)[] = [];
  let lastClause: ClauseId | null = null;
  for (const m of aligned.byDocument) {
    clauseBefore.push(lastClause);
    if (m !== null && m.template.block.clause !== null) lastClause = m.template.block.clause;
  }
  for (const d of unmatchedInRegion) {
    if (consumed.has(d.ordinal) || d.tokens.every((t) => t.hidden || t.norm === '\u241F')) continue;
    const clause = clauseBefore[d.ordinal] ?? null;
    const text = detokenize(d.tokens);
    findings.push(finding({
      severity: 'error', kind: d.hasRevision ? 'tracked-change' : 'inserted', clause,
      reason: { code: 'inserted' },
      expected: '', actual: text, redline: [{ op: 'insert', text }], paragraphIndex: firstParagraphIndex(d), standardText: '',
    }));
  }

  if (detectedVersion !== null && detectedVersion !== std.version) {
    findings.push(finding({
      severity: 'warning', kind: 'version', clause: 'titel',
      reason: { code: 'version', detected: detectedVersion, checked: std.version },
      expected: std.version, actual: detectedVersion, redline: [], paragraphIndex: null, standardText: clauseText('titel'),
    }));
  }
  const fields = countFields(fieldOccurrences);
  if (unfilled.length > 0) {
    findings.push(finding({
      severity: 'info', kind: 'unfilled', clause: null,
      reason: { code: 'unfilled', unfilled: fields.total - fields.filled, total: fields.total },
      expected: '', actual: '', redline: [], paragraphIndex: null, standardText: '',
    }));
  }
  for (const w of snapshot.warnings) {
    findings.push(finding({ severity: 'info', kind: 'other', clause: null, reason: { code: 'reader-warning', text: w }, expected: '', actual: '', redline: [], paragraphIndex: null, standardText: '' }));
  }
  return {
    template: { id: std.id, version: std.version },
    detectedVersion,
    bijlage3: aligned.bijlage3,
    findings,
    placeholders: { total: totalPlaceholders, unfilled },
    fields,
  };
}

/** Checks a document snapshot against the standard. Throws UnusableDocumentError when it is not the agreement. */
export function checkSnapshot(snapshot: DocumentSnapshot, std: Standard = standard()): CheckReport {
  return checkAlignment(alignUnits(snapshot, std), snapshot, std);
}
