// The one walk over the body that decides which paragraphs a document has and in what order:
// the reader numbers the snapshot's paragraphs with it, and the writer finds them again with it,
// so an index in a plan can only ever mean the same paragraph to both.
import type { ReaderWarning } from '../core/reader-warning';
import { child, type XmlElement } from './xml';

export interface BodyVisitor {
  /** A paragraph, with the containers from w:document down to its parent and the tag of the
   * block-level content control around it (outside tables). */
  paragraph(p: XmlElement, ancestors: readonly XmlElement[], controlTag: string | null): void;
  tableStart(): void;
  tableEnd(): void;
  rowStart(): void;
  rowEnd(): void;
  cellStart(): void;
  cellEnd(): void;
  /** Content that is not read, in one Dutch sentence. */
  skipped(warning: ReaderWarning): void;
  /** A w:altChunk: a part Word imports here when it opens the file (read as an embedded story). */
  altChunk?(element: XmlElement): void;
}

function tagOf(sdt: XmlElement): string | undefined {
  const props = child(sdt, 'w:sdtPr');
  return props && child(props, 'w:tag')?.attributes['w:val'];
}

function blocks(container: XmlElement, above: readonly XmlElement[], controlTag: string | null, v: BodyVisitor): void {
  const path = [...above, container];
  for (const c of container.children) {
    if (typeof c === 'string') continue;
    switch (c.name) {
      case 'w:p':
        v.paragraph(c, path, controlTag);
        break;
      case 'w:tbl':
        v.tableStart();
        rows(c, path, v);
        v.tableEnd();
        break;
      case 'w:sdt': {
        const content = child(c, 'w:sdtContent');
        if (content) blocks(content, [...path, c], tagOf(c) ?? controlTag, v);
        break;
      }
      case 'w:customXml':
      case 'w:ins':
      case 'w:del':
        // Custom XML and paragraph-level revision wrappers (rare) hold whole paragraphs.
        blocks(c, path, controlTag, v);
        break;
      case 'w:altChunk':
        if (v.altChunk) v.altChunk(c);
        else v.skipped({ code: 'embedded-not-read' });
        break;
      default:
        break;
    }
  }
}

/** Rows and cells may themselves be wrapped in content controls or custom XML. */
function wrapped(element: XmlElement): XmlElement | undefined {
  return element.name === 'w:sdt' ? child(element, 'w:sdtContent') : element;
}

function rows(container: XmlElement, above: readonly XmlElement[], v: BodyVisitor): void {
  const path = [...above, container];
  for (const r of container.children) {
    if (typeof r === 'string') continue;
    if (r.name === 'w:tr') {
      v.rowStart();
      cells(r, path, v);
      v.rowEnd();
    } else if (r.name === 'w:sdt' || r.name === 'w:customXml') {
      const content = wrapped(r);
      if (content) rows(content, r.name === 'w:sdt' ? [...path, r] : path, v);
    }
  }
}

function cells(row: XmlElement, above: readonly XmlElement[], v: BodyVisitor): void {
  const path = [...above, row];
  for (const c of row.children) {
    if (typeof c === 'string') continue;
    if (c.name === 'w:tc') {
      v.cellStart();
      blocks(c, path, null, v);
      v.cellEnd();
    } else if (c.name === 'w:sdt' || c.name === 'w:customXml') {
      const content = wrapped(c);
      if (content) cells(content, c.name === 'w:sdt' ? [...path, c] : path, v);
    }
  }
}

export function walkBody(documentRoot: XmlElement, visitor: BodyVisitor): void {
  const body = child(documentRoot, 'w:body');
  if (body) blocks(body, [documentRoot], null, visitor);
}

/** The same walk over another container of blocks: a header, a note, a text box's content. */
export function walkBlocks(container: XmlElement, visitor: BodyVisitor): void {
  blocks(container, [], null, visitor);
}
