import { readFileSync } from 'fs';
import { join } from 'path';
import { CLAUSE_IDS } from '../../src/template/clause-ids';
import { buildStandard, standard } from '../../src/template/standard';
import { STANDARD_SOURCE } from '../helpers/paths';

/** Words and punctuation of a text, markdown markup and layout left out. */
function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}#*|]/gu) ?? [];
}

function printedText(): string {
  const lines: string[] = [];
  for (const block of standard().blocks) {
    if (block.kind === 'table') for (const row of block.rows) for (const cell of row) for (const p of cell) lines.push(p.text);
    else lines.push(block.paragraph.text);
  }
  return lines.join('\n');
}

describe('the standard as data', () => {
  it('reproduces the seed text word for word, page headers of the PDF conversion aside', () => {
    const seed = readFileSync(join(STANDARD_SOURCE, 'vng-verwerkersovereenkomst-2.5.3-haarlem.md'), 'utf8');
    const withoutPageHeaders = seed
      .split('\n')
      .filter((line) => line.trim() !== '# Gemeente Haarlem')
      .map((line) => line.replace(/^\s*- /, '').replace(/^\|?\s*-{3,}.*$/, '').replace(/<br>/g, ' '))
      // The PDF conversion left HTML markup in the tables (bold cells, mailto links): markup, not text.
      .map((line) => line.replace(/<\/?(?:b|a)(?:\s[^>]*)?>/g, ''))
      .join('\n');
    const expected = words(withoutPageHeaders);
    const actual = words(printedText());
    // Compared as sequences: a single changed, missing or extra word fails.
    expect(actual.length).toBeGreaterThan(3000);
    expect(actual).toEqual(expected);
  });

  it('has every clause id of the contract, in the contract order', () => {
    const seen = [...new Set(standard().blocks.map((b) => b.clause).filter((c) => c !== null))];
    expect(seen).toEqual([...CLAUSE_IDS]);
  });

  it('places every field of the standard, and every placeholder belongs to a field', () => {
    const std = standard();
    const placed = new Set<string>();
    let loosePlaceholders = 0;
    for (const block of std.blocks) {
      const paragraphs = block.kind === 'table' ? block.rows.flat(2) : [block.paragraph];
      for (const p of paragraphs) {
        for (const piece of p.pieces) {
          if (piece.kind === 'slot') placed.add(piece.slotId);
          else if (/<[^>]+>|\.\.\.\.\./.test(piece.text)) loosePlaceholders += 1;
        }
      }
    }
    for (const slot of std.slots) expect(placed).toContain(slot.id);
    expect(loosePlaceholders).toBe(0);
  });

  it('refuses a clause id the contract does not know', () => {
    expect(() => buildStandard('<!-- format -->\n\n<!-- clause: art-9.9 -->\n\nTekst')).toThrow(/art-9\.9/);
  });
});
