// Opens a .docx: finds the main document and its related parts through the relationships, as
// Word does, and reads them into a snapshot. Every failure becomes one Dutch sentence.
import type { ReaderWarning } from '../core/reader-warning';
import { strFromU8 } from 'fflate';
import type { CommentSnapshot, DocumentSnapshot } from '../core/snapshot';
import { UnusableDocumentError } from '../core/findings';
import { ANSWERS_NAMESPACE, REVIEW_NAMESPACE, type StorageNamespace } from '../core/storage';
import { BlockReader } from './body';
import { readTheme } from './theme';
import { pageColour, type ThemeColours } from './visible-text';
import { boundValues } from './data-binding';
import { readStories } from './stories';
import { readNumbering } from './numbering';
import { readStyles, readStylesPart, type Styles } from './styles';
import { type Codec, fflateCodec } from './codec';
import { PackageError, unzipPackage } from './zip';
import { child, childrenNamed, MAX_XML_DEPTH, parseXml, prologHasDeclaration, tagBalance, textContent, type XmlDocument, XmlDepthError, type XmlElement, XmlSecurityError } from './xml';

const REL_OFFICE_DOCUMENT = /\/officeDocument$/;
const REL_STYLES = /\/styles$/;
const REL_NUMBERING = /\/numbering$/;
const REL_COMMENTS = /\/comments$/;
/** Parts a reader may see text from, or that say how it is printed (stories.ts). */
const REL_STORIES = /\/(?:header|footer|footnotes|endnotes|settings|aFChunk)$/;
const REL_SETTINGS = /\/settings$/;
const REL_VBA = /\/vbaProject$/;
const REL_THEME = /\/theme$/;

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
  /** The main document's internal relationships, with the package path each leads to. */
  readonly relationships: readonly { readonly id: string; readonly type: string; readonly path: string }[];
  /** An unzipped XML part, parsed on first use and then kept (reading and writing share it). */
  readonly part: (path: string) => XmlDocument | null;
  /** What the package holds that a reader should know of (macros, damaged optional parts). */
  readonly warnings: readonly ReaderWarning[];
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
    throw xmlRefusal(path, error);
  }
}

/** A part that is not well-formed XML (as opposed to one refused as an attack). */
export class DamagedPartError extends PackageError {}

/** Why a part that did not parse makes the document unusable, in one Dutch sentence. */
function xmlRefusal(path: string, error: unknown): PackageError {
  if (error instanceof XmlSecurityError) {
    return new PackageError({ code: 'dtd', part: path });
  }
  if (error instanceof XmlDepthError) {
    return new PackageError({ code: 'too-deep', part: path, limit: MAX_XML_DEPTH });
  }
  return new DamagedPartError({ code: 'bad-xml', part: path });
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
    const related = [target(REL_STYLES), target(REL_NUMBERING), target(REL_COMMENTS), target(REL_THEME), ...storyTargets(rels, mainPath)];
    if (!all) take((name) => related.includes(name));
    const find = (pattern: RegExp): string | null => {
      const path = target(pattern);
      return path !== null && files[path] ? path : null;
    };
    const stylesPath = find(REL_STYLES);
    let styles: Styles | null = null;
    const parts = new Map<string, XmlDocument>([[mainPath, document]]);
    const part = (path: string): XmlDocument | null => {
      const known = parts.get(path);
      if (known || !files[path]) return known ?? null;
      const parsed = parsePart(files, path);
      parts.set(path, parsed);
      return parsed;
    };
    const theme = (): ThemeColours => themeOf(part, find(REL_THEME), find(REL_SETTINGS));
    return {
      files, mainPath, document, stylesPath,
      styles: () => (styles ??= stylesPath ? stylesOf(files, stylesPath, theme()) : readStyles(undefined, theme())),
      numberingPath: find(REL_NUMBERING), commentsPath: find(REL_COMMENTS), codec,
      relationships: rels.filter((r) => !r.external).map((r) => ({ id: r.id, type: r.type, path: resolveTarget(mainPath, r.target) })),
      part,
      warnings: [...macroWarnings(files, rels), ...damageWarnings(files, stylesPath, find(REL_SETTINGS))],
    };
  } catch (error) {
    if (error instanceof PackageError) throw new UnusableDocumentError(error.reason);
    throw error;
  }
}

/** The parts the main document names that hold stories (headers, notes, imported parts) or settings. */
function storyTargets(rels: readonly Relationship[], mainPath: string): string[] {
  return rels.filter((r) => !r.external && REL_STORIES.test(r.type)).map((r) => resolveTarget(mainPath, r.target));
}

/** Macros (a .docm, or a VBA project added to a .docx) never run here, but a reviewer should know they are there. */
function macroWarnings(files: Record<string, Uint8Array>, rels: readonly Relationship[]): ReaderWarning[] {
  const types = files['[Content_Types].xml'];
  const declared = types !== undefined && /macroEnabled|vbaProject/i.test(strFromU8(types));
  const related = rels.some((r) => REL_VBA.test(r.type));
  return declared || related
    ? [{ code: 'macros' }]
    : [];
}

/**
 * Optional parts the reader does not parse whole: the styles (read piecemeal, style by style, so a
 * damaged style the document does not use would otherwise go unnoticed) and the settings (not read
 * at all). Past the depth bound they are refused like every part; damaged, they are named, as Word
 * would ask to repair them.
 */
function damageWarnings(files: Record<string, Uint8Array>, stylesPath: string | null, settingsPath: string | null): ReaderWarning[] {
  const warnings: ReaderWarning[] = [];
  const damaged = (part: string): ReaderWarning => ({ code: 'damaged-part', part });
  if (stylesPath !== null) {
    const balance = tagBalance(files[stylesPath] as Uint8Array);
    if (balance === 'deep') throw xmlRefusal(stylesPath, new XmlDepthError());
    if (balance === 'malformed') warnings.push(damaged(stylesPath));
  }
  if (settingsPath !== null) {
    try {
      parseXml(strFromU8(files[settingsPath] as Uint8Array));
    } catch (error) {
      if (error instanceof XmlSecurityError || error instanceof XmlDepthError) throw xmlRefusal(settingsPath, error);
      warnings.push(damaged(settingsPath));
    }
  }
  return warnings;
}

/**
 * The theme colours (theme.ts). A damaged theme or settings part counts as absent: Office's
 * default theme (a damaged settings part is named among the warnings already).
 */
function themeOf(part: (path: string) => XmlDocument | null, themePath: string | null, settingsPath: string | null): ThemeColours {
  const root = (path: string | null): XmlElement | undefined => {
    if (path === null) return undefined;
    try {
      return part(path)?.root;
    } catch (error) {
      if (error instanceof DamagedPartError) return undefined;
      throw error;
    }
  };
  return readTheme(root(themePath), root(settingsPath));
}

function stylesOf(files: Record<string, Uint8Array>, path: string, theme: ThemeColours): Styles {
  const bytes = files[path] as Uint8Array;
  // The same refusal as for every other part, before the styles are read piecemeal (the depth and
  // damage of the whole part are judged in partWarnings).
  if (prologHasDeclaration(bytes)) parsePart(files, path);
  try {
    return readStylesPart(bytes, theme);
  } catch (error) {
    throw xmlRefusal(path, error);
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
    const reader = new BlockReader(styles, numbering, boundValues(pkg, (reason) => reader.warn(reason)), pageColour(pkg.document.root, styles.theme));
    const body = child(pkg.document.root, 'w:body');
    const blocks = body ? reader.read(body) : [];
    const stories = readStories(pkg, reader, (bytes) => openDocx(bytes, { codec: pkg.codec }));
    return { blocks, stories, comments: readComments(pkg), storedAnswers: readStored(pkg, ANSWERS_NAMESPACE), storedReview: readStored(pkg, REVIEW_NAMESPACE), warnings: [...pkg.warnings, ...reader.warnings] };
  } catch (error) {
    if (error instanceof PackageError) throw new UnusableDocumentError(error.reason);
    throw error;
  }
}

/** Reads a .docx into the core's snapshot. */
export function readDocx(bytes: Uint8Array, codec: Codec = fflateCodec): DocumentSnapshot {
  return snapshotOf(openDocx(bytes, { codec }));
}
