// `fill` as a plan of edits (docs/spec/fill-contract.md): every occurrence of every answered
// field, the Bijlage 1 rows, the Bijlage 2 choices, Bijlage 3 in or out, and the answers stored in
// the document. All or nothing: invalid answers give every problem and no plan. Filling again with
// the same answers plans nothing, because a field that already holds its value is left alone.
import { writtenValue } from '../template/fields';
import type { Standard } from '../template/standard';
import { alignUnits, type DocumentAlignment } from './align';
import type { Alignment, SlotCapture } from './alignment';
import {
  agreementNotes, agreementProblems, type Answers, fillTables, normalizeAnswers, OPTION_CHILDREN, slotDefinition, slotTitle, validateAnswers,
} from './answers';
import { UnusableDocumentError } from './findings';
import { blocksForBijlage3 } from './generate';
import type { Edit, EditPlan } from './plan';
import { alignAgreement, fieldCaptures, scanAlignment, storedAnswersOf } from './scan';
import { allParagraphs, type DocumentSnapshot, type ParagraphSnapshot, visibleText } from './snapshot';

export type FillPlanResult =
  | { readonly ok: true; readonly plan: EditPlan; readonly notes: readonly string[] }
  | { readonly ok: false; readonly problems: readonly string[] };

type Rows = readonly (readonly string[])[];

function shorten(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 57)}…` : one;
}

/** Text to put at an empty field after a label ("Naam:"), with a space on each side where needed. */
function spacedInsertion(paragraph: ParagraphSnapshot | undefined, at: number, value: string): string {
  const text = paragraph ? visibleText(paragraph) : '';
  const before = at > 0 ? text.charAt(at - 1) : '';
  const after = text.charAt(at);
  return `${before !== '' && !/\s/.test(before) ? ' ' : ''}${value}${after !== '' && !/\s/.test(after) ? ' ' : ''}`;
}

function slotEdits(
  slots: Readonly<Record<string, string>>, captures: readonly SlotCapture[], paragraphs: ReadonlyMap<number, ParagraphSnapshot>,
  skipParagraphs: ReadonlySet<number>, problems: string[], summary: string[], std: Standard,
): Edit[] {
  const edits: Edit[] = [];
  for (const [id, value] of Object.entries(slots)) {
    const mine = captures.filter((c) => c.slotId === id && !skipParagraphs.has(c.paragraphIndex));
    if (mine.length === 0) {
      problems.push(`${slotTitle(id, std)}: dit veld staat niet in het document, dus de waarde kan nergens worden ingevuld.`);
      continue;
    }
    let changed = 0;
    const definition = slotDefinition(id, std);
    const written = writtenValue(definition, value);
    const slotLabel = definition ? { nl: definition.label, en: definition.labelEn } : undefined;
    for (const c of mine) {
      if (c.text === written) continue;
      const empty = c.start === c.end;
      const text = empty ? spacedInsertion(paragraphs.get(c.paragraphIndex), c.start, written) : written;
      edits.push({ op: 'replace-text', paragraphIndex: c.paragraphIndex, start: c.start, end: c.end, text, slotId: id, ...(slotLabel ? { slotLabel } : {}) });
      changed += 1;
    }
    if (changed > 0) summary.push(`Ingevuld: ${slotTitle(id, std)} = "${shorten(value)}"${changed > 1 ? ` (${changed}×)` : ''}.`);
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
        problems.push(`${slotTitle(cur.slotId ?? '', std)} en ${slotTitle(prev.slotId ?? '', std)} vallen in het document over elkaar heen; vul ze in Word in of herstel eerst de tekst eromheen.`);
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

function tableEdits(tables: Readonly<Record<string, Rows>>, alignment: Alignment, problems: string[], summary: string[], std: Standard): Edit[] {
  const edits: Edit[] = [];
  for (const info of fillTables(std)) {
    const wanted = tables[info.id];
    if (!wanted) continue;
    const state = alignment.tables.find((t) => t.tableId === info.id);
    if (!state || state.firstParagraphIndex < 0) {
      problems.push(`Bijlage 1, ${info.label} (${info.id}): de tabel is niet gevonden in het document.`);
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
    const parts = [
      set > 0 ? `${set} ${set === 1 ? 'rij' : 'rijen'} ingevuld` : '',
      added.length > 0 ? `${added.length} ${added.length === 1 ? 'rij' : 'rijen'} toegevoegd` : '',
      cleared > 0 ? `${cleared} ${cleared === 1 ? 'rij' : 'rijen'} leeggemaakt` : '',
    ].filter(Boolean);
    if (parts.length > 0) summary.push(`Bijlage 1, ${info.label}: ${parts.join(', ')}.`);
  }
  return edits;
}

function optionEdits(
  options: Readonly<Record<string, boolean>>, alignment: Alignment, aligned: () => DocumentAlignment, problems: string[], summary: string[], std: Standard,
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
      summary.push(`Bijlage 2: optie "${std.bijlage2Options.find((o) => o.id === id)?.label ?? id}" verwijderd (niet van toepassing).`);
    } else if (keep && !at) {
      problems.push(`Bijlage 2-optie "${std.bijlage2Options.find((o) => o.id === id)?.label ?? id}" (${id}): staat niet meer in het document en kan met invullen niet worden teruggezet; zet de optie op false of neem de tekst weer op in Word.`);
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
      summary.push(`Bijlage 2: kop "${block.paragraph.text}" verwijderd (er staat geen optie meer onder).`);
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

function mergedAnswers(previous: Answers | null, next: Answers): Answers {
  const slots = { ...(previous?.slots ?? {}), ...(next.slots ?? {}) };
  const tables = { ...(previous?.tables ?? {}), ...(next.tables ?? {}) };
  const options = { ...(previous?.bijlage2Options ?? {}), ...(next.bijlage2Options ?? {}) };
  const bijlage3 = next.bijlage3 ?? previous?.bijlage3;
  return {
    ...(Object.keys(slots).length > 0 ? { slots } : {}),
    ...(Object.keys(tables).length > 0 ? { tables } : {}),
    ...(bijlage3 !== undefined ? { bijlage3 } : {}),
    ...(Object.keys(options).length > 0 ? { bijlage2Options: options } : {}),
  };
}

/** The plan that fills a document with answers, or every problem that stands in the way. */
export function planFill(snapshot: DocumentSnapshot, answers: unknown, std: Standard): FillPlanResult {
  const invalid = validateAnswers(answers, std);
  if (invalid.length > 0) return { ok: false, problems: invalid };
  let alignment: Alignment;
  try {
    alignment = alignAgreement(snapshot, std);
  } catch (error) {
    if (error instanceof UnusableDocumentError) return { ok: false, problems: [error.message] };
    throw error;
  }
  const normalized = normalizeAnswers(answers as Answers, std);
  // An empty value means "not answered": it leaves the field as it is.
  const slots = Object.fromEntries(Object.entries(normalized.slots ?? {}).filter(([, v]) => v !== ''));
  const tables = normalized.tables ?? {};
  const answered: Answers = { ...normalized, slots };

  const problems: string[] = [];
  const summary: string[] = [];
  // The agreement's rules hold for what the document will say, not only for what is new.
  const current = scanAlignment(snapshot, alignment, std);
  const willHold: Record<string, string> = {};
  for (const s of current.slots) if (s.value !== null) willHold[s.id] = s.value;
  Object.assign(willHold, slots);
  for (const p of agreementProblems(willHold, tables, std)) if (!problems.includes(p)) problems.push(p);

  let units: DocumentAlignment | null = null;
  const aligned = (): DocumentAlignment => (units ??= alignUnits(snapshot, std));
  const options = optionEdits(normalized.bijlage2Options ?? {}, alignment, aligned, problems, summary, std);
  const paragraphs = new Map<number, ParagraphSnapshot>();
  for (const p of allParagraphs(snapshot)) paragraphs.set(p.index, p);
  const edits: Edit[] = [
    ...slotEdits(slots, fieldCaptures(snapshot, alignment, std), paragraphs, options.removed, problems, summary, std),
    ...tableEdits(tables, alignment, problems, summary, std),
    ...options.edits,
  ];

  if (normalized.bijlage3 === true && !alignment.bijlage3) {
    edits.push({ op: 'insert-blocks', after: alignment.bijlage2EndParagraphIndex ?? 'end', blocks: blocksForBijlage3(std) });
    summary.push('Bijlage 3 (relevante GIBIT 2023-artikelen) toegevoegd na Bijlage 2.');
  } else if (normalized.bijlage3 === false && alignment.bijlage3) {
    const { indexes, kept } = bijlage3Paragraphs(snapshot, aligned(), alignment.bijlage2EndParagraphIndex);
    for (const i of indexes) edits.push({ op: 'delete-paragraph', paragraphIndex: i });
    summary.push(`Bijlage 3 verwijderd (${indexes.length} alinea's).`);
    if (kept > 0) summary.push(`Let op: ${kept} alinea's na Bijlage 2 zijn geen standaardtekst van Bijlage 3 en zijn blijven staan.`);
  }
  if (problems.length > 0) return { ok: false, problems };

  const previous = storedAnswersOf(snapshot);
  const json = JSON.stringify(mergedAnswers(previous, answered));
  if (edits.length > 0 || json !== snapshot.storedAnswers) {
    edits.push({ op: 'store-answers', json });
    summary.push('Antwoorden opgeslagen in het document (voor een volgende keer invullen).');
  }
  if (edits.length === 0) summary.push('Niets te wijzigen: het document bevat deze antwoorden al.');
  const notes = agreementNotes(tables, std);
  return { ok: true, plan: { edits, summary: [...summary, ...notes.map((n) => `Let op: ${n}`)] }, notes };
}
