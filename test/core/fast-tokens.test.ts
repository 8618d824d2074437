// The fast token rules for ASCII and Latin text must cut exactly as the general Unicode rule.
import { readFileSync } from 'fs';
import { join } from 'path';
import { allParagraphs, presentText } from '../../src/core/snapshot';
import { standardIndex } from '../../src/core/template-index';
import { tokenize, tokenNorms } from '../../src/core/text';
import { textWordIds } from '../../src/core/word-ids';
import { readDocx } from '../../src/docx/package';
import { EXTERNAL_FIXTURES } from '../helpers/paths';
import { STD } from '../helpers/standard';

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

describe('word ids read straight from the characters', () => {
  const index = standardIndex(STD);
  const viaTokens = (text: string): number[] => tokenNorms(text).map((n) => index.vocabulary.get(n) ?? -1);
  const direct = (text: string): number[] => {
    const out: number[] = [];
    textWordIds(index, text, out);
    return out;
  };

  it('agree with the tokenizer for every Latin character around words of the standard', () => {
    for (let code = 0; code < 0x250; code += 1) {
      const c = String.fromCharCode(code);
      const text = `Verwerker${c}zal 5.1${c} ${c}Inbreuk, Verwerkings\u00ADverantwoordelijke`;
      expect([c, direct(text)]).toEqual([c, viaTokens(text)]);
    }
  });

  it('agree with the tokenizer on every paragraph of the standard and of real documents', () => {
    const texts = STD.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flat(2) : [b.paragraph]).map((p) => p.text));
    for (const file of ['lo-filled.docx', 'word-layout.docx', 'pandoc-multi.docx']) {
      const snapshot = readDocx(new Uint8Array(readFileSync(join(EXTERNAL_FIXTURES, 'cases', file))));
      for (const p of allParagraphs(snapshot)) texts.push(presentText(p));
    }
    texts.push('“Partij” – ‘x’ 漢字 e\u0301 `quote`');
    for (const text of texts) expect([text, direct(text)]).toEqual([text, viaTokens(text)]);
    expect(texts.length).toBeGreaterThan(300);
  });
});
