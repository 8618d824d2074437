// Standard text as new blocks for an adapter to insert: one provision, the whole Bijlage 3, or the
// whole agreement. Blocks carry roles (heading level, list level), never styles: each adapter
// styles them like the document they go into.
import type { ClauseId } from '../template/clause-ids';
import type { Standard, TemplateBlock } from '../template/standard';
import type { NewBlock, NewParagraph } from './plan';

function paragraphRole(block: Exclude<TemplateBlock, { kind: 'table' }>): NewParagraph['role'] {
  if (block.kind === 'heading') {
    // The agreement's only level-1 heading is its title.
    if (block.clause === 'titel' && block.level <= 1) return 'title';
    return `heading-${Math.min(Math.max(block.level, 1), 4)}` as NewParagraph['role'];
  }
  if (block.kind === 'list-item') return `list-${Math.min(block.level + 1, 3)}` as NewParagraph['role'];
  return 'body';
}

function toNewBlock(block: TemplateBlock, pageBreakBefore: boolean): NewBlock {
  if (block.kind === 'table') {
    return {
      role: 'table',
      hasHeaderRow: block.hasHeaderRow,
      // A cell of several paragraphs ("Naam:", "Contactgegevens:") keeps them as lines.
      rows: block.rows.map((row) => row.map((cell) => cell.map((p) => p.text).join('\n'))),
      pageBreakBefore,
    };
  }
  return { role: paragraphRole(block), runs: block.paragraph.runs.map((r) => ({ ...r })), pageBreakBefore };
}

/**
 * Blocks in order, leaving out what `skip` names; a page break on a left-out block moves to the
 * next block kept, so the text still starts on a new page.
 */
function blocksOf(blocks: readonly TemplateBlock[], skip: (b: TemplateBlock) => boolean): NewBlock[] {
  const out: NewBlock[] = [];
  let pendingBreak = false;
  for (const block of blocks) {
    if (skip(block)) {
      pendingBreak ||= block.pageBreakBefore;
      continue;
    }
    out.push(toNewBlock(block, block.pageBreakBefore || pendingBreak));
    pendingBreak = false;
  }
  return out;
}

const isInstruction = (b: TemplateBlock): boolean => b.omission.kind === 'instruction';

/** These blocks of the standard, as it prints them (drafting instructions left out). */
export function blocksOfStandard(blocks: readonly TemplateBlock[]): NewBlock[] {
  return blocksOf(blocks, isInstruction);
}

/** One provision (with the heading that belongs to it), as the standard prints it. */
export function blocksForClause(clause: ClauseId, std: Standard): NewBlock[] {
  return blocksOfStandard(std.blocks.filter((b) => b.clause === clause));
}

/** The whole optional Bijlage 3, without the drafting instruction "Deze bijlage is facultatief…". */
export function blocksForBijlage3(std: Standard): NewBlock[] {
  return blocksOfStandard(std.blocks.filter((b) => b.bijlage3));
}

/**
 * The whole agreement for an empty document: all standard text, placeholders included, with the
 * drafting instruction before Bijlage 3. The tender's annex number ("Bijlage 5") is not standard
 * text: it stands above the title with the municipality's own number (its profile), or not at all.
 */
export function blocksForWholeAgreement(std: Standard, annexNumber = ''): NewBlock[] {
  const blocks = std.blocks;
  const annex = annexNumber === '' ? [] : blocks.filter((b) => b.omission.kind === 'not-standard-text').slice(0, 1)
    .map((b) => ({ ...toNewBlock(b, false), runs: [{ text: `Bijlage ${annexNumber}`, bold: false, italic: false }] }));
  return [...annex, ...blocksOf(blocks, (b) => b.omission.kind === 'not-standard-text')];
}
