// The name of a result file and the browser's way to save it; nothing leaves the machine.
import type { Language } from '../core/language';

export type ResultKind = 'fill' | 'review' | 'clauses';

const SUFFIX: Readonly<Record<Language, Readonly<Record<ResultKind, string>>>> = {
  nl: { fill: 'ingevuld', review: 'beoordeeld', clauses: 'aangevuld' },
  en: { fill: 'filled', review: 'reviewed', clauses: 'completed' },
};
const ANY_SUFFIX = new RegExp(`-(${Object.values(SUFFIX).flatMap((s) => Object.values(s)).join('|')})$`, 'i');

/** "leverancier.docx" → "leverancier-ingevuld.docx" after a fill, "-beoordeeld" after a review (one suffix, the last). */
export function resultFileName(original: string, kind: ResultKind = 'fill', language: Language = 'nl'): string {
  const base = original.replace(/\.docx$/i, '').replace(ANY_SUFFIX, '');
  return `${base || (language === 'en' ? 'data-processing-agreement' : 'verwerkersovereenkomst')}-${SUFFIX[language][kind]}.docx`;
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function saveBytes(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([new Uint8Array(bytes)], { type: DOCX_MIME });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
