// The name of a result file and the browser's way to save it; nothing leaves the machine.

/** "leverancier.docx" → "leverancier-ingevuld.docx" (once, however often it is filled). */
export function resultFileName(original: string): string {
  const base = original.replace(/\.docx$/i, '').replace(/-ingevuld$/i, '');
  return `${base || 'verwerkersovereenkomst'}-ingevuld.docx`;
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
