// Every story of a .docx besides the body, read into the snapshot: headers and footers, notes,
// text boxes and imported parts, in the order story-order.ts gives (the writer's order too).
import type { StorySnapshot } from '../core/snapshot';
import type { BlockReader } from './body';
import { htmlParagraphs, type ImportedPiece, plainTextParagraphs, rtfParagraphs } from './imported';
import { readNumbering } from './numbering';
import { DamagedPartError, type DocxPackage } from './package';
import { storyOrder, type StoryInputs, type StoryOrder, type StoryPart } from './story-order';
import { child, childrenNamed, isOn } from './xml';

/** The content type [Content_Types].xml gives a part: its override, else the default for its extension. */
function contentTypeOf(pkg: DocxPackage, path: string): string {
  const types = pkg.part('[Content_Types].xml');
  if (!types) return '';
  const override = childrenNamed(types.root, 'Override').find((o) => (o.attributes.PartName ?? '').replace(/^\//, '').toLowerCase() === path.toLowerCase());
  if (override) return override.attributes.ContentType ?? '';
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  return childrenNamed(types.root, 'Default').find((d) => (d.attributes.Extension ?? '').toLowerCase() === extension)?.attributes.ContentType ?? '';
}

const REL_FOOTNOTES = /\/footnotes$/;
const REL_ENDNOTES = /\/endnotes$/;
const REL_SETTINGS = /\/settings$/;
/** A damaged settings part is named among the package's warnings (package.ts); its options then count as unset. */
function settingsOf(read: () => StoryPart | null): StoryPart | null {
  try {
    return read();
  } catch (error) {
    if (error instanceof DamagedPartError) return null;
    throw error;
  }
}

/** What story-order.ts needs, from an opened package. */
export function storyInputs(pkg: DocxPackage): StoryInputs {
  const parsed = (path: string): StoryPart | null => {
    const doc = pkg.part(path);
    return doc ? { path, root: doc.root } : null;
  };
  const byType = (pattern: RegExp): StoryPart | null => {
    const rel = pkg.relationships.find((r) => pattern.test(r.type));
    return rel ? parsed(rel.path) : null;
  };
  const settings = settingsOf(() => byType(REL_SETTINGS));
  return {
    mainPath: pkg.mainPath,
    document: pkg.document.root,
    related(id) {
      const rel = pkg.relationships.find((r) => r.id === id);
      if (!rel) return null;
      return pkg.files[rel.path] ? { path: rel.path, contentType: contentTypeOf(pkg, rel.path) } : null;
    },
    parsed,
    footnotes: byType(REL_FOOTNOTES),
    endnotes: byType(REL_ENDNOTES),
    evenAndOddHeaders: (settings && isOn(child(settings.root, 'w:evenAndOddHeaders'))) ?? false,
  };
}

/** The stories of a package, in the shared order. */
export function storiesOf(pkg: DocxPackage): StoryOrder {
  return storyOrder(storyInputs(pkg));
}

/** How a nested .docx is opened (package.ts's openDocx), kept out of this module's imports. */
export type OpenNested = (bytes: Uint8Array) => DocxPackage;

/**
 * Reads every story with the reader that read the body, so their paragraphs are numbered on. An
 * imported .docx is read one level deep: its body, not its own stories or imported parts.
 */
export function readStories(pkg: DocxPackage, reader: BlockReader, open: OpenNested): StorySnapshot[] {
  const order = storiesOf(pkg);
  for (const warning of order.warnings) reader.warn(warning);
  return order.stories.map((source) => {
    const { placement, anchorParagraphIndex, content } = source;
    const blocks = content.kind === 'blocks'
      ? reader.read(content.container)
      : readImported(pkg, content.part, placement.story === 'embedded' ? placement.contentType : '', reader, open);
    return { placement, anchorParagraphIndex, blocks };
  });
}

function readImported(pkg: DocxPackage, path: string, contentType: string, reader: BlockReader, open: OpenNested): StorySnapshot['blocks'] {
  const bytes = pkg.files[path] as Uint8Array;
  const type = contentType.toLowerCase();
  const paragraphs = (texts: readonly (string | readonly ImportedPiece[])[]): StorySnapshot['blocks'] => texts.map((t) => reader.plainParagraph(t));
  if (type.includes('html')) return paragraphs(htmlParagraphs(bytes));
  if (type === 'text/plain') return paragraphs(plainTextParagraphs(bytes));
  if (type.includes('rtf')) return paragraphs(rtfParagraphs(bytes));
  if (type.includes('wordprocessingml')) {
    // A whole .docx (a zip), or only its main part as XML.
    if (bytes[0] === 0x50 && bytes[1] === 0x4b) return readNestedPackage(open(bytes), reader);
    const doc = pkg.part(path);
    const body = doc && child(doc.root, 'w:body');
    return body ? reader.read(body) : [];
  }
  reader.warn({ code: 'embedded-unreadable', contentType });
  return [];
}

function readNestedPackage(nested: DocxPackage, reader: BlockReader): StorySnapshot['blocks'] {
  const body = child(nested.document.root, 'w:body');
  if (!body) return [];
  const numberingPart = nested.numberingPath ? nested.part(nested.numberingPath) : null;
  const blocks = reader.read(body, { styles: nested.styles(), numbering: readNumbering(numberingPart?.root) });
  if (storiesOf(nested).stories.length > 0) reader.warn({ code: 'embedded-nested-stories' });
  return blocks;
}
