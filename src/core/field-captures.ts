// Where each field of the standard stands in a document and what it holds there: the alignment's
// captures, with the ranges a fill tagged (content controls) taking the place of its guesses.
import type { ClauseId } from '../template/clause-ids';
import { clauseOf as clauseIdOf, type Standard } from '../template/standard';
import type { FieldLocations, SlotCapture } from './alignment';
import { slotDefinition } from './answers';
import { allParagraphs, type DocumentSnapshot, type ParagraphSnapshot, visibleText } from './snapshot';

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

const solos = new WeakMap<Standard, Set<string>>();

/** Fields that are a paragraph on their own in the standard ("<Naam organisatie>"). */
function soloSlots(std: Standard): Set<string> {
  let solo = solos.get(std);
  if (solo) return solo;
  solo = new Set();
  solos.set(std, solo);
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
export function fieldCaptures(snapshot: DocumentSnapshot, alignment: FieldLocations, std: Standard): SlotCapture[] {
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

export function placeholderOf(slotId: string, std: Standard): string {
  const place = slotDefinition(slotId, std)?.places[0];
  return place === undefined || place.after ? '' : place.literal;
}

export function clauseOf(slotId: string, std: Standard): ClauseId | null {
  const clause = slotDefinition(slotId, std)?.places[0]?.clause;
  return clause === undefined ? null : clauseIdOf(std, clause);
}
