// A municipality detail with set forms ("De burgemeester van", "Het college van burgemeester en
// wethouders van" …) is standard text that each municipality may word in one of those forms: its
// words are one of the forms, in any case, or they are the standard's text altered. An altered form
// is diffed against the form it is nearest to, so the redline names the changed words.
import type { SlotDefinition } from '../template/fields';
import { type Token, tokenize } from './text';
import { type DiffOp, diffTokens, type TokenDiff } from './token-diff';
import type { TemplateToken } from './units';

type SlotOp = Extract<DiffOp, { kind: 'slot' }>;

/** A field whose words must be one of its written forms: a municipality detail with choices. */
export function hasSetForms(definition: SlotDefinition | undefined): definition is SlotDefinition & { choices: readonly string[] } {
  return definition?.kind === 'municipality' && definition.choices !== undefined;
}

const lower = (tokens: readonly Token[]): string => tokens.map((t) => t.norm.toLowerCase()).join(' ');

function isForm(tokens: readonly Token[], forms: readonly string[]): boolean {
  const words = lower(tokens);
  return forms.some((form) => lower(tokenize(form, -2)) === words);
}

/**
 * The diff of the field's words (and a field right after it, which may have taken some of them)
 * against its nearest form as fixed text: the fewest errors, the standard's own form on a tie.
 */
function nearestForm(forms: readonly string[], words: readonly Token[], next: SlotOp | null): TokenDiff {
  let best: TokenDiff | null = null;
  for (const form of forms) {
    const template: TemplateToken[] = tokenize(form, -2).map((token) => ({ kind: 'fixed', token }));
    if (next) template.push(next.slot);
    const diff = diffTokens(template, words);
    if (best === null || diff.errors < best.errors) best = diff;
  }
  return best as TokenDiff;
}

/** The diff with every set-form field either one of its forms or diffed as altered text. */
export function settleSetForms(diff: TokenDiff, definitions: ReadonlyMap<string, SlotDefinition>): TokenDiff {
  const ops = diff.ops;
  const at = ops.findIndex((op) => op.kind === 'slot' && hasSetForms(definitions.get(op.slot.slotId)));
  if (at < 0) return diff;
  const op = ops[at] as SlotOp;
  const definition = definitions.get(op.slot.slotId) as SlotDefinition;
  // The standard's own form first, so that a tie is read against the seed's words.
  const written = Object.values(definition.written ?? {});
  const forms = [op.slot.placeholder, ...written.filter((f) => f !== op.slot.placeholder)];
  if (isForm(op.actual, forms)) return diff;
  const after = ops[at + 1];
  const next = after?.kind === 'slot' ? after : null;
  const redone = nearestForm(forms, [...op.actual, ...(next?.actual ?? [])], next);
  return {
    ops: [...ops.slice(0, at), ...redone.ops, ...ops.slice(at + (next ? 2 : 1))],
    errors: diff.errors + redone.errors,
    deleted: diff.deleted + redone.deleted,
  };
}
