// store-answers and store-review: the add-in's JSON in a custom XML part (customXml/itemN.xml, its
// itemPropsN.xml, the relationships and the content types; see core/storage.ts), so a later fill,
// scan or review reads it back (package.ts readStored). A part of the kind that is already there is
// replaced in place.
import { strFromU8, strToU8 } from 'fflate';
import { STORAGE_ROOT, type StorageNamespace } from '../core/storage';
import { DECLARATION, declareContentType, relate } from './write-relations';
import { el } from './write-runs';
import { parseXml, serializeXml } from './xml';

const REL_CUSTOM_XML = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
const REL_CUSTOM_XML_PROPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';
const PROPS_TYPE = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';

function storedPart(namespace: StorageNamespace, json: string): Uint8Array {
  return strToU8(serializeXml({ declaration: DECLARATION, root: el(STORAGE_ROOT[namespace], { xmlns: namespace }, [json]) }));
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

function isPartOf(bytes: Uint8Array, namespace: StorageNamespace): boolean {
  const text = strFromU8(bytes);
  if (!text.includes(namespace)) return false;
  try {
    return parseXml(text).root.attributes.xmlns === namespace;
  } catch {
    return false;
  }
}

/** Writes the JSON into the package's files; returns the paths it changed or added. */
export function storeJson(files: Record<string, Uint8Array>, mainPath: string, namespace: StorageNamespace, json: string): string[] {
  const existing = Object.keys(files).find((p) => /^customXml\/item\d+\.xml$/.test(p) && isPartOf(files[p] as Uint8Array, namespace));
  if (existing) {
    files[existing] = storedPart(namespace, json);
    return [existing];
  }
  const numbers = Object.keys(files).map((p) => /^customXml\/item(?:Props)?(\d+)\.xml$/.exec(p)?.[1]).filter((n): n is string => n !== undefined).map(Number);
  const n = Math.max(0, ...numbers) + 1;
  const item = `customXml/item${n}.xml`;
  const props = `customXml/itemProps${n}.xml`;
  const itemRels = `customXml/_rels/item${n}.xml.rels`;
  files[item] = storedPart(namespace, json);
  files[props] = strToU8(`${DECLARATION}\n<ds:datastoreItem ds:itemID="${guidFor(`${mainPath}|${item}`)}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${namespace}"/></ds:schemaRefs></ds:datastoreItem>`);
  files[itemRels] = strToU8(`${DECLARATION}\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_CUSTOM_XML_PROPS}" Target="itemProps${n}.xml"/></Relationships>`);
  // The main document points at the item, as Word links its custom XML parts.
  return [
    item, props, itemRels,
    ...relate(files, mainPath, REL_CUSTOM_XML, item),
    ...declareContentType(files, item, 'application/xml', true),
    ...declareContentType(files, props, PROPS_TYPE),
  ];
}
