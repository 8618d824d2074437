// `scan` (docs/spec/fill-contract.md): every field of the standard with what the document
// holds for it, the Bijlage 1 tables filled so far, and whether Bijlage 3 is there.
import type { ClauseId } from '../template/clause-ids';
import { valueOfWritten } from '../template/fields';
import type { Standard } from '../template/standard';
import { alignDocument } from './align-fields';
import type { Alignment, SlotCapture } from './alignment';
import { type Answers, fillableSlots, fillTables, slotDefinition } from './answers';
import { countFields, type FieldCount } from './field-count';
import { UnusableDocumentError } from './findings';
import { allParagraphs, type DocumentSnapshot, type ParagraphSnapshot, visibleText } from './snapshot';

export interface ScanSlot {
  readonly id: string;
  readonly label: string;
  readonly clause: ClauseId | null;
  readonly placeholder: string;
  readonly value: string | null;
  readonly choices: readonly string[] | null;
  readonly occurrences: number;
}

export interface ScanTable {
  readonly id: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export interface ScanOption {
  readonly id: string;
  readonly label: string;
  /** The option's bullet is still in the document (not deleted as a choice). */
  readonly present: boolean;
}

export interface ScanResult {
  readonly template: { readonly id: string; readonly version: string };
  readonly slots: readonly ScanSlot[];
  readonly tables: readonly ScanTable[];
  readonly bijlage3: boolean;
  /** Added to the contract's fields: the Bijlage 2 options still in the document. */
  readonly bijlage2Options: readonly ScanOption[];
}

/** Where a field is, found by the content control a fill wrapped around it (w:tag = field id). */
export interface TaggedRange {
  readonly slotId: string;
  readonly paragraphIndex: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function taggedRangesIn(paragraph: ParagraphSnapshot, std: Standard): TaggedRange[] {
  const out: TaggedRange[] = [];
  let at = 0;
  let open: { slotId: string; start: number; text: string } | null = null;
  const close = (): void => {
    if (open) out.push({ slotId: open.slotId, paragraphIndex: paragraph.index, start: open.start, end: open.start + open.text.length, text: open.text });
    open = null;
  };
  for (const s of paragraph.segments) {
    if (s.hidden || s.revision === 'deleted') continue;
    const tag = s.controlTag !== null && slotDefinition(s.controlTag, std) ? s.controlTag : null;
    if (open !== null && (open as { slotId: string }).slotId !== tag) close();
    if (tag !== null) {
      open ??= { slotId: tag, start: at, text: '' };
      (open as { text: string }).text += s.text;
    }
    at += s.text.length;
  }
  close();
  // A control around a whole paragraph ("namens deze: …" wrapped as one block) says the field is in
  // there, not where: it is no range of the field unless the field is all the standard's paragraph holds.
  const whole = visibleText(paragraph);
  return out.filter((r) => r.start > 0 || r.end < whole.length || soloSlots(std).has(r.slotId));
}

const soloByStandard = new WeakMap<Standard, Set<string>>();

/** Fields that are a paragraph on their own in the standard ("<Naam organisatie>"). */
function soloSlots(std: Standard): Set<string> {
  const known = soloByStandard.get(std);
  if (known) return known;
  const solo = new Set<string>();
  soloByStandard.set(std, solo);
  for (const block of std.blocks) {
    const paragraphs = block.kind === 'table' ? block.rows.flat(2) : [block.paragraph];
    for (const p of paragraphs) {
      const slots = p.pieces.filter((x) => x.kind === 'slot');
      const text = p.pieces.filter((x) => x.kind === 'text').map((x) => (x.kind === 'text' ? x.text : '')).join('');
      const only = slots[0];
      if (slots.length === 1 && only && only.kind === 'slot' && text.trim() === '') solo.add(only.slotId);
    }
  }
  return solo;
}

/**
 * The fields of a document: the alignment's captures, with a range a fill tagged taking the place
 * of the alignment's guess in that paragraph (adjacent fields such as "<heer of mevrouw>
 * <persoonsnaam>" cannot be told apart by their words once filled; their controls can).
 */
export function fieldCaptures(snapshot: DocumentSnapshot, alignment: Alignment, std: Standard): SlotCapture[] {
  const tagged: TaggedRange[] = [];
  for (const p of allParagraphs(snapshot)) if (p.segments.some((s) => s.controlTag !== null)) tagged.push(...taggedRangesIn(p, std));
  if (tagged.length === 0) return [...alignment.slots];
  const taggedKey = new Set(tagged.map((t) => `${t.slotId}@${t.paragraphIndex}`));
  const kept = alignment.slots.filter((c) => !taggedKey.has(`${c.slotId}@${c.paragraphIndex}`));
  const overlaps = (c: SlotCapture): boolean => tagged.some((t) => t.paragraphIndex === c.paragraphIndex && c.start < t.end && t.start < c.end);
  const fromTags: SlotCapture[] = tagged.map((t) => {
    const aligned = alignment.slots.find((c) => c.slotId === t.slotId);
    const placeholder = aligned?.placeholder ?? placeholderOf(t.slotId, std);
    const text = t.text.trim();
    const lead = t.text.length - t.text.trimStart().length;
    return {
      slotId: t.slotId, clause: aligned?.clause ?? clauseOf(t.slotId, std), paragraphIndex: t.paragraphIndex,
      start: t.start + lead, end: t.start + lead + text.length, text, placeholder,
      filled: text !== '' && text.replace(/\s+/g, ' ') !== placeholder,
    };
  });
  // An untagged capture that overlaps a tagged range is the alignment's guess of a neighbour's words.
  return [...kept.filter((c) => !overlaps(c) || c.start === c.end), ...fromTags]
    .sort((a, b) => a.paragraphIndex - b.paragraphIndex || a.start - b.start);
}

function placeholderOf(slotId: string, std: Standard): string {
  const place = slotDefinition(slotId, std)?.places[0];
  return place === undefined || place.after ? '' : place.literal;
}

function clauseOf(slotId: string, std: Standard): ClauseId | null {
  return std.clauseIds.find((c) => c === slotDefinition(slotId, std)?.places[0]?.clause) ?? null;
}

/** The answers a fill stored in the document, or null when there are none (or they do not parse). */
export function storedAnswersOf(snapshot: DocumentSnapshot): Answers | null {
  if (snapshot.storedAnswers === null) return null;
  try {
    const parsed: unknown = JSON.parse(snapshot.storedAnswers);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Answers) : null;
  } catch {
    return null;
  }
}

function normalised(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function scanAlignment(snapshot: DocumentSnapshot, alignment: Alignment, std: Standard): ScanResult {
  const captures = fieldCaptures(snapshot, alignment, std);
  const stored = storedAnswersOf(snapshot);
  const slots: ScanSlot[] = fillableSlots(std).map((def) => {
    const mine = captures.filter((c) => c.slotId === def.id);
    const filled = mine.find((c) => c.filled);
    let value: string | null = filled ? valueOfWritten(def, filled.text) : null;
    // Stored answers restore what the words cannot show: a value equal to the standard's own
    // placeholder text (the seed's "Haarlem"), or a field the alignment could not place.
    const storedValue = stored?.slots?.[def.id];
    if (value === null && typeof storedValue === 'string' && storedValue !== ''
      && (mine.length === 0 || mine.some((c) => normalised(c.text) === normalised(storedValue)))) {
      value = storedValue;
    }
    return {
      id: def.id,
      label: def.label,
      clause: mine[0]?.clause ?? clauseOf(def.id, std),
      placeholder: mine[0]?.placeholder ?? placeholderOf(def.id, std),
      value,
      choices: def.choices ? [...def.choices] : null,
      occurrences: mine.length,
    };
  });
  const tables: ScanTable[] = fillTables(std).map((t) => {
    const state = alignment.tables.find((s) => s.tableId === t.id);
    const rows = (state?.rows ?? [])
      .map((r) => r.cells.map((c) => c.trim()))
      .filter((cells) => cells.some((c) => c !== ''));
    return { id: t.id, columns: [...t.columns], rows };
  });
  const present = new Set(alignment.bijlage2Options.map((o) => o.optionId));
  return {
    template: { id: std.id, version: std.version },
    slots,
    tables,
    bijlage3: alignment.bijlage3,
    bijlage2Options: std.bijlage2Options.map((o) => ({ id: o.id, label: o.label, present: present.has(o.id) })),
  };
}

/** The fields the document has and how many hold a value: the same count check reports. */
export function scanFieldCount(scan: Pick<ScanResult, 'slots'>): FieldCount {
  return countFields(scan.slots.filter((s) => s.occurrences > 0).map((s) => ({ slotId: s.id, filled: s.value !== null })));
}

/** Scans a document snapshot. Throws UnusableDocumentError when it is not the agreement. */
export function scanSnapshot(snapshot: DocumentSnapshot, std: Standard): ScanResult {
  return scanAlignment(snapshot, alignAgreement(snapshot, std), std);
}

/**
 * The alignment of a document that must be the agreement. Without one field, table or option of
 * the standard found, it is some other document: scanning or filling it would mean nothing.
 */
export function alignAgreement(snapshot: DocumentSnapshot, std: Standard): Alignment {
  const alignment = alignDocument(snapshot, std);
  if (alignment.slots.length === 0 && alignment.tables.length === 0 && alignment.bijlage2Options.length === 0) {
    throw new UnusableDocumentError({ code: 'no-fields' });
  }
  return alignment;
}
