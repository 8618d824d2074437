// Registering a part in a package: a relationship from the part that uses it, and its content
// type, as Word does for every part it adds.
import { strFromU8, strToU8 } from 'fflate';
import { relsPathOf } from './package';
import { el } from './write-runs';
import { childrenNamed, parseXml, serializeXml, type XmlDocument } from './xml';

export const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

function parse(files: Record<string, Uint8Array>, path: string): XmlDocument | null {
  const bytes = files[path];
  return bytes ? parseXml(strFromU8(bytes)) : null;
}

/** Adds a relationship from `fromPath` to `targetPath` (both package paths); returns the paths changed. */
export function relate(files: Record<string, Uint8Array>, fromPath: string, type: string, targetPath: string): string[] {
  const relsPath = relsPathOf(fromPath);
  const rels = parse(files, relsPath) ?? { declaration: DECLARATION, root: el('Relationships', { xmlns: RELATIONSHIPS_NS }) };
  const ids = new Set(childrenNamed(rels.root, 'Relationship').map((r) => r.attributes.Id));
  let k = ids.size + 1;
  while (ids.has(`rId${k}`)) k += 1;
  const depth = fromPath.split('/').length - 1;
  rels.root.children.push(el('Relationship', { Id: `rId${k}`, Type: type, Target: `${'../'.repeat(depth)}${targetPath}` }));
  files[relsPath] = strToU8(serializeXml(rels));
  return [relsPath];
}

/**
 * Declares the content type of a new part: an override, unless `xmlDefault` says an .xml part may
 * go by the package's default for .xml where there is one. Returns the paths changed.
 */
export function declareContentType(files: Record<string, Uint8Array>, partPath: string, contentType: string, xmlDefault = false): string[] {
  const types = parse(files, '[Content_Types].xml');
  if (!types) return [];
  const hasXmlDefault = childrenNamed(types.root, 'Default').some((d) => (d.attributes.Extension ?? '').toLowerCase() === 'xml');
  if (!(xmlDefault && hasXmlDefault)) types.root.children.push(el('Override', { PartName: `/${partPath}`, ContentType: contentType }));
  files['[Content_Types].xml'] = strToU8(serializeXml(types));
  return ['[Content_Types].xml'];
}
