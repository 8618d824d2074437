// Applies an edit plan to a .docx and returns the new bytes (the caller decides where they go;
// nothing here writes a file). Every address is resolved against the document as it was read,
// before any edit, so edits cannot shift each other's targets. Parts the plan does not touch are
// stored again with exactly the bytes they had.
import { strToU8 } from 'fflate';
import type { Edit, EditPlan } from '../core/plan';
import { ANSWERS_NAMESPACE, REVIEW_NAMESPACE } from '../core/storage';
import { type Codec, fflateCodec } from './codec';
import { type DocxPackage, openDocx } from './package';
import { storeJson } from './write-stored';
import { type AnnotationIds, CommentsWriter, highestAnnotationId, restoreParagraph } from './write-review';
import { markInserted, markParagraphDeleted, rejectRevisions } from './write-revisions';
import { elementsOf } from './write-blocks';
import { formattingOf, type LocatedParagraph, locateDocument } from './write-locate';
import { replaceText } from './write-text';
import { appendRows, setRow, tableOf } from './write-table';
import { styleResolver } from './write-styles';
import { el } from './write-runs';
import { child, parseXml, serializeXml, type XmlElement, type XmlNode } from './xml';
import { rewriteZip } from './write-zip';
import { strFromU8 } from 'fflate';

type Op<K extends Edit['op']> = Extract<Edit, { op: K }>;

function highestControlId(roots: readonly XmlElement[]): number {
  let max = 0;
  const visit = (e: XmlElement): void => {
    if (e.name === 'w:sdtPr') {
      const id = Number(child(e, 'w:id')?.attributes['w:val']);
      if (Number.isFinite(id)) max = Math.max(max, Math.abs(id));
    }
    for (const c of e.children) if (typeof c !== 'string') visit(c);
  };
  for (const root of roots) visit(root);
  return max;
}

const STORY_NAMES: Record<string, string> = {
  header: 'een koptekst', footer: 'een voettekst', footnote: 'een voetnoot', endnote: 'een eindnoot', textbox: 'een tekstvak',
};

/**
 * Where a comment on this paragraph goes. Word ignores comment ranges in headers, footers, text
 * boxes, footnotes and endnotes ([MS-OI29500] §2.1.315, on ECMA-376 §17.13.4.2): a comment on a
 * note or a text box is placed at the body paragraph that holds its reference or anchor; a header
 * or footer has no such paragraph, so a comment there is refused.
 */
function commentTarget(target: LocatedParagraph, located: readonly LocatedParagraph[], index: number): LocatedParagraph {
  if (target.story === null) return target;
  const anchor = target.story.anchorParagraphIndex;
  const holder = anchor === null ? undefined : located[anchor];
  if (!holder) {
    throw new Error(`Alinea ${index} staat in ${STORY_NAMES[target.story.placement.story] ?? 'een kop- of voettekst'}: Word toont daar geen opmerkingen. Plaats de opmerking bij een alinea in de hoofdtekst.`);
  }
  return holder;
}

function removeParagraph(target: LocatedParagraph): void {
  const parent = target.ancestors[target.ancestors.length - 1];
  if (!parent) return;
  const p = target.element;
  const pPr = child(p, 'w:pPr');
  const siblings = parent.children.filter((c) => typeof c !== 'string' && c.name === 'w:p');
  // A paragraph that ends a section, or the last one of a cell, must stay: it is emptied instead.
  if ((pPr && child(pPr, 'w:sectPr')) || (parent.name === 'w:tc' && siblings.length <= 1)) {
    p.children = pPr ? [pPr] : [];
    return;
  }
  parent.children.splice(parent.children.indexOf(p), 1);
  // A block-level control left without content goes too.
  if (parent.name === 'w:sdtContent' && !parent.children.some((c) => typeof c !== 'string')) {
    const sdt = target.ancestors[target.ancestors.length - 2];
    const holder = target.ancestors[target.ancestors.length - 3];
    if (sdt && holder) holder.children.splice(holder.children.indexOf(sdt), 1);
  }
}

/** Where insert-blocks puts its blocks: the container and the index in it. */
function insertionPoint(body: XmlElement, located: readonly LocatedParagraph[], after: Op<'insert-blocks'>['after']): [XmlElement, number] {
  // A file has no cursor: 'selection' that the port did not resolve to a paragraph means the end.
  if (after === 'end' || after === 'selection') {
    const sectPr = body.children.findIndex((c) => typeof c !== 'string' && c.name === 'w:sectPr');
    return [body, sectPr < 0 ? body.children.length : sectPr];
  }
  if (after < 0) return [body, 0];
  const target = located[after];
  if (!target) throw new Error(`Alinea ${after} bestaat niet in het document.`);
  // Blocks never go into a table: after a paragraph in one, they follow the outermost table.
  const table = target.ancestors.findIndex((a) => a.name === 'w:tbl');
  const [holder, previous] = table > 0
    ? [target.ancestors[table - 1] as XmlElement, target.ancestors[table] as XmlElement]
    : [target.ancestors[target.ancestors.length - 1] as XmlElement, target.element];
  return [holder, holder.children.indexOf(previous) + 1];
}

const isTable = (node: XmlNode | undefined): boolean => node !== undefined && typeof node !== 'string' && node.name === 'w:tbl';

function insertBlocks(root: XmlElement, located: readonly LocatedParagraph[], edit: Op<'insert-blocks'>, nodes: XmlElement[]): void {
  const body = child(root, 'w:body');
  if (!body) throw new Error('Het document heeft geen w:body.');
  const [holder, index] = insertionPoint(body, located, edit.after);
  // Two tables that touch become one: a new table right after a table gets a paragraph between.
  const separated = isTable(nodes[0]) && isTable(holder.children[index - 1]) ? [el('w:p'), ...nodes] : nodes;
  holder.children.splice(index, 0, ...separated);
}

export function applyPlanToDocx(bytes: Uint8Array, plan: EditPlan, codec: Codec = fflateCodec): Uint8Array {
  return applyPlanToPackage(bytes, plan.edits.length === 0 ? null : openDocx(bytes, { codec }), plan);
}

/**
 * The same, for a package the caller already opened from these bytes (to read its snapshot): the
 * document is not unzipped and parsed twice. The package's XML tree is edited in place, so it is
 * used up by this call.
 */
export function applyPlanToPackage(bytes: Uint8Array, pkg: DocxPackage | null, plan: EditPlan): Uint8Array {
  if (plan.edits.length === 0 || pkg === null) return bytes.slice();
  // Only the parts an edit can touch are inflated; the rest is copied from the zip as it is.
  const files: Record<string, Uint8Array> = { ...pkg.files };
  const changed = new Set<string>();
  const root = pkg.document.root;
  // The whole styles part is parsed only when blocks are inserted and need the document's styles.
  let stylesRootCache: XmlElement | undefined | null = null;
  const stylesRoot = (): XmlElement | undefined => {
    const bytes = pkg.stylesPath ? files[pkg.stylesPath] : undefined;
    return (stylesRootCache ??= bytes === undefined ? undefined : parseXml(strFromU8(bytes)).root);
  };
  const styles = pkg.styles();
  const { paragraphs: located, importedFrom } = locateDocument(pkg);
  /** Story parts besides the main document (headers, footers, notes); text boxes are in the part that holds them. */
  const storyParts = [...new Set(located.map((l) => l.part))].filter((path) => path !== pkg.mainPath);
  const storyRoots = storyParts.map((path) => pkg.part(path)?.root).filter((r): r is XmlElement => r !== undefined);
  const changedParts = new Set<string>();
  const at = (index: number): LocatedParagraph => {
    const found = located[index];
    if (!found && importedFrom !== null && index >= importedFrom) {
      throw new Error(`Alinea ${index} staat in een ingevoegd extern document (altChunk) en kan hier niet worden aangepast: pas het bronbestand aan of verwijder het ingevoegde document in Word.`);
    }
    if (!found) throw new Error(`Alinea ${index} bestaat niet in het document.`);
    return found;
  };
  /** A paragraph whose text is edited: its part is written back. */
  const edited = (index: number): XmlElement => {
    const found = at(index);
    changedParts.add(found.part);
    return found.element;
  };
  /** Tables, inserted blocks and paragraphs removed without a trace are edits of the body only. */
  const inBody = (index: number): LocatedParagraph => {
    const found = at(index);
    if (found.story !== null) throw new Error(`Alinea ${index} staat in ${STORY_NAMES[found.story.placement.story] ?? 'een ander deel van het document'}: daar kunnen geen tabellen of alinea's worden toegevoegd, en alinea's alleen als bijgehouden wijziging worden verwijderd.`);
    return found;
  };
  let controlId = highestControlId([root, ...storyRoots]);
  const ids = { next: () => (controlId += 1) };
  let documentChanged = false;

  // Within one paragraph, later offsets first: earlier offsets stay valid.
  const replacements = plan.edits.filter((e): e is Op<'replace-text'> => e.op === 'replace-text')
    .sort((a, b) => a.paragraphIndex - b.paragraphIndex || b.start - a.start);
  for (const e of replacements) {
    const slot = e.slotId === null ? null : { id: e.slotId, label: e.slotLabel?.nl ?? e.slotId };
    replaceText(edited(e.paragraphIndex), formattingOf(at(e.paragraphIndex), styles, root), e.start, e.end, e.text, slot, ids);
  }
  // Comments and tracked changes share one series of ids, above every id the document has.
  const review: { parts: { comments: CommentsWriter; annotations: AnnotationIds } | null } = { parts: null };
  const reviewParts = (): { comments: CommentsWriter; annotations: AnnotationIds } => {
    if (review.parts) return review.parts;
    const comments = new CommentsWriter(files, pkg.mainPath, pkg.commentsPath);
    let annotationId = highestAnnotationId([root, comments.root, ...storyRoots]);
    review.parts = { comments, annotations: { next: () => (annotationId += 1) } };
    return review.parts;
  };
  const reviewEdits = plan.edits.filter((e): e is Op<'restore-paragraph'> | Op<'add-comment'> => e.op === 'restore-paragraph' || e.op === 'add-comment');
  for (const e of reviewEdits) {
    const { comments, annotations } = reviewParts();
    if (e.op === 'restore-paragraph') restoreParagraph(edited(e.paragraphIndex), formattingOf(at(e.paragraphIndex), styles, root), e, annotations);
    else {
      const target = commentTarget(at(e.paragraphIndex), located, e.paragraphIndex);
      comments.add(target.element, e.text, e.author, annotations.next());
      changedParts.add(target.part);
    }
  }
  // Table edits address rows through the header paragraph, resolved before any row is added.
  const tableEdits = plan.edits.filter((e): e is Op<'set-table-row'> | Op<'append-table-rows'> => e.op === 'set-table-row' || e.op === 'append-table-rows')
    .map((e) => ({ edit: e, ref: tableOf(inBody(e.firstParagraphIndex)) }));
  for (const { edit, ref } of tableEdits) {
    if (edit.op === 'set-table-row') setRow(ref, edit.rowIndex, edit.cells);
    else appendRows(ref, edit.rows);
    documentChanged = true;
  }
  const inserts = plan.edits.filter((e): e is Op<'insert-blocks'> => e.op === 'insert-blocks');
  if (inserts.length > 0) {
    const resolver = styleResolver(stylesRoot(), root, styles);
    for (const e of inserts) {
      if (typeof e.after === 'number' && e.after >= 0) inBody(e.after);
      const nodes = elementsOf(e.blocks, resolver, (i) => child(inBody(i).element, 'w:pPr'));
      if (e.tracked) markInserted(nodes, e.tracked, reviewParts().annotations);
      insertBlocks(root, located, e, nodes);
    }
    documentChanged = true;
  }
  // Rejections before deletions: a paragraph that was a tracked insertion goes once.
  const gone = new Set<number>();
  for (const e of plan.edits) {
    if (e.op !== 'reject-revisions') continue;
    if (rejectRevisions(edited(e.paragraphIndex)) && !gone.has(e.paragraphIndex)) {
      removeParagraph(inBody(e.paragraphIndex));
      gone.add(e.paragraphIndex);
    }
  }
  for (const e of plan.edits) {
    if (e.op !== 'delete-paragraph' || gone.has(e.paragraphIndex)) continue;
    // A tracked deletion marks the paragraph where it is, in a story's part too; removing one
    // outright is for the body (a header or a note must keep a paragraph).
    if (e.tracked) markParagraphDeleted(edited(e.paragraphIndex), e.tracked, reviewParts().annotations);
    else {
      removeParagraph(inBody(e.paragraphIndex));
      documentChanged = true;
    }
    gone.add(e.paragraphIndex);
  }
  for (const path of review.parts?.comments.finish() ?? []) changed.add(path);
  for (const e of plan.edits) {
    if (e.op !== 'store-answers' && e.op !== 'store-review') continue;
    const namespace = e.op === 'store-answers' ? ANSWERS_NAMESPACE : REVIEW_NAMESPACE;
    for (const path of storeJson(files, pkg.mainPath, namespace, e.json)) changed.add(path);
  }
  if (changedParts.delete(pkg.mainPath)) documentChanged = true;
  if (documentChanged) {
    files[pkg.mainPath] = strToU8(serializeXml(pkg.document));
    changed.add(pkg.mainPath);
  }
  for (const path of changedParts) {
    const part = pkg.part(path);
    if (!part) continue;
    files[path] = strToU8(serializeXml(part));
    changed.add(path);
  }
  // Unchanged parts keep their bytes, compressed ones too; the order of the parts stays as it was.
  const replaced: Record<string, Uint8Array> = {};
  for (const path of changed) replaced[path] = files[path] as Uint8Array;
  return rewriteZip(bytes, replaced, () => ({ ...openDocx(bytes, { allParts: true, codec: pkg.codec }).files, ...replaced }), pkg.codec);
}
