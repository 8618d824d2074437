// restore-paragraph and add-comment in a .docx, as the Word adapter does them: a restore puts the
// standard text back, word by word or the whole paragraph (tracked: what goes marked deleted and
// what comes back marked inserted, so the other party sees exactly what changed back), a comment
// anchors on the whole paragraph. Numbering and paragraph properties stay.
import type { Edit } from '../core/plan';
import { textChanges } from '../core/text-changes';
import type { HiddenBy } from '../core/snapshot';
import { type ParagraphFormatting, runHiddenBy, runText } from './visible-text';
import { visiblePieces } from './write-locate';
import { parentOf, replaceText, splitAt } from './write-text';
import { DECLARATION, declareContentType, relate } from './write-relations';
import { cleanRunProperties, el, firstRun, paragraphMarkRunProperties, runOf, setRunProperty } from './write-runs';
import { child, parseXml, serializeXml, W_NS, type XmlElement, type XmlNode } from './xml';
import { strFromU8, strToU8 } from 'fflate';

/** Ids for w:ins, w:del and comments: unique among all annotations of the document. */
export interface AnnotationIds {
  next(): number;
}

const REL_COMMENTS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';

/** Markers that are not text and stay where they are when a paragraph is rewritten. */
const MARKERS = new Set(['w:pPr', 'w:bookmarkStart', 'w:bookmarkEnd', 'w:commentRangeStart', 'w:commentRangeEnd', 'w:permStart', 'w:permEnd']);

const isElement = (node: XmlNode): node is XmlElement => typeof node !== 'string';

/** A run that only refers to a comment: it belongs to the comment, not to the text. */
function isCommentMark(run: XmlElement): boolean {
  return run.children.some((c) => isElement(c) && c.name === 'w:commentReference');
}

/** The run as deleted text: w:t becomes w:delText, w:instrText w:delInstrText. */
function asDeleted(run: XmlElement): XmlElement {
  const renamed = (c: XmlNode): XmlNode => {
    if (!isElement(c)) return c;
    if (c.name === 'w:t') return { ...c, name: 'w:delText' };
    if (c.name === 'w:instrText') return { ...c, name: 'w:delInstrText' };
    return c;
  };
  return { ...run, children: run.children.map(renamed) };
}

/** Marks every run of `container` deleted, consecutive runs in one w:del; runs deleted already stay. */
export function markDeleted(container: XmlElement, author: string, ids: AnnotationIds): void {
  const out: XmlNode[] = [];
  let pending: XmlElement[] = [];
  const flush = (): void => {
    if (pending.length > 0) out.push(el('w:del', { 'w:id': String(ids.next()), 'w:author': author }, pending));
    pending = [];
  };
  for (const c of container.children) {
    if (isElement(c) && c.name === 'w:r' && !isCommentMark(c)) {
      pending.push(asDeleted(c));
      continue;
    }
    flush();
    if (isElement(c) && !MARKERS.has(c.name) && c.name !== 'w:del' && c.name !== 'w:moveFrom' && c.name !== 'w:sdtPr' && c.name !== 'w:sdtEndPr') markDeleted(c, author, ids);
    out.push(c);
  }
  flush();
  container.children = out;
}

/** What undoes each way of hiding text: the direct properties to drop, then the ones to set off. */
const UNHIDE: Record<HiddenBy, { readonly drop: readonly string[]; readonly set: readonly XmlElement[] }> = {
  'vanish': { drop: ['w:vanish', 'w:specVanish'], set: [el('w:vanish', { 'w:val': '0' }), el('w:specVanish', { 'w:val': '0' })] },
  'web-hidden': { drop: ['w:webHidden'], set: [el('w:webHidden', { 'w:val': '0' })] },
  'struck': { drop: ['w:strike', 'w:dstrike'], set: [el('w:strike', { 'w:val': '0' }), el('w:dstrike', { 'w:val': '0' })] },
  'white': { drop: ['w:color', 'w:highlight', 'w:shd'], set: [el('w:color', { 'w:val': 'auto' })] },
  'tiny': { drop: ['w:sz', 'w:szCs', 'w:w'], set: [el('w:w', { 'w:val': '100' }), el('w:sz', { 'w:val': '22' }), el('w:szCs', { 'w:val': '22' })] },
};

/**
 * The properties of the restored text: the first run's, made readable where they (or a style)
 * would hide it, so that the restored standard text is what a reader sees.
 */
function restoredRunProperties(paragraph: XmlElement, formatting: ParagraphFormatting): XmlElement | null {
  const first = firstRun(paragraph);
  let rPr = (first ? cleanRunProperties(child(first, 'w:rPr')) : null) ?? paragraphMarkRunProperties(paragraph);
  const why = (): HiddenBy | null => runHiddenBy(el('w:r', {}, rPr ? [rPr] : []), formatting, 'none');
  for (let reason = why(); reason !== null; reason = why()) {
    const { drop, set } = UNHIDE[reason];
    const props = (rPr ??= el('w:rPr'));
    if (props.children.some((c) => isElement(c) && drop.includes(c.name))) {
      props.children = props.children.filter((c) => !isElement(c) || !drop.includes(c.name));
    } else {
      // A style hides it: direct formatting says otherwise (a toggle property set off outright).
      for (const property of set) setRunProperty(props, property);
      if (why() === reason) break; // cannot happen with the properties above; never loop forever
    }
  }
  return rPr;
}

/** Replaces the visible text [start, end) as a tracked change: its runs deleted, `text` inserted after them. */
function replaceTracked(paragraph: XmlElement, formatting: ParagraphFormatting, start: number, end: number, text: string, author: string, ids: AnnotationIds): void {
  splitAt(paragraph, formatting, start);
  splitAt(paragraph, formatting, end);
  const all = visiblePieces(paragraph, formatting);
  const inside = all.filter((p) => p.start >= start && p.end <= end && start < end);
  const before = [...all].reverse().find((p) => p.end <= start);
  const after = all.find((p) => p.start >= end);
  const model = inside[0] ?? before ?? after;
  const run = runOf(text, model ? cleanRunProperties(child(model.run, 'w:rPr')) : paragraphMarkRunProperties(paragraph));
  let last: { readonly parent: XmlElement; readonly node: XmlElement } | null = null;
  for (const piece of inside) {
    const parent = parentOf(piece);
    const deleted = el('w:del', { 'w:id': String(ids.next()), 'w:author': author }, [asDeleted(piece.run)]);
    parent.children.splice(parent.children.indexOf(piece.run), 1, deleted);
    last = { parent, node: deleted };
  }
  if (!run) return;
  const inserted = el('w:ins', { 'w:id': String(ids.next()), 'w:author': author }, [run]);
  const anchor = last ?? (before ? { parent: parentOf(before), node: before.run } : null);
  if (anchor) anchor.parent.children.splice(anchor.parent.children.indexOf(anchor.node) + 1, 0, inserted);
  else if (after) parentOf(after).children.splice(parentOf(after).children.indexOf(after.run), 0, inserted);
  else paragraph.children.push(inserted);
}

/** Restores the paragraph's text: the words that differ from what a reader sees, or all of it. */
export function restoreParagraph(paragraph: XmlElement, formatting: ParagraphFormatting, edit: Extract<Edit, { op: 'restore-paragraph' }>, ids: AnnotationIds): void {
  if (edit.scope === 'words') {
    const current = visiblePieces(paragraph, formatting).map((p) => runText(p.run)).join('');
    // Later changes first: the offsets of earlier ones stay valid.
    for (const change of textChanges(current, edit.text).reverse()) {
      if (edit.tracked) replaceTracked(paragraph, formatting, change.start, change.end, change.text, edit.author, ids);
      else replaceText(paragraph, formatting, change.start, change.end, change.text, null, ids);
    }
    return;
  }
  const run = runOf(edit.text, restoredRunProperties(paragraph, formatting));
  if (edit.tracked) {
    markDeleted(paragraph, edit.author, ids);
    if (run) paragraph.children.push(el('w:ins', { 'w:id': String(ids.next()), 'w:author': edit.author }, [run]));
    return;
  }
  paragraph.children = [...paragraph.children.filter((c) => isElement(c) && MARKERS.has(c.name)), ...(run ? [run] : [])];
}

/**
 * The comments part of a package, read once (its ids count when new annotations are numbered) and
 * written back once, only when a comment was added; a package without one gets a new part then.
 */
export class CommentsWriter {
  private readonly path: string;
  private readonly declaration: string;
  private readonly isNew: boolean;
  readonly root: XmlElement;
  private added = false;

  constructor(
    private readonly files: Record<string, Uint8Array>,
    private readonly mainPath: string,
    commentsPath: string | null,
  ) {
    const existing = commentsPath === null ? undefined : files[commentsPath];
    if (commentsPath !== null && existing) {
      const parsed = parseXml(strFromU8(existing));
      [this.path, this.root, this.declaration, this.isNew] = [commentsPath, parsed.root, parsed.declaration, false];
    } else {
      let path = 'word/comments.xml';
      for (let n = 2; files[path]; n += 1) path = `word/comments${n}.xml`;
      [this.path, this.root, this.declaration, this.isNew] = [path, el('w:comments', { 'xmlns:w': W_NS }), DECLARATION, true];
    }
  }

  /** Anchors a comment on the whole paragraph. */
  add(paragraph: XmlElement, text: string, author: string, id: number): void {
    const body = runOf(text, null);
    this.root.children.push(el('w:comment', { 'w:id': String(id), 'w:author': author }, [
      el('w:p', {}, [el('w:r', {}, [el('w:annotationRef')]), ...(body ? [body] : [])]),
    ]));
    this.added = true;
    const pPr = child(paragraph, 'w:pPr');
    paragraph.children.splice(pPr ? paragraph.children.indexOf(pPr) + 1 : 0, 0, el('w:commentRangeStart', { 'w:id': String(id) }));
    paragraph.children.push(el('w:commentRangeEnd', { 'w:id': String(id) }), el('w:r', {}, [el('w:commentReference', { 'w:id': String(id) })]));
  }

  /** Writes the part (and, for a new one, its relationship and content type); returns the paths changed. */
  finish(): string[] {
    if (!this.added) return [];
    this.files[this.path] = strToU8(serializeXml({ declaration: this.declaration, root: this.root }));
    if (!this.isNew) return [this.path];
    return [this.path, ...relate(this.files, this.mainPath, REL_COMMENTS, this.path), ...declareContentType(this.files, this.path, COMMENTS_TYPE)];
  }
}

/** The highest annotation id (w:id of revisions, comments, bookmarks) in these roots. */
export function highestAnnotationId(roots: readonly XmlElement[]): number {
  let max = 0;
  const visit = (e: XmlElement): void => {
    const id = Number(e.attributes['w:id']);
    if (Number.isFinite(id)) max = Math.max(max, id);
    for (const c of e.children) if (isElement(c)) visit(c);
  };
  for (const root of roots) visit(root);
  return max;
}
