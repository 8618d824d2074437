// Decides whether a chosen file can be opened, before and after reading it, with one Dutch
// sentence for every way it can go wrong. Nothing here touches the page or the pane.
import { UnusableDocumentError } from '../core/findings';
import type { DocumentSnapshot } from '../core/snapshot';
import { readDocx } from '../docx/package';

/** A real agreement is well under 1 MB; 25 MB leaves room for logos and still protects the page. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

export type FileVerdict = { readonly ok: true } | { readonly ok: false; readonly message: string };

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toLocaleString('nl-NL', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
}

/** What can be said from the name and size alone, before reading a byte. */
export function checkFileInfo(name: string, size: number): FileVerdict {
  const lower = name.toLowerCase();
  if (lower.endsWith('.doc')) return { ok: false, message: `“${name}” is een oud Word-bestand (.doc). Open het in Word, sla het op als .docx en kies het opnieuw.` };
  if (lower.endsWith('.pdf')) return { ok: false, message: `“${name}” is een PDF. De VO-assistent werkt met Word-documenten (.docx).` };
  if (!lower.endsWith('.docx')) return { ok: false, message: `“${name}” is geen Word-document. Kies een bestand dat eindigt op .docx.` };
  if (size === 0) return { ok: false, message: `“${name}” is leeg.` };
  if (size > MAX_FILE_BYTES) {
    return { ok: false, message: `“${name}” is ${megabytes(size)} MB; de VO-assistent opent bestanden tot ${megabytes(MAX_FILE_BYTES)} MB. Een verwerkersovereenkomst is veel kleiner: controleer of dit het goede bestand is.` };
  }
  return { ok: true };
}

function startsWith(bytes: Uint8Array, text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (bytes[i] !== text.charCodeAt(i)) return false;
  return true;
}

/** Reads the bytes as a .docx; a PDF or other file under a .docx name is named for what it is. */
export function readChosenFile(name: string, bytes: Uint8Array): { ok: true; snapshot: DocumentSnapshot } | { ok: false; message: string } {
  if (startsWith(bytes, '%PDF')) {
    return { ok: false, message: `“${name}” is een PDF met de extensie .docx. Open het oorspronkelijke Word-document (.docx).` };
  }
  try {
    return { ok: true, snapshot: readDocx(bytes) };
  } catch (error) {
    if (error instanceof UnusableDocumentError) return { ok: false, message: `“${name}” kan niet worden geopend: ${error.message}` };
    return { ok: false, message: `“${name}” kan niet worden geopend: het bestand is beschadigd.` };
  }
}
