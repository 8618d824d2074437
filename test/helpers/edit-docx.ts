// Variants of a real producer's file: its document.xml, styles.xml, theme and settings edited as text, every other
// part kept as it was, so what a test changes is the one thing it is about.
import { readFileSync } from 'fs';
import { join } from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { checkSnapshot } from '../../src/core/check';
import { readDocx } from '../../src/docx/package';
import { EXTERNAL_FIXTURES } from './paths';
import { STD } from './standard';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const TEMPLATE_WORD = join(EXTERNAL_FIXTURES, 'base', 'template-word.docx');
export const TEMPLATE_LO = join(EXTERNAL_FIXTURES, 'base', 'template-lo.docx');

export interface PartEdits {
  readonly document?: (xml: string) => string;
  readonly styles?: (xml: string) => string;
  readonly theme?: (xml: string) => string;
  readonly settings?: (xml: string) => string;
}

export function editDocx(path: string, edits: PartEdits): Uint8Array {
  const files = unzipSync(new Uint8Array(readFileSync(path)));
  const apply = (name: string, edit: ((xml: string) => string) | undefined): void => {
    const bytes = files[name];
    if (!edit) return;
    if (!bytes) throw new Error(`${name} ontbreekt in ${path}`);
    const before = strFromU8(bytes);
    const after = edit(before);
    if (after === before) throw new Error(`de bewerking van ${name} veranderde niets`);
    files[name] = strToU8(after);
  };
  apply('word/document.xml', edits.document);
  apply('word/styles.xml', edits.styles);
  apply('word/theme/theme1.xml', edits.theme);
  apply('word/settings.xml', edits.settings);
  return zipSync(files);
}

/** Replaces exactly one occurrence of `from`. */
export function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const matches = typeof from === 'string' ? text.split(from).length - 1 : (text.match(new RegExp(from.source, `${from.flags.replace('g', '')}g`)) ?? []).length;
  if (matches !== 1) throw new Error(`${String(from)} komt ${matches} keer voor, niet precies één keer`);
  return text.replace(from, to);
}

/** Adds styles at the end of styles.xml. */
export const addStyles = (styles: string) => (xml: string): string => replaceOnce(xml, '</w:styles>', `${styles}</w:styles>`);

/** The errors the check reports, as kind@clause. */
export function errorsOf(bytes: Uint8Array): string[] {
  return checkSnapshot(readDocx(bytes), STD).findings.filter((f) => f.severity === 'error').map((f) => `${f.kind}@${f.clause ?? '-'}`);
}
