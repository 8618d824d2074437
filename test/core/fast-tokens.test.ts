// The fast token rules for ASCII and Latin text must cut exactly as the general Unicode rule.
import { tokenize, tokenNorms } from '../../src/core/text';

const FORCE_GENERAL = '\u4E00';

function generalNorms(text: string): string[] {
  return tokenize(`${text} ${FORCE_GENERAL}`, 0).map((t) => t.norm).slice(0, -1);
}

describe('fast token rules', () => {
  it('cut every Latin character the way the general rule does', () => {
    const ranges: [number, number][] = [[0x20, 0x24f], [0x300, 0x36f], [0x2000, 0x206f], [0x20ac, 0x20ac]];
    for (const [from, to] of ranges) {
      for (let code = from; code <= to; code += 1) {
        const c = String.fromCharCode(code);
        const text = `ab${c}cd 1${c} ${c}x`;
        expect([c, tokenNorms(text)]).toEqual([c, generalNorms(text)]);
        expect([c, tokenize(text, 0).map((t) => t.norm)]).toEqual([c, generalNorms(text)]);
      }
    }
  });

  it('read the backquote as an apostrophe on every path', () => {
    expect(tokenNorms("`Partij'")).toEqual(["'", 'Partij', "'"]);
  });
});
