// Inserted text that runs over several paragraphs is one finding: consecutive units of inserted text
// (same story, same provision, same reason, no other unit between them) become one `inserted`
// finding whose text and redline hold all of them, placed at the first paragraph and reaching to the
// last. A book appended after the signatures is one alteration, not one per paragraph.
import { finding, type Finding, type FindingFields } from './findings';
import type { FindingReason } from './finding-text';
import type { DocumentUnit } from './document-units';

/** What a finding of one unit says, with the unit: its ordinal among the story's units and its last paragraph. */
export interface UnitFinding {
  readonly ordinal: number;
  readonly lastParagraphIndex: number | null;
  /** A table is deleted on its own, never as part of a run of paragraphs. */
  readonly table: boolean;
  readonly fields: FindingFields;
}

export function unitFinding(unit: DocumentUnit, fields: FindingFields): UnitFinding {
  return { ordinal: unit.ordinal, lastParagraphIndex: unit.paragraphs[unit.paragraphs.length - 1]?.index ?? null, table: unit.table !== null, fields };
}

/** Reasons of inserted text that runs on: the same where they say the same. */
function sameInsertion(a: FindingReason, b: FindingReason): boolean {
  if (a.code === 'inserted') return b.code === 'inserted';
  if (a.code === 'inserted-story') return b.code === 'inserted-story' && a.story === b.story;
  if (a.code === 'inserted-outside') return b.code === 'inserted-outside' && a.place === b.place;
  return false;
}

function joins(before: UnitFinding, next: UnitFinding): boolean {
  const [a, b] = [before.fields, next.fields];
  return next.ordinal === before.ordinal + 1 && !before.table && !next.table && a.kind === 'inserted' && b.kind === 'inserted'
    && sameInsertion(a.reason, b.reason) && (a.restore?.kind ?? null) === (b.restore?.kind ?? null) && (a.story ?? 'body') === (b.story ?? 'body') && a.clause === b.clause
    && a.paragraphIndex !== undefined && a.paragraphIndex !== null && b.paragraphIndex !== undefined && b.paragraphIndex !== null;
}

function joined(run: readonly UnitFinding[]): Finding {
  const first = run[0] as UnitFinding;
  if (run.length === 1) return finding(first.fields);
  const text = run.map((u) => u.fields.actual ?? '').join('\n');
  const last = run[run.length - 1] as UnitFinding;
  return finding({
    ...first.fields, actual: text, redline: [{ op: 'insert', text }],
    ...(last.lastParagraphIndex === null ? {} : { lastParagraphIndex: last.lastParagraphIndex }),
  });
}

/** The findings in order, each run of consecutive inserted units joined into one finding. */
export function joinInsertedRuns(units: readonly UnitFinding[]): Finding[] {
  const out: Finding[] = [];
  let run: UnitFinding[] = [];
  for (const u of units) {
    const previous = run[run.length - 1];
    if (previous && !joins(previous, u)) {
      out.push(joined(run));
      run = [];
    }
    run.push(u);
  }
  if (run.length > 0) out.push(joined(run));
  return out;
}
