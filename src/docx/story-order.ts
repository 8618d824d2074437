// Which stories besides the body a .docx has, and in what order: headers and footers, footnotes,
// endnotes, text boxes, then parts Word imports (altChunk). The reader numbers story paragraphs
// after the body's in this order and the writer finds them again with it; both walk each story's
// blocks with walk.ts, so one paragraph index means the same paragraph to both.
import { type ReaderWarning, ReaderWarnings } from '../core/reader-warning';
import type { PageKind, StoryPlacement } from '../core/snapshot';
import { walkBlocks, walkBody, type BodyVisitor } from './walk';
import { child, childrenNamed, isOn, type XmlElement } from './xml';

/** A parsed part of the package. */
export interface StoryPart {
  readonly path: string;
  readonly root: XmlElement;
}

/** What the order needs from a package (package.ts gives it). */
export interface StoryInputs {
  readonly mainPath: string;
  readonly document: XmlElement;
  /** The internal part a relationship of the main document names, with its content type; null when absent. */
  related(relationshipId: string): { readonly path: string; readonly contentType: string } | null;
  /** A related XML part, parsed (once); null when the package lacks it. */
  parsed(path: string): StoryPart | null;
  readonly footnotes: StoryPart | null;
  readonly endnotes: StoryPart | null;
  /** word/settings.xml has w:evenAndOddHeaders: even pages print the even header and footer. */
  readonly evenAndOddHeaders: boolean;
}

export type StoryContent =
  /** Blocks in an XML part (a header, a note, the document part for a text box). */
  | { readonly kind: 'blocks'; readonly part: string; readonly container: XmlElement }
  /** A part Word imports (HTML, RTF, text, a .docx): read by the reader, never written. */
  | { readonly kind: 'embedded'; readonly part: string };

export interface StorySource {
  readonly placement: StoryPlacement;
  readonly anchorParagraphIndex: number | null;
  readonly content: StoryContent;
}

export interface StoryOrder {
  readonly bodyParagraphs: number;
  readonly stories: readonly StorySource[];
  readonly warnings: readonly ReaderWarning[];
}

const PAGE_KINDS: readonly PageKind[] = ['default', 'first', 'even'];
const NOTE_TYPES_NOT_PRINTED = new Set(['separator', 'continuationSeparator', 'continuationNotice']);
/** Namespaces of mc:Choice branches that Word (2010 and later) renders. */
const UNDERSTOOD = new Set(['wps', 'wpg', 'wpc', 'wpi', 'wp14', 'w14', 'w15', 'w16', 'w16se', 'w16cid', 'w16cex', 'w16sdtdh', 'a14', 'v', 'o', 'w10', 'm', 'mc', 'cx', 'cx1', 'cx2', 'aink', 'am3d']);

/**
 * The branch of an mc:AlternateContent that Word shows: the first mc:Choice whose required
 * namespaces it understands, else mc:Fallback. A text box written both as DrawingML (Choice) and
 * as VML (Fallback) is thereby counted once.
 */
export function choiceOrFallback(alternate: XmlElement): XmlElement | undefined {
  for (const c of alternate.children) {
    if (typeof c === 'string' || c.name !== 'mc:Choice') continue;
    const requires = (c.attributes.Requires ?? '').split(/\s+/).filter(Boolean);
    if (requires.every((prefix) => UNDERSTOOD.has(prefix))) return c;
  }
  return child(alternate, 'mc:Fallback');
}

/** Elements that never hold a text box or a note reference: not looked into. */
const NO_STORIES = new Set(['w:pPr', 'w:rPr', 'w:t', 'w:delText', 'w:instrText', 'w:delInstrText', 'w:fldChar', 'w:tab', 'w:br', 'w:sdtPr', 'w:sdtEndPr', 'w:proofErr', 'w:bookmarkStart', 'w:bookmarkEnd']);

interface Found {
  readonly footnotes: Map<string, number | null>;
  readonly endnotes: Map<string, number | null>;
  readonly textBoxes: { readonly part: string; readonly container: XmlElement; readonly anchor: number | null }[];
  readonly warnings: ReaderWarnings;
}

/**
 * Note references and text boxes inside one paragraph (or note), in document order. Text boxes
 * nested in text boxes are found here too, so each text box is one story; their paragraphs are not
 * scanned again.
 */
function scan(element: XmlElement, part: string, anchor: number | null, found: Found): void {
  for (const c of element.children) {
    if (typeof c === 'string' || NO_STORIES.has(c.name)) continue;
    switch (c.name) {
      case 'mc:AlternateContent': {
        const shown = choiceOrFallback(c);
        if (shown) scan(shown, part, anchor, found);
        break;
      }
      case 'w:txbxContent':
        found.textBoxes.push({ part, container: c, anchor });
        scan(c, part, anchor, found);
        break;
      case 'w:footnoteReference':
      case 'w:endnoteReference': {
        const id = c.attributes['w:id'];
        const notes = c.name === 'w:footnoteReference' ? found.footnotes : found.endnotes;
        if (id !== undefined && !notes.has(id)) notes.set(id, anchor);
        break;
      }
      case 'w:del':
      case 'w:moveFrom':
        // A note or text box in a tracked deletion goes with it: what the reader is shown as
        // deleted is not part of the text, as in the body.
        break;
      case 'v:textpath':
        if ((c.attributes.string ?? '').trim() !== '') found.warnings.add({ code: 'wordart' });
        break;
      default:
        scan(c, part, anchor, found);
    }
  }
}

const IGNORE: Omit<BodyVisitor, 'paragraph'> = {
  tableStart: () => undefined, tableEnd: () => undefined, rowStart: () => undefined, rowEnd: () => undefined,
  cellStart: () => undefined, cellEnd: () => undefined, skipped: () => undefined,
};

/** Every paragraph of a story, scanned for what it holds. */
function scanBlocks(container: XmlElement, part: string, anchor: number | null, found: Found): void {
  walkBlocks(container, { ...IGNORE, paragraph: (p) => scan(p, part, anchor, found) });
}

interface HeaderStory {
  readonly story: 'header' | 'footer';
  readonly pages: PageKind;
  readonly sections: number[];
  readonly part: StoryPart;
}

/**
 * Headers and footers each section prints, each part once, by first use (section, then header
 * default/first/even, then footer default/first/even). ECMA-376 §17.10.5: a section without a
 * reference of a type inherits the previous section's. A first-page reference prints only where
 * the section has w:titlePg, an even one only with w:evenAndOddHeaders. A part printed nowhere is
 * not read: Word shows it only once someone ticks "Andere eerste pagina" or "Even en oneven
 * verschillend", and then the reader sees it; it is named in a warning when it holds text.
 * A part used in several ways is one story: `pages` is the kind of its first use.
 */
function headersAndFooters(sections: readonly XmlElement[], input: StoryInputs, warnings: ReaderWarnings): HeaderStory[] {
  const byPath = new Map<string, HeaderStory>();
  const unprinted = new Map<string, StoryPart>();
  const inherited: Record<'header' | 'footer', Partial<Record<PageKind, string>>> = { header: {}, footer: {} };
  sections.forEach((sectPr, section) => {
    const titlePage = isOn(child(sectPr, 'w:titlePg')) ?? false;
    for (const story of ['header', 'footer'] as const) {
      for (const pages of PAGE_KINDS) {
        const ref = childrenNamed(sectPr, `w:${story}Reference`).find((r) => (r.attributes['w:type'] ?? 'default') === pages);
        const id = ref?.attributes['r:id'];
        if (id !== undefined) inherited[story][pages] = id;
        const current = inherited[story][pages];
        const target = current === undefined ? null : input.related(current);
        const part = target ? input.parsed(target.path) : null;
        if (!part) continue;
        const printed = pages === 'default' || (pages === 'first' ? titlePage : input.evenAndOddHeaders);
        if (!printed) {
          unprinted.set(part.path, part);
          continue;
        }
        const known = byPath.get(part.path);
        if (!known) byPath.set(part.path, { story, pages, sections: [section], part });
        else if (known.sections[known.sections.length - 1] !== section) known.sections.push(section);
      }
    }
  });
  for (const [path, part] of unprinted) {
    if (!byPath.has(path) && /\S/.test(textOf(part.root))) {
      warnings.add({ code: 'unprinted-header-footer' });
    }
  }
  return [...byPath.values()];
}

function textOf(element: XmlElement): string {
  let text = '';
  for (const c of element.children) {
    if (typeof c === 'string') continue;
    text += c.name === 'w:t' ? c.children.filter((x): x is string => typeof x === 'string').join('') : textOf(c);
  }
  return text;
}

function notesOf(kind: 'footnote' | 'endnote', part: StoryPart | null, wanted: ReadonlyMap<string, number | null>): { note: XmlElement; id: string; anchor: number | null }[] {
  if (!part) return [];
  const byId = new Map<string, XmlElement>();
  for (const note of childrenNamed(part.root, `w:${kind}`)) {
    const id = note.attributes['w:id'];
    if (id !== undefined && !byId.has(id) && !NOTE_TYPES_NOT_PRINTED.has(note.attributes['w:type'] ?? 'normal')) byId.set(id, note);
  }
  // Only referenced notes are printed; in the order of their first reference.
  const out: { note: XmlElement; id: string; anchor: number | null }[] = [];
  for (const [id, anchor] of wanted) {
    const note = byId.get(id);
    if (note) out.push({ note, id, anchor });
  }
  return out;
}

/** The stories of a document, in the order both the reader and the writer number them. */
export function storyOrder(input: StoryInputs): StoryOrder {
  const found: Found = { footnotes: new Map(), endnotes: new Map(), textBoxes: [], warnings: new ReaderWarnings() };
  const sections: XmlElement[] = [];
  const altChunks: { readonly id: string; readonly anchor: number | null }[] = [];
  let count = 0;
  walkBody(input.document, {
    ...IGNORE,
    paragraph(p) {
      scan(p, input.mainPath, count, found);
      const sectPr = child(p, 'w:pPr') && child(child(p, 'w:pPr') as XmlElement, 'w:sectPr');
      if (sectPr) sections.push(sectPr);
      count += 1;
    },
    altChunk(element) {
      const id = element.attributes['r:id'];
      if (id !== undefined) altChunks.push({ id, anchor: count > 0 ? count - 1 : null });
    },
  });
  const body = child(input.document, 'w:body');
  // The last section's properties stand at the end of the body; without them it has none of its own.
  sections.push((body && child(body, 'w:sectPr')) ?? { name: 'w:sectPr', attributes: {}, children: [] });

  const stories: StorySource[] = [];
  const blocks = (part: string, container: XmlElement): StoryContent => ({ kind: 'blocks', part, container });
  for (const h of headersAndFooters(sections, input, found.warnings)) {
    scanBlocks(h.part.root, h.part.path, null, found);
    stories.push({ placement: { story: h.story, sections: h.sections, pages: h.pages }, anchorParagraphIndex: null, content: blocks(h.part.path, h.part.root) });
  }
  // A note referred to only from another note is not read: Word does not make such references.
  for (const kind of ['footnote', 'endnote'] as const) {
    const part = kind === 'footnote' ? input.footnotes : input.endnotes;
    for (const { note, id, anchor } of notesOf(kind, part, kind === 'footnote' ? found.footnotes : found.endnotes)) {
      scanBlocks(note, (part as StoryPart).path, anchor, found);
      stories.push({ placement: { story: kind, noteId: id }, anchorParagraphIndex: anchor, content: blocks((part as StoryPart).path, note) });
    }
  }
  for (const box of found.textBoxes) stories.push({ placement: { story: 'textbox' }, anchorParagraphIndex: box.anchor, content: blocks(box.part, box.container) });
  for (const chunk of altChunks) {
    const target = input.related(chunk.id);
    if (!target) {
      found.warnings.add({ code: 'embedded-missing' });
      continue;
    }
    stories.push({ placement: { story: 'embedded', contentType: target.contentType }, anchorParagraphIndex: chunk.anchor, content: { kind: 'embedded', part: target.path } });
  }
  return { bodyParagraphs: count, stories, warnings: found.warnings.list };
}
