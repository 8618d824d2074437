// Two fields next to each other ("de <heer of mevrouw> <persoonsnaam>", "Contactgegevens: …
// FG@gemeente.nl") leave the word-level alignment free to give all words to one of them. The
// fields' own shapes decide the split: a choice takes the words of one of its choices, an e-mail
// address takes the address.
import { type SlotDefinition, writtenForms } from '../template/fields';
import { tokenize } from './text';
import type { Token } from './text';
import type { DiffOp } from './token-diff';

type SlotOp = Extract<DiffOp, { kind: 'slot' }>;

function prefixMatch(tokens: readonly Token[], phrases: readonly string[]): number {
  let best = 0;
  for (const phrase of phrases) {
    const words = phrase.split(/\s+/).filter(Boolean);
    if (words.length <= tokens.length && words.every((w, i) => tokens[i]?.norm.toLowerCase() === w.toLowerCase())) best = Math.max(best, words.length);
  }
  return best;
}

/** Length of a trailing e-mail address (word @ word . word …) at the end of the tokens. */
function emailSuffix(tokens: readonly Token[]): number {
  const at = tokens.map((t) => t.norm).lastIndexOf('@');
  if (at < 1) return 0;
  let start = at - 1;
  while (start > 0 && (tokens[start - 1]?.norm === '.' || tokens[start - 1]?.norm === '-' || tokens[start - 1]?.norm === '_') && tokens[start - 1]?.end === tokens[start]?.start) start -= 2;
  return tokens.length - Math.max(0, start);
}

function placeholderWords(slot: SlotOp['slot']): string[] {
  return slot.placeholder === '' ? [] : [slot.placeholder.replace(/[<>]/g, ' ').trim()];
}

/** How many tokens at the start are the field's own placeholder ("de <heer of mevrouw>"), or 0. */
function placeholderLength(tokens: readonly Token[], placeholder: string): number {
  if (!placeholder.includes('<')) return 0;
  const own = tokenize(placeholder, -2);
  return own.every((t, i) => tokens[i]?.norm === t.norm) ? own.length : 0;
}

export function splitAdjacentSlots(ops: readonly DiffOp[], definitions: ReadonlyMap<string, SlotDefinition>): DiffOp[] {
  const out = [...ops];
  for (let i = 0; i + 1 < out.length; i += 1) {
    const a = out[i];
    const b = out[i + 1];
    if (a?.kind !== 'slot' || b?.kind !== 'slot') continue;
    const all = [...a.actual, ...b.actual];
    const defA = definitions.get(a.slot.slotId);
    const defB = definitions.get(b.slot.slotId);
    let cut: number | null = null;
    if (defA?.choices !== undefined) {
      const placeholderTokens = placeholderLength(all, a.slot.placeholder);
      cut = placeholderTokens > 0 ? placeholderTokens : prefixMatch(all, [...writtenForms(defA), ...placeholderWords(a.slot)]);
    } else if (defB?.kind === 'email' || b.slot.slotId === 'gemeente.fg-email') {
      cut = all.length - emailSuffix(all);
    }
    if (cut === null) continue;
    out[i] = { ...a, actual: all.slice(0, cut) };
    out[i + 1] = { ...b, actual: all.slice(cut) };
  }
  return out;
}
