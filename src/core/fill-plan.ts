// `fill` as a plan of edits (docs/spec/fill-contract.md): every occurrence of every answered
// field, the Bijlage 1 rows, the Bijlage 2 choices, Bijlage 3 in or out, and the answers stored in
// the document. All or nothing: invalid answers give every problem and no plan. Filling again with
// the same answers plans nothing, because a field that already holds its value is left alone.
import { writtenValue } from '../template/fields';
import type { Standard } from '../template/standard';
import { matchUnits, type DocumentAlignment } from './align';
import type { FieldLocations } from './alignment';
import { agreementNotes, agreementProblems } from './agreement-rules';
import { validateAnswers } from './answer-validation';
import type { AnswerNote, AnswerProblem } from './answer-text';
import { type Answers, mergedAnswers, normalizeAnswers, OPTION_CHILDREN } from './answers';
import { documentFields, type DocumentField, type DocumentFields, type DocumentTable } from './document-fields';
import { UnusableDocumentError } from './findings';
import { blocksForBijlage3 } from './generate';
import type { Edit, EditPlan } from './plan';
import type { PlanNote } from './plan-summary';
import { allParagraphs, type DocumentSnapshot, type ParagraphSnapshot, visibleText } from './snapshot';

export type FillPlanResult =
  | { readonly ok: true; readonly plan: EditPlan; readonly notes: readonly AnswerNote[] }
  | { readonly ok: false; readonly problems: readonly AnswerProblem[] };

type Rows = readonly (readonly string[])[];

/** Text to put at an empty field after a label ("Naam:"), with a space on each side where needed. */
function spacedInsertion(paragraph: ParagraphSnapshot | undefined, at: number, value: string): string {
  const text = paragraph ? visibleText(paragraph) : '';
  const before = at > 0 ? text.charAt(at - 1) : '';
  const after = text.charAt(at);
  return `${before !== '' && !/\s/.test(before) ? ' ' : ''}${value}${after !== '' && !/\s/.test(after) ? ' ' : ''}`;
}

function slotEdits(
  slots: Readonly<Record<string, string>>, fields: readonly DocumentField[], paragraphs: ReadonlyMap<number, ParagraphSnapshot>,
  skipParagraphs: ReadonlySet<number>, problems: AnswerProblem[], summary: PlanNote[],
): Edit[] {
  const edits: Edit[] = [];
  const byId = new Map(fields.map((f) => [f.definition.id, f]));
  for (const [id, value] of Object.entries(slots)) {
    const field = byId.get(id);
    const mine = (field?.captures ?? []).filter((c) => !skipParagraphs.has(c.paragraphIndex));
    if (!field || mine.length === 0) {
      problems.push({ code: 'not-in-document', slotId: id });
      continue;
    }
    let changed = 0;
    const written = writtenValue(field.definition, value);
    // The field's name goes with the edit: the adapters title its content control without the standard.
    const slotLabel = { nl: field.definition.label, en: field.definition.labelEn };
    for (const c of mine) {
      if (c.text === written) continue;
      const empty = c.start === c.end;
      const text = empty ? spacedInsertion(paragraphs.get(c.paragraphIndex), c.start, written) : written;
      edits.push({ op: 'replace-text', paragraphIndex: c.paragraphIndex, start: c.start, end: c.end, text, slotId: id, slotLabel });
      changed += 1;
    }
    if (changed > 0) summary.push({ code: 'filled', slotId: id, value, times: changed });
  }
  // Two fields claiming the same words would garble the text: better no plan than a wrong one.
  const byParagraph = new Map<number, Edit[]>();
  for (const e of edits) if (e.op === 'replace-text') byParagraph.set(e.paragraphIndex, [...(byParagraph.get(e.paragraphIndex) ?? []), e]);
  for (const list of byParagraph.values()) {
    const sorted = list.flatMap((e) => (e.op === 'replace-text' ? [e] : [])).sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i += 1) {
      const prev = sorted[i - 1];
      const cur = sorted[i];
      if (prev && cur && cur.start < prev.end) {
        problems.push({ code: 'fields-overlap', slotId: cur.slotId ?? '', otherId: prev.slotId ?? '' });
      }
    }
  }
  return edits;
}

function sameRow(a: readonly string[], b: readonly string[]): boolean {
  const width = Math.max(a.length, b.length);
  for (let i = 0; i < width; i += 1) if ((a[i] ?? '').trim() !== (b[i] ?? '').trim()) return false;
  return true;
}

function tableEdits(tables: Readonly<Record<string, Rows>>, documentTables: readonly DocumentTable[], problems: AnswerProblem[], summary: PlanNote[]): Edit[] {
  const edits: Edit[] = [];
  for (const { info, state } of documentTables) {
    const wanted = tables[info.id];
    if (!wanted) continue;
    if (!state || state.firstParagraphIndex < 0) {
      problems.push({ code: 'table-not-found', tableId: info.id });
      continue;
    }
    const existing = state.rows.map((r) => r.cells);
    let set = 0;
    let cleared = 0;
    wanted.forEach((row, i) => {
      const current = existing[i];
      if (current === undefined || sameRow(current, row)) return;
      edits.push({ op: 'set-table-row', firstParagraphIndex: state.firstParagraphIndex, rowIndex: i + 1, cells: [...row] });
      set += 1;
    });
    // The answers give the whole table: rows filled before and not named any more are emptied.
    existing.slice(wanted.length).forEach((cells, k) => {
      if (cells.every((c) => c.trim() === '')) return;
      edits.push({ op: 'set-table-row', firstParagraphIndex: state.firstParagraphIndex, rowIndex: wanted.length + k + 1, cells: info.columns.map(() => '') });
      cleared += 1;
    });
    const added = wanted.slice(existing.length);
    if (added.length > 0) edits.push({ op: 'append-table-rows', firstParagraphIndex: state.firstParagraphIndex, rows: added.map((r) => [...r]) });
    if (set + added.length + cleared > 0) summary.push({ code: 'table-rows', tableId: info.id, set, added: added.length, cleared });
  }
  return edits;
}

function optionEdits(
  options: Readonly<Record<string, boolean>>, alignment: FieldLocations, aligned: () => DocumentAlignment, problems: AnswerProblem[], summary: PlanNote[],
): { edits: Edit[]; removed: Set<number> } {
  const wanted = new Map(Object.entries(options));
  // A sub-option goes with its parent ("Datum laatste certificering" under the certified norm).
  for (const [parent, children] of Object.entries(OPTION_CHILDREN)) {
    if (wanted.get(parent) === false) for (const c of children) if (!wanted.has(c)) wanted.set(c, false);
  }
  const edits: Edit[] = [];
  const removed = new Set<number>();
  for (const [id, keep] of wanted) {
    const at = alignment.bijlage2Options.find((o) => o.optionId === id);
    if (!keep && at) {
      edits.push({ op: 'delete-paragraph', paragraphIndex: at.paragraphIndex });
      removed.add(at.paragraphIndex);
      summary.push({ code: 'option-removed', optionId: id });
    } else if (keep && !at) {
      problems.push({ code: 'option-not-in-document', optionId: id });
    }
  }
  if (removed.size > 0) {
    // A heading over options only goes with the last of them: it would head nothing.
    const remaining = new Set(alignment.bijlage2Options.filter((o) => !removed.has(o.paragraphIndex)).map((o) => o.optionId));
    for (const match of aligned().byTemplate) {
      const block = match?.template.block;
      const heading = match?.document.paragraphs[0];
      if (block?.omission.kind !== 'bijlage-2-heading' || block.kind === 'table' || !heading || block.omission.optionIds.some((id) => remaining.has(id))) continue;
      edits.push({ op: 'delete-paragraph', paragraphIndex: heading.index });
      removed.add(heading.index);
      summary.push({ code: 'heading-removed', heading: block.paragraph.text });
    }
  }
  return { edits, removed };
}

/**
 * The paragraphs of a Bijlage 3 that is there, to remove it: after Bijlage 2, from the first to the
 * last paragraph the alignment pairs with Bijlage 3's text (the instruction line included, however
 * the document numbers or splits it), with the empty ones between them. Anything else in that
 * stretch is not the standard's and stays.
 */
function bijlage3Paragraphs(snapshot: DocumentSnapshot, aligned: DocumentAlignment, after: number | null): { indexes: number[]; kept: number } {
  const ours = new Set<number>();
  for (const m of aligned.byDocument) {
    if (m === null || !m.template.block.bijlage3) continue;
    for (const p of m.document.paragraphs) if (after === null || p.index > after) ours.add(p.index);
  }
  if (ours.size === 0) return { indexes: [], kept: 0 };
  const first = Math.min(...ours);
  const last = Math.max(...ours);
  const indexes: number[] = [];
  let kept = 0;
  for (const p of allParagraphs(snapshot)) {
    if (p.index < first || p.index > last) continue;
    if (ours.has(p.index) || visibleText(p).trim() === '') indexes.push(p.index);
    else kept += 1;
  }
  return { indexes, kept };
}

/** The plan that fills a document with answers, or every problem that stands in the way. */
export function planFill(snapshot: DocumentSnapshot, answers: unknown, std: Standard): FillPlanResult {
  const invalid = validateAnswers(answers, std);
  if (invalid.length > 0) return { ok: false, problems: invalid };
  let fields: DocumentFields;
  try {
    fields = documentFields(snapshot, std);
  } catch (error) {
    if (error instanceof UnusableDocumentError) return { ok: false, problems: [{ code: 'unusable', reason: error.reason, text: error.message }] };
    throw error;
  }
  const normalized = normalizeAnswers(answers as Answers, std);
  // An empty value means "not answered": it leaves the field as it is.
  const slots = Object.fromEntries(Object.entries(normalized.slots ?? {}).filter(([, v]) => v !== ''));
  const tables = normalized.tables ?? {};
  const answered: Answers = { ...normalized, slots };

  const problems: AnswerProblem[] = [];
  const summary: PlanNote[] = [];
  // The agreement's rules hold for what the document will say, not only for what is new.
  const { alignment } = fields;
  const willHold: Record<string, string> = {};
  for (const f of fields.fields) if (f.value !== null) willHold[f.definition.id] = f.value;
  Object.assign(willHold, slots);
  problems.push(...agreementProblems(willHold, tables, std));

  let units: DocumentAlignment | null = null;
  const aligned = (): DocumentAlignment => (units ??= matchUnits(snapshot, std));
  const options = optionEdits(normalized.bijlage2Options ?? {}, alignment, aligned, problems, summary);
  const paragraphs = new Map<number, ParagraphSnapshot>();
  for (const p of allParagraphs(snapshot)) paragraphs.set(p.index, p);
  const edits: Edit[] = [
    ...slotEdits(slots, fields.fields, paragraphs, options.removed, problems, summary),
    ...tableEdits(tables, fields.tables, problems, summary),
    ...options.edits,
  ];

  if (normalized.bijlage3 === true && !alignment.bijlage3) {
    edits.push({ op: 'insert-blocks', after: alignment.bijlage2EndParagraphIndex ?? 'end', blocks: blocksForBijlage3(std) });
    summary.push({ code: 'bijlage3-added' });
  } else if (normalized.bijlage3 === false && alignment.bijlage3) {
    const { indexes, kept } = bijlage3Paragraphs(snapshot, aligned(), alignment.bijlage2EndParagraphIndex);
    for (const i of indexes) edits.push({ op: 'delete-paragraph', paragraphIndex: i });
    summary.push({ code: 'bijlage3-removed', paragraphs: indexes.length });
    if (kept > 0) summary.push({ code: 'kept-after-bijlage2', paragraphs: kept });
  }
  if (problems.length > 0) return { ok: false, problems };

  const json = JSON.stringify(mergedAnswers(fields.stored, answered));
  if (edits.length > 0 || json !== snapshot.storedAnswers) {
    edits.push({ op: 'store-answers', json });
    summary.push({ code: 'answers-stored' });
  }
  if (edits.length === 0) summary.push({ code: 'nothing-to-change' });
  const notes = agreementNotes(tables, std);
  return { ok: true, plan: { edits, summary: [...summary, ...notes.map((note): PlanNote => ({ code: 'note', note }))] }, notes };
}
