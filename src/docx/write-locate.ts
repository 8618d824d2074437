// Finds, in word/document.xml, the paragraphs the snapshot numbered and the runs behind each
// offset of their visible text. Paragraphs come from the same walk the reader uses (walk.ts), and
// runs are read with the same notion of hidden and deleted text as body.ts, so an index or an
// offset in a plan points at the same text here as it did in the snapshot.
import { runChildText } from './body';
import type { Styles } from './styles';
import { walkBody } from './walk';
import { child, isOn, type XmlElement } from './xml';

export interface LocatedParagraph {
  readonly element: XmlElement;
  /** Containers from w:document down to the paragraph's parent. */
  readonly ancestors: readonly XmlElement[];
}

export function locateParagraphs(documentRoot: XmlElement): LocatedParagraph[] {
  const out: LocatedParagraph[] = [];
  const ignore = (): void => undefined;
  walkBody(documentRoot, {
    paragraph: (element, ancestors) => out.push({ element, ancestors }),
    tableStart: ignore, tableEnd: ignore, rowStart: ignore, rowEnd: ignore, cellStart: ignore, cellEnd: ignore, skipped: ignore,
  });
  return out;
}

// --- Visible text of a paragraph, run by run ---------------------------------------------------

/** A visible run and where its text stands in the paragraph's visible text. */
export interface RunPiece {
  readonly run: XmlElement;
  /** Containers from the paragraph down to the run's parent. */
  readonly ancestors: readonly XmlElement[];
  readonly start: number;
  readonly end: number;
}

const SKIPPED = new Set([
  'w:instrText', 'w:delInstrText', 'w:drawing', 'w:pict', 'w:object', 'w:footnoteReference', 'w:endnoteReference',
  'w:sdtPr', 'w:sdtEndPr', 'w:rPr', 'w:pPr', 'w:fldData', 'w:commentReference', 'mc:AlternateContent',
]);

/** How many characters of visible text one child of a run gives (as body.ts counts them). */
export function runChildLength(c: XmlElement): number {
  return c.name === 'w:t' || c.name === 'w:delText' ? textLength(c) : runChildText(c).length;
}

function textLength(t: XmlElement): number {
  let n = 0;
  for (const c of t.children) if (typeof c === 'string') n += c.length;
  return n;
}

/** The visible text of a run, as body.ts reads it. */
export function runText(run: XmlElement): string {
  let text = '';
  for (const c of run.children) if (typeof c !== 'string') text += runChildText(c);
  return text;
}

export function runLength(run: XmlElement): number {
  let n = 0;
  for (const c of run.children) if (typeof c !== 'string') n += runChildLength(c);
  return n;
}

function runIsHidden(run: XmlElement, styles: Styles, paragraphHidden: boolean | undefined): boolean {
  const rPr = child(run, 'w:rPr');
  const direct = rPr ? isOn(child(rPr, 'w:vanish')) : undefined;
  if (direct !== undefined) return direct;
  const rStyle = rPr ? child(rPr, 'w:rStyle')?.attributes['w:val'] : undefined;
  const viaCharacterStyle = styles.characterHidden(rStyle);
  if (viaCharacterStyle !== undefined) return viaCharacterStyle;
  return paragraphHidden ?? styles.defaultHidden;
}

/** The visible runs of a paragraph with their offsets: hidden runs and tracked deletions left out. */
export function visiblePieces(paragraph: XmlElement, styles: Styles): RunPiece[] {
  const pPr = child(paragraph, 'w:pPr');
  const styleId = pPr ? child(pPr, 'w:pStyle')?.attributes['w:val'] : undefined;
  const paragraphHidden = styles.paragraph(styleId).hidden;
  const pieces: RunPiece[] = [];
  let at = 0;
  const walk = (element: XmlElement, path: readonly XmlElement[], deleted: boolean): void => {
    const here = [...path, element];
    for (const c of element.children) {
      if (typeof c === 'string' || SKIPPED.has(c.name)) continue;
      switch (c.name) {
        case 'w:r': {
          const length = runLength(c);
          if (length > 0 && !deleted && !runIsHidden(c, styles, paragraphHidden)) {
            pieces.push({ run: c, ancestors: here, start: at, end: at + length });
            at += length;
          }
          break;
        }
        case 'w:del':
        case 'w:moveFrom':
          walk(c, here, true);
          break;
        case 'w:sdt': {
          const content = child(c, 'w:sdtContent');
          if (content) walk(content, [...here, c], deleted);
          break;
        }
        default:
          walk(c, here, deleted);
      }
    }
  };
  walk(paragraph, [], false);
  return pieces;
}
