// Turns a word-level diff into what people read: a redline of the whole unit and a short excerpt
// of the standard and the document around the changes ("… binnen 24 uur …").
import type { RedlinePart } from './findings';
import { detokenize, type Token } from './text';
import type { DiffOp } from './token-diff';

const CONTEXT_TOKENS = 4;

function placeholderToken(text: string): Token {
  return { norm: text, source: text, start: 0, end: text.length, paragraphIndex: -3, hidden: false };
}

function expectedTokens(op: DiffOp): Token[] {
  switch (op.kind) {
    case 'equal': return [op.expected];
    case 'delete': return [op.expected];
    case 'insert': return [];
    case 'slot': return op.slot.placeholder === '' ? [...op.actual] : [placeholderToken(op.slot.placeholder)];
  }
}

function actualTokens(op: DiffOp): Token[] {
  switch (op.kind) {
    case 'equal': return [op.actual];
    case 'delete': return [];
    case 'insert': return [op.actual];
    case 'slot': return [...op.actual];
  }
}

const isChange = (op: DiffOp): boolean => op.kind === 'delete' || op.kind === 'insert';

export function redlineOf(ops: readonly DiffOp[]): RedlinePart[] {
  const parts: { op: RedlinePart['op']; tokens: Token[] }[] = [];
  for (const op of ops) {
    const kind: RedlinePart['op'] = op.kind === 'delete' ? 'delete' : op.kind === 'insert' ? 'insert' : 'equal';
    const tokens = op.kind === 'delete' ? expectedTokens(op) : actualTokens(op);
    if (tokens.length === 0) continue;
    const last = parts[parts.length - 1];
    if (last && last.op === kind) last.tokens.push(...tokens);
    else parts.push({ op: kind, tokens });
  }
  return parts.map((p) => ({ op: p.op, text: detokenize(p.tokens) }));
}

/** The standard's and the document's words around the changes, with ellipses where cut. */
export function excerptOf(ops: readonly DiffOp[]): { expected: string; actual: string } {
  const firstChange = ops.findIndex(isChange);
  if (firstChange < 0) return { expected: '', actual: '' };
  let lastChange = firstChange;
  ops.forEach((op, i) => { if (isChange(op)) lastChange = i; });
  const from = Math.max(0, firstChange - CONTEXT_TOKENS);
  const to = Math.min(ops.length, lastChange + CONTEXT_TOKENS + 1);
  const slice = ops.slice(from, to);
  const wrap = (text: string): string => `${from > 0 ? '… ' : ''}${text}${to < ops.length ? ' …' : ''}`;
  return {
    expected: wrap(detokenize(slice.flatMap(expectedTokens))),
    actual: wrap(detokenize(slice.flatMap(actualTokens))),
  };
}
