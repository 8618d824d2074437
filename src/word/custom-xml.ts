// The XML the adapter stores answers and review motivations in (see core/storage.ts): one root
// element in our own namespace holding the JSON as text, as the .docx adapter writes it too.
import { ANSWERS_NAMESPACE, REVIEW_NAMESPACE, STORAGE_ROOT, type StorageNamespace } from '../core/storage';

/** Keys in the document settings, used only where custom XML parts are missing (before WordApi 1.4). */
export const SETTINGS_KEYS = { [ANSWERS_NAMESPACE]: 'vo-assistent.answers', [REVIEW_NAMESPACE]: 'vo-assistent.review' } as const;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[entity] ?? '';
  });
}

export function partXml(namespace: StorageNamespace, json: string): string {
  const root = STORAGE_ROOT[namespace];
  return `<?xml version="1.0" encoding="UTF-8"?><${root} xmlns="${namespace}">${escapeXml(json)}</${root}>`;
}

/** The JSON text inside a part written by partXml (or by the .docx adapter), or null. */
export function jsonOfPart(xml: string): string | null {
  const body = /<([A-Za-z_][\w.-]*)(?:\s[^>]*)?>([\s\S]*)<\/\1\s*>\s*$/.exec(xml.replace(/^\s*<\?xml[^>]*\?>/, ''));
  if (!body) return null;
  const inner = body[2] ?? '';
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(inner);
  return cdata ? (cdata[1] ?? '') : unescapeXml(inner);
}
