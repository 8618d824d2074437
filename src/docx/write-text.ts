// replace-text: puts a value where a field stands, in place of the visible text [start, end) of a
// paragraph, however the runs are split. The value takes the formatting of the field's first run
// and goes into a content control tagged with the field id, so a later fill or scan finds it
// exactly; a control a fill made before is reused rather than nested.
import type { ParagraphFormatting } from './visible-text';
import { type RunPiece, runChildLength, visiblePieces } from './write-locate';
import { clone, cleanRunProperties, el, paragraphMarkRunProperties, runOf, textElement } from './write-runs';
import { child, type XmlElement, type XmlNode } from './xml';

export interface ControlIds {
  next(): number;
}

function textOf(t: XmlElement): string {
  let s = '';
  for (const c of t.children) if (typeof c === 'string') s += c;
  return s;
}

/** Splits a run in two at an offset of its own visible text; both halves keep its properties. */
function splitRun(piece: RunPiece, at: number): void {
  const run = piece.run;
  const parent = piece.ancestors[piece.ancestors.length - 1];
  if (!parent) return;
  const rPr = child(run, 'w:rPr');
  const left = el('w:r', { ...run.attributes }, rPr ? [clone(rPr)] : []);
  const right = el('w:r', { ...run.attributes }, rPr ? [clone(rPr)] : []);
  let pos = 0;
  for (const c of run.children) {
    if (c === rPr) continue;
    if (typeof c === 'string') {
      (pos < at ? left : right).children.push(c);
      continue;
    }
    const length = runChildLength(c);
    if (pos + length <= at) left.children.push(c);
    else if (pos >= at) right.children.push(c);
    else {
      const text = textOf(c);
      const k = at - pos;
      const make = (s: string): XmlElement => (c.name === 'w:t' ? textElement(s) : el(c.name, { ...c.attributes, 'xml:space': 'preserve' }, [s]));
      left.children.push(make(text.slice(0, k)));
      right.children.push(make(text.slice(k)));
    }
    pos += length;
  }
  const i = parent.children.indexOf(run);
  parent.children.splice(i, 1, left, right);
}

export function splitAt(paragraph: XmlElement, formatting: ParagraphFormatting, offset: number): void {
  const piece = visiblePieces(paragraph, formatting).find((p) => p.start < offset && offset < p.end);
  if (piece) splitRun(piece, offset - piece.start);
}

export function parentOf(piece: RunPiece): XmlElement {
  const parent = piece.ancestors[piece.ancestors.length - 1];
  if (!parent) throw new Error('Run zonder ouder');
  return parent;
}

function tagOf(sdt: XmlElement): string | undefined {
  const pr = child(sdt, 'w:sdtPr');
  return pr ? child(pr, 'w:tag')?.attributes['w:val'] : undefined;
}

/** The run-level control around exactly these pieces with this tag, if a fill put one there. */
function reusableControl(inside: readonly RunPiece[], all: readonly RunPiece[], slotId: string): XmlElement | null {
  const first = inside[0];
  if (!first) return null;
  const sdt = [...first.ancestors].reverse().find((a) => a.name === 'w:sdt');
  if (!sdt || tagOf(sdt) !== slotId) return null;
  const within = all.filter((p) => p.ancestors.includes(sdt));
  if (within.length !== inside.length || within.some((p) => !inside.includes(p))) return null;
  return sdt;
}

function controlFor(slotId: string, label: string, rPr: XmlElement | null, runs: XmlElement[], ids: ControlIds): XmlElement {
  const props: XmlNode[] = [];
  if (rPr) props.push(clone(rPr));
  props.push(el('w:alias', { 'w:val': label }), el('w:tag', { 'w:val': slotId }), el('w:id', { 'w:val': String(ids.next()) }));
  return el('w:sdt', {}, [el('w:sdtPr', {}, props), el('w:sdtContent', {}, runs)]);
}

/** Removes wrappers (run-level controls, hyperlinks) that the replacement left without runs. */
function dropEmptied(containers: Iterable<XmlElement>, paragraph: XmlElement): void {
  for (const container of containers) {
    if (container === paragraph) continue;
    const hasContent = (e: XmlElement): boolean => e.children.some((c) => typeof c !== 'string' && (c.name === 'w:r' || (c.name !== 'w:sdtPr' && c.name !== 'w:rPr' && hasContent(c))));
    if (container.name === 'w:sdtContent' && !hasContent(container)) container.children = [];
  }
  const prune = (e: XmlElement): void => {
    e.children = e.children.filter((c) => {
      if (typeof c === 'string') return true;
      prune(c);
      if (c.name === 'w:sdt') {
        const content = child(c, 'w:sdtContent');
        return !content || content.children.some((x) => typeof x !== 'string');
      }
      return true;
    });
  };
  prune(paragraph);
}

export function replaceText(
  paragraph: XmlElement, formatting: ParagraphFormatting, start: number, end: number, text: string, slot: { id: string; label: string } | null, ids: ControlIds,
): void {
  const total = visiblePieces(paragraph, formatting).reduce((n, p) => Math.max(n, p.end), 0);
  if (start < 0 || end < start || end > total) throw new Error(`Tekstbereik ${start}-${end} valt buiten de alinea (lengte ${total}).`);
  splitAt(paragraph, formatting, start);
  splitAt(paragraph, formatting, end);
  const all = visiblePieces(paragraph, formatting);
  const inside = all.filter((p) => p.start >= start && p.end <= end && p.end > p.start && start < end);
  const before = [...all].reverse().find((p) => p.end <= start);
  const after = all.find((p) => p.start >= end);
  const model = inside[0] ?? before ?? after;
  const rPr = model ? cleanRunProperties(child(model.run, 'w:rPr')) : paragraphMarkRunProperties(paragraph);
  const run = runOf(text, rPr);
  const runs = run ? [run] : [];

  const reuse = slot ? reusableControl(inside, all, slot.id) : null;
  if (reuse) {
    const content = child(reuse, 'w:sdtContent');
    if (content) content.children = runs;
    const pr = child(reuse, 'w:sdtPr');
    if (pr) pr.children = pr.children.filter((c) => typeof c === 'string' || c.name !== 'w:showingPlcHdr');
    return;
  }
  const nodes: XmlElement[] = slot && runs.length > 0 ? [controlFor(slot.id, slot.label, rPr, runs, ids)] : runs;
  const touched = new Set<XmlElement>();
  if (inside[0]) {
    const parent = parentOf(inside[0]);
    parent.children.splice(parent.children.indexOf(inside[0].run), 0, ...nodes);
  } else if (before) {
    const parent = parentOf(before);
    parent.children.splice(parent.children.indexOf(before.run) + 1, 0, ...nodes);
  } else if (after) {
    const parent = parentOf(after);
    parent.children.splice(parent.children.indexOf(after.run), 0, ...nodes);
  } else {
    paragraph.children.push(...nodes);
  }
  for (const p of inside) {
    const parent = parentOf(p);
    parent.children.splice(parent.children.indexOf(p.run), 1);
    for (const a of p.ancestors) touched.add(a);
  }
  if (touched.size > 0) dropEmptied(touched, paragraph);
}
