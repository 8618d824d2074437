// Word-level changes between a paragraph as it is and its standard text: applied in order they
// give the standard text, they never overlap, and they touch only the words that differ.
import fc from 'fast-check';
import { type TextChange, textChanges } from '../../src/core/text-changes';

/** The oracle: the text with the changes made, by slicing. */
function applied(current: string, changes: readonly TextChange[]): string {
  let out = '';
  let at = 0;
  for (const c of changes) {
    out += current.slice(at, c.start) + c.text;
    at = c.end;
  }
  return out + current.slice(at);
}

const WORDS = ['Verwerker', 'zal', 'binnen', '24', '48', 'uur', 'informeren', 'de', 'Inbreuk', '(vermoedelijke)', 'Persoonsgegevens,', '’s', 'Verwerkingsverantwoordelijke.'];
const SPACES = [' ', '  ', '\t', '\u00a0', '\n'];
const text = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SPACES)), { maxLength: 40 })
  .map((parts) => parts.map(([w, s]) => w + s).join('').trimEnd());

describe('textChanges', () => {
  it('changes only the words that differ', () => {
    const current = '5.1 Verwerker zal binnen 48 uur informeren.';
    const target = '5.1 Verwerker zal uiterlijk binnen 24 uur informeren.';
    const changes = textChanges(current, target);
    expect(changes).toEqual([
      { start: current.indexOf('binnen'), end: current.indexOf('binnen'), text: 'uiterlijk ' },
      { start: current.indexOf('48'), end: current.indexOf('48') + 2, text: '24' },
    ]);
  });

  it('makes one change of words that went with only a space between them', () => {
    const current = 'Verwerker meldt binnen dertig dagen de Inbreuk.';
    const changes = textChanges(current, 'Verwerker meldt binnen tijdig de Inbreuk.');
    expect(changes).toEqual([{ start: current.indexOf('dertig'), end: current.indexOf(' de Inbreuk'), text: 'tijdig' }]);
  });

  it('finds nothing to change in equal texts, and one change for an emptied paragraph', () => {
    expect(textChanges('Artikel 5', 'Artikel 5')).toEqual([]);
    expect(textChanges('', 'Artikel 5')).toEqual([{ start: 0, end: 0, text: 'Artikel 5' }]);
    expect(textChanges('Artikel 5', '')).toEqual([{ start: 0, end: 9, text: '' }]);
  });

  it('gives the target when applied, in order and without overlap (property)', () => {
    fc.assert(fc.property(text, text, (current, target) => {
      const changes = textChanges(current, target);
      changes.forEach((c, i) => {
        expect(c.start).toBeLessThanOrEqual(c.end);
        if (i > 0) expect(c.start).toBeGreaterThan((changes[i - 1] as TextChange).end - (c.start === c.end ? 1 : 0));
        expect(c.start !== c.end || c.text !== '').toBe(true);
      });
      expect(applied(current, changes)).toBe(target);
    }), { numRuns: 300 });
  });

  it('changes no more than the word a one-word edit replaced (property)', () => {
    const words = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 40 });
    fc.assert(fc.property(words, fc.nat(), (list, k) => {
      const i = k % list.length;
      const target = [...list.slice(0, i), 'Subverwerker', ...list.slice(i + 1)].join(' ');
      const changed = textChanges(list.join(' '), target).reduce((n, c) => n + (c.end - c.start), 0);
      expect(changed).toBeLessThanOrEqual((list[i] as string).length);
    }), { numRuns: 200 });
  });
});
