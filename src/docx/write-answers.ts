// store-answers: the answers JSON in a custom XML part (customXml/itemN.xml, its itemPropsN.xml,
// the relationships and the content type), so a later fill or scan can read them back
// (package.ts readStoredAnswers). An answers part that is already there is replaced in place.
import { strFromU8, strToU8 } from 'fflate';
import { ANSWERS_NAMESPACE } from './package';
import { el } from './write-runs';
import { childrenNamed, parseXml, serializeXml, type XmlDocument } from './xml';

const REL_CUSTOM_XML = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
const REL_CUSTOM_XML_PROPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';
const PROPS_TYPE = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

function answersPart(json: string): Uint8Array {
  return strToU8(serializeXml({ declaration: DECLARATION, root: el('answers', { xmlns: ANSWERS_NAMESPACE }, [json]) }));
}

/** A stable GUID for the part: the same document and answers give the same bytes. */
function guidFor(seed: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < seed.length; i += 1) {
    h1 = Math.imul(h1 ^ seed.charCodeAt(i), 16777619) >>> 0;
    h2 = Math.imul(h2 ^ seed.charCodeAt(i), 2246822519) >>> 0;
  }
  const hex = (h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0')).repeat(2).toUpperCase();
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-A${hex.slice(17, 20)}-${hex.slice(20, 32)}}`;
}

function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

function parse(files: Record<string, Uint8Array>, path: string): XmlDocument | null {
  const bytes = files[path];
  return bytes ? parseXml(strFromU8(bytes)) : null;
}

function isAnswersPart(bytes: Uint8Array): boolean {
  const text = strFromU8(bytes);
  if (!text.includes(ANSWERS_NAMESPACE)) return false;
  try {
    return parseXml(text).root.attributes.xmlns === ANSWERS_NAMESPACE;
  } catch {
    return false;
  }
}

/** Writes the answers into the package's files; returns the paths it changed or added. */
export function storeAnswers(files: Record<string, Uint8Array>, mainPath: string, json: string): string[] {
  const existing = Object.keys(files).find((p) => /^customXml\/item\d+\.xml$/.test(p) && isAnswersPart(files[p] as Uint8Array));
  if (existing) {
    files[existing] = answersPart(json);
    return [existing];
  }
  const numbers = Object.keys(files).map((p) => /^customXml\/item(?:Props)?(\d+)\.xml$/.exec(p)?.[1]).filter((n): n is string => n !== undefined).map(Number);
  const n = Math.max(0, ...numbers) + 1;
  const item = `customXml/item${n}.xml`;
  const props = `customXml/itemProps${n}.xml`;
  const itemRels = `customXml/_rels/item${n}.xml.rels`;
  files[item] = answersPart(json);
  files[props] = strToU8(`${DECLARATION}\n<ds:datastoreItem ds:itemID="${guidFor(`${mainPath}|${item}`)}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${ANSWERS_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`);
  files[itemRels] = strToU8(`${DECLARATION}\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_CUSTOM_XML_PROPS}" Target="itemProps${n}.xml"/></Relationships>`);

  // The main document points at the item, as Word links its custom XML parts.
  const mainRelsPath = relsPathOf(mainPath);
  const rels = parse(files, mainRelsPath) ?? { declaration: DECLARATION, root: el('Relationships', { xmlns: 'http://schemas.openxmlformats.org/package/2006/relationships' }) };
  const ids = new Set(childrenNamed(rels.root, 'Relationship').map((r) => r.attributes.Id));
  let k = ids.size + 1;
  while (ids.has(`rId${k}`)) k += 1;
  const depth = mainPath.split('/').length - 1;
  rels.root.children.push(el('Relationship', { Id: `rId${k}`, Type: REL_CUSTOM_XML, Target: `${'../'.repeat(depth)}${item}` }));
  files[mainRelsPath] = strToU8(serializeXml(rels));

  const types = parse(files, '[Content_Types].xml');
  if (types) {
    const hasXmlDefault = childrenNamed(types.root, 'Default').some((d) => (d.attributes.Extension ?? '').toLowerCase() === 'xml');
    if (!hasXmlDefault) types.root.children.push(el('Override', { PartName: `/${item}`, ContentType: 'application/xml' }));
    types.root.children.push(el('Override', { PartName: `/${props}`, ContentType: PROPS_TYPE }));
    files['[Content_Types].xml'] = strToU8(serializeXml(types));
  }
  return [item, props, itemRels, mainRelsPath, '[Content_Types].xml'];
}
