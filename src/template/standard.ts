// One version of the standard as data: blocks of text with clause ids, fields (slots) and options,
// built from a version folder (its text and slots.ts). Everything else (checker, form, clause
// library, generator) reads this, and is handed the one it works with.
import { type ClauseId, isBijlage3Clause } from './clause-ids';
import type { Bijlage2Option, SlotDefinition, SlotPlace, TableDefinition, VersionData } from './fields';
import { type InlineRun, type SourceBlock, type SourceParagraph, parseStandardSource } from './parse-standard';

export const TEMPLATE_ID = 'vng-verwerkersovereenkomst-gemeenten';

/** Internal fields of the version line: recognised, never filled. */
export const VERSION_SLOT = '#versie';
export const VERSION_DATE_SLOT = '#versiedatum';

export type TemplatePiece =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'slot'; readonly slotId: string; readonly placeholder: string };

export interface TemplateParagraph {
  readonly text: string;
  readonly runs: readonly InlineRun[];
  readonly pieces: readonly TemplatePiece[];
}

/** Why a block may be absent without that being an alteration. */
export type Omission =
  | { readonly kind: 'mandatory' }
  | { readonly kind: 'not-standard-text' }
  | { readonly kind: 'bijlage-2-option'; readonly optionId: string }
  /** A Bijlage 2 heading over options only ("Aansluiting bij goedgekeurde gedragscode"): it goes when they all go. */
  | { readonly kind: 'bijlage-2-heading'; readonly optionIds: readonly string[] }
  | { readonly kind: 'instruction' };

interface TemplateBlockBase {
  readonly index: number;
  readonly clause: ClauseId | null;
  readonly pageBreakBefore: boolean;
  readonly omission: Omission;
  /** Part of the optional Bijlage 3: checked only when Bijlage 3 is present. */
  readonly bijlage3: boolean;
}

export type TemplateBlock =
  | (TemplateBlockBase & { readonly kind: 'heading' | 'paragraph' | 'list-item'; readonly level: number; readonly paragraph: TemplateParagraph })
  | (TemplateBlockBase & {
      readonly kind: 'table';
      readonly hasHeaderRow: boolean;
      /** The fill-in table this is (Bijlage 1 tables 1 and 3), if any. */
      readonly fillTable: TableDefinition | null;
      readonly rows: readonly (readonly (readonly TemplateParagraph[])[])[];
    });

export interface Standard {
  readonly id: string;
  /** The version as its version line writes it ("2.5.3", "2.42"). */
  readonly version: string;
  /** The date of the version line ("25-12-2025"). */
  readonly date: string;
  readonly blocks: readonly TemplateBlock[];
  /** The clause ids of the text, in text order. */
  readonly clauseIds: readonly ClauseId[];
  readonly slots: readonly SlotDefinition[];
  readonly tables: readonly TableDefinition[];
  readonly bijlage2Options: readonly Bijlage2Option[];
  readonly optionalLines: readonly string[];
  readonly municipality: Readonly<Record<string, string>>;
}

interface Mark { readonly start: number; readonly end: number; readonly slotId: string; readonly after: boolean }

function splitPieces(text: string, marks: readonly Mark[]): TemplatePiece[] {
  const pieces: TemplatePiece[] = [];
  let last = 0;
  for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
    if (mark.after) {
      if (mark.end > last) pieces.push({ kind: 'text', text: text.slice(last, mark.end) });
      pieces.push({ kind: 'slot', slotId: mark.slotId, placeholder: '' });
    } else {
      if (mark.start > last) pieces.push({ kind: 'text', text: text.slice(last, mark.start) });
      pieces.push({ kind: 'slot', slotId: mark.slotId, placeholder: text.slice(mark.start, mark.end) });
    }
    last = mark.end;
  }
  if (last < text.length) pieces.push({ kind: 'text', text: text.slice(last) });
  return pieces;
}

const VERSION_LINE = /^(VNG standaard verwerkersovereenkomst gemeenten versie )(\S+)( \()([^)]*)(\))$/;

function versionPieces(text: string): TemplatePiece[] | null {
  const m = VERSION_LINE.exec(text);
  if (!m) return null;
  return [
    { kind: 'text', text: m[1] ?? '' },
    { kind: 'slot', slotId: VERSION_SLOT, placeholder: m[2] ?? '' },
    { kind: 'text', text: m[3] ?? '' },
    { kind: 'slot', slotId: VERSION_DATE_SLOT, placeholder: m[4] ?? '' },
    { kind: 'text', text: m[5] ?? '' },
  ];
}

/** Finds every place of every slot, counting occurrences of a literal per clause in text order. */
function placeSlots(blocks: readonly SourceBlock[], slots: readonly SlotDefinition[]): Map<SourceParagraph, Mark[]> {
  const paragraphsByClause = new Map<string, SourceParagraph[]>();
  for (const block of blocks) {
    if (block.clause === null) continue;
    const list = paragraphsByClause.get(block.clause) ?? [];
    if (block.kind === 'table') list.push(...block.rows.flat(2));
    else list.push(block.paragraph);
    paragraphsByClause.set(block.clause, list);
  }
  const marks = new Map<SourceParagraph, Mark[]>();
  const place = (slot: SlotDefinition, where: SlotPlace): void => {
    let count = 0;
    for (const paragraph of paragraphsByClause.get(where.clause) ?? []) {
      for (let at = paragraph.text.indexOf(where.literal); at >= 0; at = paragraph.text.indexOf(where.literal, at + where.literal.length)) {
        count += 1;
        if (where.nth !== undefined && where.nth !== count) continue;
        const list = marks.get(paragraph) ?? [];
        list.push({ start: at, end: at + where.literal.length, slotId: slot.id, after: where.after === true });
        marks.set(paragraph, list);
      }
    }
    if (count === 0 || (where.nth !== undefined && count < where.nth)) {
      throw new Error(`Veld ${slot.id}: "${where.literal}" niet gevonden in ${where.clause}`);
    }
  };
  for (const slot of slots) for (const where of slot.places) place(slot, where);
  return marks;
}

function omissionOf(block: SourceBlock, data: VersionData): Omission {
  if (block.clause === null) return { kind: 'not-standard-text' };
  if (block.kind === 'table') return { kind: 'mandatory' };
  const text = block.paragraph.text;
  if (data.optionalLines.includes(text)) return { kind: 'instruction' };
  if (block.clause === 'bijlage-2' && block.kind === 'list-item') {
    const option = data.bijlage2Options.find((o) => text.startsWith(o.startsWith));
    if (option) return { kind: 'bijlage-2-option', optionId: option.id };
  }
  return { kind: 'mandatory' };
}

/** The version and date its version line names ("… versie 2.5.3 (25-12-2025)"). */
function versionLineOf(blocks: readonly SourceBlock[]): { version: string; date: string } {
  for (const block of blocks) {
    if (block.clause !== 'titel' || block.kind === 'table') continue;
    const m = VERSION_LINE.exec(block.paragraph.text);
    if (m) return { version: m[2] ?? '', date: m[4] ?? '' };
  }
  throw new Error('De standaardtekst heeft geen versieregel ("VNG standaard verwerkersovereenkomst gemeenten versie … (…)") in de titel');
}

export function buildStandard(data: VersionData): Standard {
  const sourceBlocks = parseStandardSource(data.text);
  const marks = placeSlots(sourceBlocks, data.slots);
  const toParagraph = (p: SourceParagraph): TemplateParagraph => ({
    text: p.text,
    runs: p.runs,
    pieces: versionPieces(p.text) ?? splitPieces(p.text, marks.get(p) ?? []),
  });
  let bijlage1Tables = 0;
  const blocks = sourceBlocks.map((block, index): TemplateBlock => {
    const base = {
      index,
      clause: block.clause,
      pageBreakBefore: block.pageBreakBefore,
      omission: omissionOf(block, data),
      bijlage3: block.clause !== null && isBijlage3Clause(block.clause),
    };
    if (block.kind === 'table') {
      const fillTable = block.clause === 'bijlage-1'
        ? data.tables.find((t) => t.tableIndex === bijlage1Tables) ?? null
        : null;
      if (block.clause === 'bijlage-1') bijlage1Tables += 1;
      return { ...base, kind: 'table', hasHeaderRow: block.hasHeaderRow, fillTable, rows: block.rows.map((row) => row.map((cell) => cell.map(toParagraph))) };
    }
    return { ...base, kind: block.kind, level: block.kind === 'paragraph' ? 0 : block.level, paragraph: toParagraph(block.paragraph) };
  });
  return {
    id: TEMPLATE_ID,
    ...versionLineOf(sourceBlocks),
    blocks: withOptionHeadings(blocks),
    clauseIds: [...new Set(sourceBlocks.flatMap((b) => (b.clause === null ? [] : [b.clause])))],
    slots: data.slots,
    tables: data.tables,
    bijlage2Options: data.bijlage2Options,
    optionalLines: data.optionalLines,
    municipality: data.seedMunicipality,
  };
}

/**
 * A Bijlage 2 heading directly over options ("Aansluiting bij goedgekeurde gedragscode") belongs to
 * them: without them it would head nothing of its own (a closing "NB:" speaks of all of Bijlage 2).
 */
function withOptionHeadings(blocks: readonly TemplateBlock[]): TemplateBlock[] {
  return blocks.map((block, i) => {
    if (block.kind !== 'heading' || block.clause !== 'bijlage-2' || block.omission.kind !== 'mandatory') return block;
    const optionIds: string[] = [];
    for (const next of blocks.slice(i + 1)) {
      if (next.omission.kind !== 'bijlage-2-option') break;
      optionIds.push(next.omission.optionId);
    }
    return optionIds.length === 0 ? block : { ...block, omission: { kind: 'bijlage-2-heading', optionIds } };
  });
}

/** The clause id the standard's text has by this name, or null. */
export function clauseOf(std: Standard, id: string): ClauseId | null {
  return std.clauseIds.find((c) => c === id) ?? null;
}

export type { SlotDefinition, TableDefinition } from './fields';
export type { ClauseId } from './clause-ids';
