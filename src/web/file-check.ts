// Decides whether a chosen file can be opened, before and after reading it, with one sentence
// (Dutch, or English) for every way it can go wrong. Nothing here touches the page or the pane.
import { UnusableDocumentError } from '../core/findings';
import type { Language } from '../core/language';
import { webTexts } from './web-text';
import type { DocumentSnapshot } from '../core/snapshot';
import { readDocx } from '../docx/package';

/** A real agreement is well under 1 MB; 25 MB leaves room for logos and still protects the page. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

export type FileVerdict = { readonly ok: true } | { readonly ok: false; readonly message: string };

function megabytes(bytes: number, locale: string): string {
  return (bytes / (1024 * 1024)).toLocaleString(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
}

/** What can be said from the name and size alone, before reading a byte. */
export function checkFileInfo(name: string, size: number, language: Language = 'nl'): FileVerdict {
  const t = webTexts(language);
  const lower = name.toLowerCase();
  if (lower.endsWith('.doc')) return { ok: false, message: t.legacyDoc(name) };
  if (lower.endsWith('.pdf')) return { ok: false, message: t.pdf(name) };
  if (!lower.endsWith('.docx')) return { ok: false, message: t.notDocx(name) };
  if (size === 0) return { ok: false, message: t.emptyFile(name) };
  if (size > MAX_FILE_BYTES) return { ok: false, message: t.tooLarge(name, megabytes(size, t.numberLocale), megabytes(MAX_FILE_BYTES, t.numberLocale)) };
  return { ok: true };
}

function startsWith(bytes: Uint8Array, text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (bytes[i] !== text.charCodeAt(i)) return false;
  return true;
}

/** Reads the bytes as a .docx; a PDF or other file under a .docx name is named for what it is. */
export function readChosenFile(name: string, bytes: Uint8Array, language: Language = 'nl'): { ok: true; snapshot: DocumentSnapshot } | { ok: false; message: string } {
  const t = webTexts(language);
  if (startsWith(bytes, '%PDF')) return { ok: false, message: t.pdfAsDocx(name) };
  try {
    return { ok: true, snapshot: readDocx(bytes) };
  } catch (error) {
    return { ok: false, message: t.cannotOpen(name, error instanceof UnusableDocumentError ? error.text(language) : t.damaged) };
  }
}
