import { readFileSync } from 'fs';
import { join } from 'path';
import { buildStandard } from '../../src/template/standard';
import { VERSION } from '../../src/template/vng-2.5.3';
import { STANDARD_SOURCE } from '../helpers/paths';
import { STD } from '../helpers/standard';

/** The clause ids of docs/spec/check-contract.md, in its order. */
const CONTRACT_CLAUSES = [
  'titel', 'aanhef', 'overweging-a', 'overweging-b', 'overweging-c', 'overweging-d',
  'art-1.1', 'art-1.2', 'art-2.1', 'art-2.2', 'art-2.3', 'art-3.1', 'art-3.2',
  'art-4.1', 'art-4.2', 'art-4.3', 'art-4.4', 'art-4.5', 'art-4.6', 'art-4.7',
  'art-5.1', 'art-5.2', 'art-5.3', 'art-5.4', 'art-6.1', 'art-7.1', 'art-7.2', 'art-8.1',
  'ondertekening', 'bijlage-1', 'bijlage-2',
  'gibit-16.1', 'gibit-16.2', 'gibit-16.3', 'gibit-16.4', 'gibit-16.5', 'gibit-16.6', 'gibit-24.14',
  'gibit-25.1', 'gibit-25.2', 'gibit-25.3', 'gibit-25.4', 'gibit-25.5', 'gibit-25.6', 'gibit-25.7',
  'gibit-26.1', 'gibit-26.2', 'gibit-26.3', 'gibit-26.4', 'gibit-26.5', 'gibit-26.6', 'gibit-26.7',
  'gibit-26.8', 'gibit-26.9', 'gibit-26.10', 'gibit-26.11',
];

/** Words and punctuation of a text, markdown markup and layout left out. */
function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}#*|]/gu) ?? [];
}

function printedText(): string {
  const lines: string[] = [];
  for (const block of STD.blocks) {
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
    const seen = [...new Set(STD.blocks.map((b) => b.clause).filter((c) => c !== null))];
    expect(seen).toEqual(CONTRACT_CLAUSES);
    expect(STD.clauseIds).toEqual(CONTRACT_CLAUSES);
  });

  it('places every field of the standard, and every placeholder belongs to a field', () => {
    const std = STD;
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

  it('takes its version and date from the version line', () => {
    expect([STD.version, STD.date]).toEqual(['2.5.3', '25-12-2025']);
  });

  it('refuses a clause id not in the form of the contract\'s ids', () => {
    const text = VERSION.text.replace('<!-- clause: art-8.1 -->', '<!-- clause: artikel-8 -->');
    expect(() => buildStandard({ ...VERSION, text })).toThrow(/artikel-8/);
  });

  it('refuses a field whose clause the text does not have', () => {
    const slots = [...VERSION.slots, { ...VERSION.slots[0]!, id: 'x', places: [{ clause: 'art-9.9', literal: 'Haarlem' }] }];
    expect(() => buildStandard({ ...VERSION, slots })).toThrow(/art-9\.9/);
  });
});
