// Opens a .docx: finds the main document and its related parts through the relationships, as
// Word does, and reads them into a snapshot. Every failure becomes one Dutch sentence.
import { strFromU8 } from 'fflate';
import type { CommentSnapshot, DocumentSnapshot } from '../core/snapshot';
import { UnusableDocumentError } from '../core/findings';
import { ANSWERS_NAMESPACE, REVIEW_NAMESPACE, type StorageNamespace } from '../core/storage';
import { readBody } from './body';
import { readNumbering } from './numbering';
import { readStyles, readStylesPart, type Styles } from './styles';
import { type Codec, fflateCodec } from './codec';
import { PackageError, unzipPackage } from './zip';
import { childrenNamed, parseXml, prologHasDeclaration, textContent, type XmlDocument, XmlSecurityError } from './xml';

const REL_OFFICE_DOCUMENT = /\/officeDocument$/;
const REL_STYLES = /\/styles$/;
const REL_NUMBERING = /\/numbering$/;
const REL_COMMENTS = /\/comments$/;

export interface DocxPackage {
  /** Every part that was unzipped, as bytes, by path. */
  readonly files: Record<string, Uint8Array>;
  readonly mainPath: string;
  readonly document: XmlDocument;
  readonly stylesPath: string | null;
  /** The document's styles, read on first use and then kept (reading and writing share them). */
  readonly styles: () => Styles;
  readonly numberingPath: string | null;
  readonly commentsPath: string | null;
  /** How this package was unzipped, and how its changed parts are zipped again. */
  readonly codec: Codec;
}

interface Relationship { readonly id: string; readonly type: string; readonly target: string; readonly external: boolean }

/** Where a part's relationships are: word/document.xml → word/_rels/document.xml.rels. */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const base = fromPart.slice(0, fromPart.lastIndexOf('/') + 1).split('/').filter(Boolean);
  for (const piece of target.split('/')) {
    if (piece === '..') base.pop();
    else if (piece !== '.' && piece !== '') base.push(piece);
  }
  return base.join('/');
}

function parsePart(files: Record<string, Uint8Array>, path: string): XmlDocument {
  const bytes = files[path];
  if (!bytes) throw new PackageError({ code: 'part-missing', part: path });
  try {
    return parseXml(strFromU8(bytes));
  } catch (error) {
    if (error instanceof XmlSecurityError) {
      throw new PackageError({ code: 'dtd', part: path });
    }
    throw new PackageError({ code: 'bad-xml', part: path });
  }
}

function readRelationships(files: Record<string, Uint8Array>, partPath: string): Relationship[] {
  const relsPath = partPath === '' ? '_rels/.rels' : relsPathOf(partPath);
  if (!files[relsPath]) return [];
  const doc = parsePart(files, relsPath);
  return childrenNamed(doc.root, 'Relationship').map((r) => ({
    id: r.attributes.Id ?? '',
    type: r.attributes.Type ?? '',
    target: r.attributes.Target ?? '',
    external: r.attributes.TargetMode === 'External',
  }));
}

/** Small parts every reading starts from: relationships, content types, custom XML (stored answers). */
function isPackageFrame(name: string): boolean {
  return name.endsWith('.rels') || name === '[Content_Types].xml' || name.startsWith('customXml/');
}

/** Opens a .docx package. Throws UnusableDocumentError with a one-line Dutch reason. */
export function openDocx(bytes: Uint8Array, options: { allParts?: boolean; codec?: Codec } = {}): DocxPackage {
  const codec = options.codec ?? fflateCodec;
  try {
    // Inflate only what the relationships lead to (the main document and the parts it names);
    // a package's other parts (settings, fonts, themes, images) are never unzipped for reading.
    const all = options.allParts === true;
    const files: Record<string, Uint8Array> = {};
    const take = (wanted: (name: string) => boolean): void => {
      Object.assign(files, unzipPackage(bytes, (name) => !(name in files) && (all || wanted(name)), codec));
    };
    take(isPackageFrame);
    const main = readRelationships(files, '').find((r) => REL_OFFICE_DOCUMENT.test(r.type) && !r.external);
    const mainPath = main ? resolveTarget('', main.target) : 'word/document.xml';
    if (!all) take((name) => name === mainPath);
    if (!files[mainPath]) throw new PackageError({ code: 'no-main-document' });
    const document = parsePart(files, mainPath);
    if (document.root.name !== 'w:document') throw new PackageError({ code: 'not-wordprocessingml' });
    const rels = readRelationships(files, mainPath);
    const target = (pattern: RegExp): string | null => {
      const rel = rels.find((r) => pattern.test(r.type) && !r.external);
      return rel ? resolveTarget(mainPath, rel.target) : null;
    };
    const related = [target(REL_STYLES), target(REL_NUMBERING), target(REL_COMMENTS)];
    if (!all) take((name) => related.includes(name));
    const find = (pattern: RegExp): string | null => {
      const path = target(pattern);
      return path !== null && files[path] ? path : null;
    };
    const stylesPath = find(REL_STYLES);
    let styles: Styles | null = null;
    return {
      files, mainPath, document, stylesPath,
      styles: () => (styles ??= stylesPath ? stylesOf(files, stylesPath) : readStyles(undefined)),
      numberingPath: find(REL_NUMBERING), commentsPath: find(REL_COMMENTS), codec,
    };
  } catch (error) {
    if (error instanceof PackageError) throw new UnusableDocumentError(error.reason);
    throw error;
  }
}

function stylesOf(files: Record<string, Uint8Array>, path: string): Styles {
  const bytes = files[path] as Uint8Array;
  // The same refusal as for every other part, before the styles are read piecemeal.
  if (prologHasDeclaration(bytes)) parsePart(files, path);
  try {
    return readStylesPart(bytes);
  } catch (error) {
    if (error instanceof XmlSecurityError) throw new PackageError({ code: 'dtd', part: path });
    throw new PackageError({ code: 'bad-xml', part: path });
  }
}

function readComments(pkg: DocxPackage): CommentSnapshot[] {
  if (pkg.commentsPath === null) return [];
  const doc = parsePart(pkg.files, pkg.commentsPath);
  return childrenNamed(doc.root, 'w:comment').map((c) => ({
    id: c.attributes['w:id'] ?? '',
    author: c.attributes['w:author'] ?? '',
    text: textContent(c).trim(),
  }));
}

/** The JSON kept in the add-in's custom XML part of this kind (core/storage.ts), or null. */
function readStored(pkg: DocxPackage, namespace: StorageNamespace): string | null {
  for (const [path, bytes] of Object.entries(pkg.files)) {
    if (!/^customXml\/item\d+\.xml$/.test(path)) continue;
    const text = strFromU8(bytes);
    if (!text.includes(namespace)) continue;
    const doc = parsePart(pkg.files, path);
    if (doc.root.attributes.xmlns === namespace) return textContent(doc.root);
  }
  return null;
}

export function snapshotOf(pkg: DocxPackage): DocumentSnapshot {
  try {
    const styles = pkg.styles();
    const numbering = readNumbering(pkg.numberingPath ? parsePart(pkg.files, pkg.numberingPath).root : undefined);
    const body = readBody(pkg.document.root, styles, numbering);
    return { blocks: body.blocks, stories: [], comments: readComments(pkg), storedAnswers: readStored(pkg, ANSWERS_NAMESPACE), storedReview: readStored(pkg, REVIEW_NAMESPACE), warnings: body.warnings };
  } catch (error) {
    if (error instanceof PackageError) throw new UnusableDocumentError(error.reason);
    throw error;
  }
}

/** Reads a .docx into the core's snapshot. */
export function readDocx(bytes: Uint8Array, codec: Codec = fflateCodec): DocumentSnapshot {
  return snapshotOf(openDocx(bytes, { codec }));
}
