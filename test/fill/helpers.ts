// Documents for the fill tests: the producers' base documents, and our own: one rewritten the way
// Word splits runs (bookmarks, proofing marks, a run per few letters), and one made from nothing by
// inserting the whole agreement into an empty package.
import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { blocksForWholeAgreement } from '../../src/core/generate';
import { applyPlanToDocx } from '../../src/docx/apply-plan';
import { EXTERNAL_FIXTURES } from '../helpers/paths';
import { STD } from '../helpers/standard';

export const FIXTURES = EXTERNAL_FIXTURES;
export const BASES = ['template-word.docx', 'template-lo.docx', 'template-pandoc.docx'] as const;

export function readFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name.includes('/') ? name : `base/${name}`)));
}

export function unzipParts(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

/** Every w:t split into runs of at most three characters, with Word's bookmarks and proofing marks between. */
export function wordStyleSplit(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  const xml = strFromU8(parts['word/document.xml'] as Uint8Array);
  let mark = 0;
  const split = xml.replace(/<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>|<w:rPr\/>)?<w:t(?: xml:space="preserve")?>([^<]*)<\/w:t><\/w:r>/g, (_m, rPr: string | undefined, text: string) => {
    // Characters of the escaped text, an entity ("&lt;") counting as one.
    const chars = text.match(/&[^;]+;|[\s\S]/gu) ?? [];
    const runs: string[] = [];
    for (let i = 0; i < chars.length; i += 3) {
      const piece = chars.slice(i, i + 3).join('');
      runs.push(`<w:r w:rsidR="00AB12${(i % 97).toString().padStart(2, '0')}">${rPr ?? ''}<w:t xml:space="preserve">${piece}</w:t></w:r>`);
      if (i % 9 === 3) runs.push(`<w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="${900 + mark}" w:name="_Hlk${mark}"/><w:bookmarkEnd w:id="${900 + mark}"/>`);
      mark += 1;
    }
    return runs.join('');
  });
  parts['word/document.xml'] = strToU8(split);
  return zipSync(parts);
}

/** A package with an empty body, Word's built-in heading and list styles, nothing else. */
export function emptyDocx(): Uint8Array {
  const style = (id: string, name: string, extra = ''): string => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/>${extra}</w:style>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/_rels/document.xml.rels': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'),
    'word/styles.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${style('Normal', 'Normal').replace('<w:style ', '<w:style w:default="1" ')}${[1, 2, 3, 4].map((n) => style(`Heading${n}`, `heading ${n}`, `<w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="${n - 1}"/></w:pPr><w:rPr><w:b/><w:sz w:val="${36 - 4 * n}"/></w:rPr>`)).join('')}${style('Title', 'Title', '<w:rPr><w:sz w:val="40"/></w:rPr>')}${style('ListBullet', 'List Bullet', '<w:pPr><w:ind w:left="360"/></w:pPr>')}${style('ListBullet2', 'List Bullet 2', '<w:pPr><w:ind w:left="720"/></w:pPr>')}${style('ListBullet3', 'List Bullet 3', '<w:pPr><w:ind w:left="1080"/></w:pPr>')}<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style></w:styles>`),
    'word/document.xml': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>'),
  };
  return zipSync(files);
}

/** The whole agreement generated into an empty document: our own producer of the unfilled standard. */
export function generatedAgreement(): Uint8Array {
  return applyPlanToDocx(emptyDocx(), { edits: [{ op: 'insert-blocks', after: 'end', blocks: blocksForWholeAgreement(STD) }], summary: [] });
}

export function hasLibreOffice(): string | null {
  for (const cmd of ['libreoffice', 'soffice']) {
    try {
      execFileSync('which', [cmd], { stdio: 'ignore' });
      return cmd;
    } catch {
      // not on the PATH
    }
  }
  return null;
}

/**
 * Word's own template as many municipal templates set it up: Heading 1–3 carry outline numbering
 * ("Artikel 1", "1.1", "1.1.1") in their styles. The agreement's headings type their numbers, so
 * each has the numbering switched off (w:numId 0), as Word writes when the number is removed.
 */
export function numberedHeadingStyles(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  const numbering = strFromU8(parts['word/numbering.xml'] as Uint8Array);
  const level = (ilvl: number, text: string): string =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading${ilvl + 1}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/></w:lvl>`;
  const abstract = `<w:abstractNum w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>${level(0, 'Artikel %1')}${level(1, '%1.%2')}${level(2, '%1.%2.%3')}</w:abstractNum>`;
  // abstractNum elements come before every w:num in the part.
  parts['word/numbering.xml'] = strToU8(numbering.replace('<w:num ', `${abstract}<w:num `).replace('</w:numbering>', '<w:num w:numId="90"><w:abstractNumId w:val="90"/></w:num></w:numbering>'));
  const styles = strFromU8(parts['word/styles.xml'] as Uint8Array);
  parts['word/styles.xml'] = strToU8(styles.replace(/(<w:style w:type="paragraph" w:styleId="Heading([123])">(?:(?!<\/w:style>).)*?<w:pPr><w:keepNext\/><w:keepLines\/>)/g,
    (_m, head: string, n: string) => `${head}<w:numPr><w:ilvl w:val="${Number(n) - 1}"/><w:numId w:val="90"/></w:numPr>`));
  const xml = strFromU8(parts['word/document.xml'] as Uint8Array);
  parts['word/document.xml'] = strToU8(xml.replace(/<w:pStyle w:val="Heading[123]"\/>/g, (m) => `${m}<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>`));
  return zipSync(parts);
}
