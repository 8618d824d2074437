// The standard as data: blocks of text with clause ids, fields (slots) and options, built once
// from standard-text.ts and slots.ts. Everything else (checker, form, clause library, generator)
// reads this.
import { type ClauseId, isBijlage3Clause } from './clause-ids';
import { type InlineRun, type SourceBlock, type SourceParagraph, parseStandardSource } from './parse-standard';
import { STANDARD_SOURCE } from './vng-2.5.3/standard-text';
import {
  BIJLAGE2_OPTIONS, OPTIONAL_LINES, SEED_MUNICIPALITY, SLOT_DEFINITIONS, type SlotDefinition, type SlotPlace,
  TABLE_DEFINITIONS, type TableDefinition,
} from './vng-2.5.3/slots';

export const TEMPLATE_ID = 'vng-verwerkersovereenkomst-gemeenten';
export const TEMPLATE_VERSION = '2.5.3';

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
  readonly version: string;
  readonly blocks: readonly TemplateBlock[];
  readonly slots: readonly SlotDefinition[];
  readonly tables: readonly TableDefinition[];
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
function placeSlots(blocks: readonly SourceBlock[]): Map<SourceParagraph, Mark[]> {
  const paragraphsByClause = new Map<ClauseId, SourceParagraph[]>();
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
  for (const slot of SLOT_DEFINITIONS) for (const where of slot.places) place(slot, where);
  return marks;
}

function omissionOf(block: SourceBlock): Omission {
  if (block.clause === null) return { kind: 'not-standard-text' };
  if (block.kind === 'table') return { kind: 'mandatory' };
  const text = block.paragraph.text;
  if (OPTIONAL_LINES.includes(text)) return { kind: 'instruction' };
  if (block.clause === 'bijlage-2' && block.kind === 'list-item') {
    const option = BIJLAGE2_OPTIONS.find((o) => text.startsWith(o.startsWith));
    if (option) return { kind: 'bijlage-2-option', optionId: option.id };
  }
  return { kind: 'mandatory' };
}

export function buildStandard(source: string = STANDARD_SOURCE): Standard {
  const sourceBlocks = parseStandardSource(source);
  const marks = placeSlots(sourceBlocks);
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
      omission: omissionOf(block),
      bijlage3: block.clause !== null && isBijlage3Clause(block.clause),
    };
    if (block.kind === 'table') {
      const fillTable = block.clause === 'bijlage-1'
        ? TABLE_DEFINITIONS.find((t) => t.tableIndex === bijlage1Tables) ?? null
        : null;
      if (block.clause === 'bijlage-1') bijlage1Tables += 1;
      return { ...base, kind: 'table', hasHeaderRow: block.hasHeaderRow, fillTable, rows: block.rows.map((row) => row.map((cell) => cell.map(toParagraph))) };
    }
    return { ...base, kind: block.kind, level: block.kind === 'paragraph' ? 0 : block.level, paragraph: toParagraph(block.paragraph) };
  });
  return {
    id: TEMPLATE_ID,
    version: TEMPLATE_VERSION,
    blocks: withOptionHeadings(blocks),
    slots: SLOT_DEFINITIONS,
    tables: TABLE_DEFINITIONS,
    municipality: SEED_MUNICIPALITY,
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

let cached: Standard | null = null;

/** The standard, parsed once per process. */
export function standard(): Standard {
  cached ??= buildStandard();
  return cached;
}

export type { SlotDefinition, TableDefinition } from './vng-2.5.3/slots';
export type { ClauseId } from './clause-ids';
