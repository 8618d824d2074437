// Whole paragraphs as tracked changes, as Word writes them: new ones with their runs in w:ins and
// their paragraph mark marked inserted, deleted ones with their runs in w:del and their mark
// marked deleted; and rejecting the tracked changes of a paragraph (insertions go, deletions
// come back, formatting changes are undone).
import type { Tracked } from '../core/plan';
import { type AnnotationIds, markDeleted } from './write-review';
import { el } from './write-runs';
import { child, type XmlElement, type XmlNode } from './xml';

const isElement = (node: XmlNode): node is XmlElement => typeof node !== 'string';

function revisionMark(name: 'w:ins' | 'w:del', tracked: Tracked, ids: AnnotationIds): XmlElement {
  return el(name, { 'w:id': String(ids.next()), 'w:author': tracked.author });
}

/** The paragraph mark's run properties (w:pPr/w:rPr), made where missing, in the schema's place. */
function markProperties(paragraph: XmlElement): XmlElement {
  let pPr = child(paragraph, 'w:pPr');
  if (!pPr) {
    pPr = el('w:pPr');
    paragraph.children.unshift(pPr);
  }
  let rPr = child(pPr, 'w:rPr');
  if (!rPr) {
    rPr = el('w:rPr');
    // CT_PPr: w:rPr comes before w:sectPr and w:pPrChange, after everything else.
    const at = pPr.children.findIndex((c) => isElement(c) && (c.name === 'w:sectPr' || c.name === 'w:pPrChange'));
    pPr.children.splice(at < 0 ? pPr.children.length : at, 0, rPr);
  }
  return rPr;
}

/** Marks the paragraph mark inserted or deleted (CT_ParaRPr: the mark comes first). */
function markParagraphMark(paragraph: XmlElement, mark: XmlElement): void {
  const rPr = markProperties(paragraph);
  rPr.children = rPr.children.filter((c) => !isElement(c) || (c.name !== 'w:ins' && c.name !== 'w:del'));
  rPr.children.unshift(mark);
}

function insertParagraph(paragraph: XmlElement, tracked: Tracked, ids: AnnotationIds): void {
  const runs = paragraph.children.filter((c) => isElement(c) && c.name === 'w:r');
  const others = paragraph.children.filter((c) => !(isElement(c) && c.name === 'w:r'));
  paragraph.children = runs.length > 0 ? [...others, el('w:ins', revisionMark('w:ins', tracked, ids).attributes, runs as XmlElement[])] : others;
  markParagraphMark(paragraph, revisionMark('w:ins', tracked, ids));
}

/** New blocks as tracked insertions: every paragraph and every table row. */
export function markInserted(nodes: readonly XmlElement[], tracked: Tracked, ids: AnnotationIds): void {
  const visit = (node: XmlElement): void => {
    if (node.name === 'w:p') {
      insertParagraph(node, tracked, ids);
      return;
    }
    if (node.name === 'w:tr') {
      let trPr = child(node, 'w:trPr');
      if (!trPr) {
        trPr = el('w:trPr');
        const at = node.children.findIndex((c) => isElement(c) && c.name !== 'w:tblPrEx');
        node.children.splice(at < 0 ? node.children.length : at, 0, trPr);
      }
      trPr.children.push(revisionMark('w:ins', tracked, ids));
    }
    for (const c of node.children) if (isElement(c)) visit(c);
  };
  for (const node of nodes) visit(node);
}

/** A paragraph deleted as a tracked change: its text and its mark. */
export function markParagraphDeleted(paragraph: XmlElement, tracked: Tracked, ids: AnnotationIds): void {
  markDeleted(paragraph, tracked.author, ids);
  markParagraphMark(paragraph, revisionMark('w:del', tracked, ids));
}

/** Deleted text made text again: w:delText becomes w:t, w:delInstrText w:instrText. */
function undeleted(node: XmlNode): XmlNode {
  if (!isElement(node)) return node;
  const name = node.name === 'w:delText' ? 'w:t' : node.name === 'w:delInstrText' ? 'w:instrText' : node.name;
  return { ...node, name, children: node.children.map(undeleted) };
}

function rejectIn(container: XmlElement): void {
  const out: XmlNode[] = [];
  for (const c of container.children) {
    if (!isElement(c)) {
      out.push(c);
      continue;
    }
    if (c.name === 'w:ins' || c.name === 'w:moveTo') continue;
    if (c.name === 'w:del' || c.name === 'w:moveFrom') {
      for (const inner of c.children.map(undeleted)) {
        if (isElement(inner)) rejectIn(inner);
        out.push(inner);
      }
      continue;
    }
    if (c.name === 'w:rPr' || c.name === 'w:pPr') {
      // A formatting change goes back to the properties it replaced.
      const change = child(c, c.name === 'w:rPr' ? 'w:rPrChange' : 'w:pPrChange');
      const before = change && child(change, c.name);
      if (before) {
        const kept = c.children.filter((k) => isElement(k) && (k.name === 'w:rPr' || k.name === 'w:sectPr' || k.name === 'w:ins' || k.name === 'w:del'));
        c.children = [...before.children, ...kept];
      }
    }
    rejectIn(c);
    out.push(c);
  }
  container.children = out;
}

/**
 * Rejects every tracked change in the paragraph. Returns true when the paragraph itself was a
 * tracked insertion: rejecting it means it goes (the caller removes it).
 */
export function rejectRevisions(paragraph: XmlElement): boolean {
  const rPr = child(child(paragraph, 'w:pPr') ?? el('w:pPr'), 'w:rPr');
  const insertedMark = rPr?.children.some((c) => isElement(c) && c.name === 'w:ins') ?? false;
  if (rPr) rPr.children = rPr.children.filter((c) => !isElement(c) || (c.name !== 'w:ins' && c.name !== 'w:del'));
  rejectIn(paragraph);
  return insertedMark;
}
