// Adds stories to a Word-made package as Word writes them: a part, its relationship from the
// document, its content type override, and the references in document.xml.
import { readFileSync } from 'fs';
import { join } from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { EXTERNAL_FIXTURES } from '../helpers/paths';

export const WORD_TEMPLATE = (): Uint8Array => new Uint8Array(readFileSync(join(EXTERNAL_FIXTURES, 'base', 'template-word.docx')));

export const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
  + ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
  + ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
  + ' xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.';

export interface AddedPart {
  readonly path: string;
  readonly bytes: string | Uint8Array;
  /** Relationship type after …/relationships/ ("header", "footnotes", "aFChunk") and its id. */
  readonly rel: string;
  readonly id: string;
  readonly contentType: string;
}

export const headerPart = (n: number, kind: 'header' | 'footer', inner: string): AddedPart => ({
  path: `word/${kind}${n}.xml`, rel: kind, id: `rIdS${kind}${n}`, contentType: `${CT}${kind}+xml`,
  bytes: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:${kind === 'header' ? 'hdr' : 'ftr'} ${NS}>${inner}</w:${kind === 'header' ? 'hdr' : 'ftr'}>`,
});

/** Word's notes part: the separator (-1) and continuation separator (0) first, then the notes. */
export const notesPart = (kind: 'footnote' | 'endnote', notes: Record<string, string>): AddedPart => {
  const sep = `<w:${kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:${kind}><w:${kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:${kind}>`;
  const body = Object.entries(notes).map(([id, text]) => `<w:${kind} w:id="${id}"><w:p><w:pPr><w:pStyle w:val="${kind === 'footnote' ? 'FootnoteText' : 'EndnoteText'}"/></w:pPr><w:r><w:rPr><w:rStyle w:val="${kind === 'footnote' ? 'FootnoteReference' : 'EndnoteReference'}"/></w:rPr><w:${kind}Ref/></w:r><w:r><w:t xml:space="preserve"> ${text}</w:t></w:r></w:p></w:${kind}>`).join('');
  return { path: `word/${kind}s.xml`, rel: `${kind}s`, id: `rIdS${kind}s`, contentType: `${CT}${kind}s+xml`, bytes: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:${kind}s ${NS}>${sep}${body}</w:${kind}s>` };
};

export const p = (text: string, pPr = ''): string => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A floating text box as Word 2010+ writes it: DrawingML in mc:Choice, the same text as VML in mc:Fallback. */
export const wordTextBox = (text: string): string => `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="2360930" cy="1404620"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="217" name="Tekstvak 2"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2360930" cy="1404620"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>${p(text)}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="Tekstvak 2" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:185.9pt;height:110.6pt;z-index:251659264"><v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>${p(text)}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;

/** A text box as older producers write it: VML only. */
export const vmlTextBox = (text: string): string => `<w:r><w:pict><v:shape id="_x0000_s1027" type="#_x0000_t202" style="position:absolute;width:180pt;height:40pt"><v:textbox><w:txbxContent>${p(text)}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;

/** Inserts `xml` right after the run whose text starts with `runText` (first match). */
export function afterRun(document: string, runText: string, xml: string): string {
  const at = document.indexOf(`<w:t>${runText}`);
  if (at < 0) throw new Error(`no run ${runText}`);
  const end = document.indexOf('</w:r>', at) + '</w:r>'.length;
  return document.slice(0, end) + xml + document.slice(end);
}

/** Inserts `xml` into the body's last w:sectPr, right after its start tag. */
export function inFinalSection(document: string, xml: string): string {
  const at = document.lastIndexOf('<w:sectPr');
  const end = document.indexOf('>', at) + 1;
  return document.slice(0, end) + xml + document.slice(end);
}

/** The package with document.xml (and settings.xml) rewritten and the parts added. */
export function craft(base: Uint8Array, edit: (document: string) => string, parts: readonly AddedPart[] = [], settings?: (xml: string) => string): Uint8Array {
  const files: Record<string, Uint8Array> = unzipSync(base);
  const text = (path: string): string => strFromU8(files[path] as Uint8Array);
  files['word/document.xml'] = strToU8(edit(text('word/document.xml')));
  if (settings) files['word/settings.xml'] = strToU8(settings(text('word/settings.xml')));
  const rels = parts.map((part) => `<Relationship Id="${part.id}" Type="${REL}${part.rel}" Target="${part.path.replace(/^word\//, '')}"/>`).join('');
  files['word/_rels/document.xml.rels'] = strToU8(text('word/_rels/document.xml.rels').replace('</Relationships>', `${rels}</Relationships>`));
  const overrides = parts.map((part) => `<Override PartName="/${part.path}" ContentType="${part.contentType}"/>`).join('');
  files['[Content_Types].xml'] = strToU8(text('[Content_Types].xml').replace('</Types>', `${overrides}</Types>`));
  for (const part of parts) files[part.path] = typeof part.bytes === 'string' ? strToU8(part.bytes) : part.bytes;
  return zipSync(files);
}
