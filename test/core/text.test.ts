import { detokenize, isProvisionNumber, listMarkerLength, tokenize } from '../../src/core/text';
import { normaliseVersion } from '../../src/core/version';
import { diffTokens } from '../../src/core/token-diff';
import type { TemplateToken } from '../../src/core/units';

const norms = (text: string): string[] => tokenize(text, 0).map((t) => t.norm);

describe('tokens', () => {
  it('treats every kind of white space as layout', () => {
    expect(norms('binnen\u00A024\tuur,\n informeren')).toEqual(norms('binnen 24 uur, informeren'));
  });

  it('treats typographic quotes and dashes like straight ones', () => {
    expect(norms('“Partij” – ‘x’')).toEqual(norms('"Partij" - \'x\''));
  });

  it('keeps words, numbers and punctuation as tokens that count', () => {
    expect(norms('24 uur.')).toEqual(['24', 'uur', '.']);
    expect(norms('24 uur.')).not.toEqual(norms('48 uur.'));
    expect(norms('uur,')).not.toEqual(norms('uur;'));
  });

  it('drops soft hyphens inside words', () => {
    expect(norms('Verwerkers\u00ADovereenkomst')).toEqual(['Verwerkersovereenkomst']);
  });

  it('recognises list markers but not provision numbers', () => {
    expect(listMarkerLength(tokenize('a) Partijen hebben', 0))).toBe(2);
    expect(listMarkerLength(tokenize('iv) ten aanzien', 0))).toBe(2);
    expect(listMarkerLength(tokenize('1. voor zover', 0))).toBe(2);
    expect(listMarkerLength(tokenize('• Verwerker', 0))).toBe(1);
    // Bullets in a symbol font, as Word and LibreOffice store them: any glyph of U+F000–U+F0FF.
    for (const glyph of ['\uF0B7', '\uF02D', '\uF0A8', '\uF06F']) expect(listMarkerLength(tokenize(`${glyph} Verwerker`, 0))).toBe(1);
    expect(listMarkerLength(tokenize('5.1 Verwerker zal', 0))).toBe(0);
    expect(listMarkerLength(tokenize('Verwerker zal', 0))).toBe(0);
    expect(isProvisionNumber('5.1')).toBe(true);
    expect(isProvisionNumber('16.1.')).toBe(true);
    expect(isProvisionNumber('a)')).toBe(false);
    expect(isProvisionNumber('1.')).toBe(false);
  });

  it('gives back readable text with the original spacing', () => {
    expect(detokenize(tokenize('binnen 24 uur, informeren', 0))).toBe('binnen 24 uur, informeren');
  });
});

describe('version labels', () => {
  it.each([['2.5.3', '2.5.3'], ['2.53', '2.5.3'], ['2.42', '2.4.2'], ['2.3-3', '2.3.3'], ['x', null]])('%s → %s', (label, version) => {
    expect(normaliseVersion(label)).toBe(version);
  });
});

describe('word-level diff with fields', () => {
  const fixed = (text: string): TemplateToken[] => tokenize(text, -2).map((token) => ({ kind: 'fixed', token }));
  const slot = (slotId: string, placeholder: string, capacity = Number.POSITIVE_INFINITY): TemplateToken => ({ kind: 'slot', slotId, placeholder, clause: 'aanhef', capacity });

  it('lets a field take any filled-in text at no cost', () => {
    const template = [...fixed('gevestigd te'), slot('verwerker.plaats', '<plaatsnaam>'), ...fixed(', KVK-nummer')];
    const diff = diffTokens(template, tokenize('gevestigd te Den Haag, KVK-nummer', 0));
    expect(diff.errors).toBe(0);
    const op = diff.ops.find((o) => o.kind === 'slot');
    expect(op && op.kind === 'slot' ? detokenize(op.actual) : null).toBe('Den Haag');
  });

  it('counts words beyond what a short field can hold as added', () => {
    const template = [...fixed('Gemeente'), slot('gemeente.naam', 'Haarlem', 3)];
    expect(diffTokens(template, tokenize('Gemeente Súdwest-Fryslân', 0)).errors).toBe(0);
    const long = diffTokens(template, tokenize('Gemeente Utrecht heeft besloten om de regels te wijzigen', 0));
    expect(long.errors).toBe(5);
    const op = long.ops.find((o) => o.kind === 'slot');
    expect(op && op.kind === 'slot' ? detokenize(op.actual) : null).toBe('Utrecht heeft besloten');
  });

  it('counts every changed word of the fixed text', () => {
    const diff = diffTokens(fixed('uiterlijk binnen 24 uur'), tokenize('uiterlijk binnen 48 uur', 0));
    expect(diff.errors).toBe(2);
    expect(diff.ops.filter((o) => o.kind === 'delete').map((o) => (o.kind === 'delete' ? o.expected.norm : ''))).toEqual(['24']);
    expect(diff.ops.filter((o) => o.kind === 'insert').map((o) => (o.kind === 'insert' ? o.actual.norm : ''))).toEqual(['48']);
  });
});

describe('word-level diff of an outsized pair', () => {
  it('does not build tables for a paragraph no field could hold, and reports it as all different', () => {
    const template = [...tokenize('uiterlijk binnen 24 uur', -2).map((token) => ({ kind: 'fixed' as const, token })), { kind: 'slot' as const, slotId: 'x', placeholder: '<x>', clause: null, capacity: Number.POSITIVE_INFINITY }];
    const huge = tokenize('woord '.repeat(1_000_000), 0);
    const diff = diffTokens(template, huge);
    // Aligned word by word, the field would have swallowed everything (4 errors); unaligned, all count.
    expect(diff.deleted).toBe(4);
    expect(diff.errors).toBe(4 + huge.length);
  });
});
