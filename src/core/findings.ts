// What `check` reports (docs/spec/check-contract.md).
import type { ClauseId } from '../template/clause-ids';
import { type FindingReason, findingText } from './finding-text';
import type { FieldCount } from './field-count';
import type { Language } from './language';
import type { Story } from './snapshot';
import { type UnusableReason, unusableText } from './unusable-text';

export type Severity = 'error' | 'warning' | 'info';

export type FindingKind =
  | 'altered' | 'missing' | 'inserted' | 'moved' | 'hidden'
  | 'tracked-change' | 'comment' | 'version' | 'unfilled' | 'other';

/** One piece of a word-level redline: kept, removed from the standard, or added by the document. */
export interface RedlinePart {
  readonly op: 'equal' | 'delete' | 'insert';
  readonly text: string;
}

export interface Finding {
  readonly severity: Severity;
  readonly kind: FindingKind;
  readonly clause: ClauseId | null;
  /** Where in the file the finding is (added to the contract's fields). */
  readonly story: Story;
  /** What was found, as a code with parameters (the front end words it: findingText). */
  readonly reason: FindingReason;
  /** The same in Dutch, as the contract has it. */
  readonly message: string;
  readonly expected: string;
  readonly actual: string;
  /** Word-level differences of the whole paragraph (added to the contract's fields). */
  readonly redline: readonly RedlinePart[];
  /** Paragraph index in the document where the finding is, or null when it is not there at all. */
  readonly paragraphIndex: number | null;
  /** How the finding is undone (core/restore-plan.ts carries it out), or null when it is not. */
  readonly restore: Restore | null;
  /**
   * Where inserted text runs on over several units (consecutive paragraphs, nothing of the standard
   * between them: core/inserted-runs.ts), the index of its last paragraph; absent otherwise. The
   * finding is then all of paragraphIndex..lastParagraphIndex.
   */
  readonly lastParagraphIndex?: number;
  /**
   * Its place (0, 1, …) among the report's findings with the same clause, kind and story, in report
   * order: with those three, what identifies it in a stored review (core/stored-review.ts).
   */
  readonly position: number;
}

/**
 * How a finding is undone, as the check found it. Per kind of finding: altered or hidden text gets
 * its `text` back; a missing provision is inserted at its place; a moved one moved back; inserted
 * text deleted (in a header, a note or a text box too); a supplier's tracked change rejected.
 * Comments, versions, placeholders, tables and imported parts have none.
 */
export type Restore =
  /** The paragraph's text made the standard's again (its filled-in values kept): word by word, or
   * as a whole where the standard's words are there but hidden. */
  | { readonly kind: 'text'; readonly paragraphIndex: number; readonly text: string; readonly scope: 'words' | 'paragraph' }
  /** The standard's unit with this text (and what else of its provision is missing) put in at its place. */
  | { readonly kind: 'insert'; readonly clause: ClauseId; readonly unit: string }
  /** The unit at the paragraph taken away, and the standard's unit with this text put in at its place. */
  | { readonly kind: 'move-back'; readonly paragraphIndex: number; readonly clause: ClauseId | null; readonly unit: string }
  /** The unit at the paragraph deleted. */
  | { readonly kind: 'delete'; readonly paragraphIndex: number }
  /** The tracked changes in the unit at the paragraph rejected. */
  | { readonly kind: 'reject'; readonly paragraphIndex: number };

/** What a finding says in particular; the rest has defaults (body, no words, no place, no restore,
 * the first of its kind) and the Dutch message follows from the reason. */
export type FindingFields = Pick<Finding, 'severity' | 'kind' | 'clause' | 'reason'> & Partial<Omit<Finding, 'severity' | 'kind' | 'clause' | 'reason' | 'message'>>;

/** A finding with its fields in the contract's order (docs/spec/check-contract.md), the added ones after. */
export function finding(fields: FindingFields): Finding {
  const { severity, kind, clause, reason, expected = '', actual = '', story = 'body', redline = [], paragraphIndex = null, restore = null, position = 0, ...added } = fields;
  return { severity, kind, clause, message: findingText(reason, clause), expected, actual, story, reason, redline, paragraphIndex, restore, position, ...added };
}

/** The findings of a report, each with its position among those with the same clause, kind and story. */
export function positioned(findings: readonly Finding[]): Finding[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const group = `${f.clause ?? ''}|${f.kind}|${f.story}`;
    const position = seen.get(group) ?? 0;
    seen.set(group, position + 1);
    return f.position === position ? f : { ...f, position };
  });
}

export interface UnfilledPlaceholder {
  readonly text: string;
  readonly clause: ClauseId | null;
  /** The field's id and Dutch label (added to the contract's fields). */
  readonly slotId: string;
  readonly label: string;
}

export interface CheckReport {
  readonly template: { readonly id: string; readonly version: string };
  /**
   * The version the document says it is, or null: as the standard checked against writes it when it
   * is that version ("2.53" → "2.5.3"), else as the document writes it ("2.42").
   */
  readonly detectedVersion: string | null;
  readonly bijlage3: boolean;
  readonly findings: readonly Finding[];
  readonly placeholders: { readonly total: number; readonly unfilled: readonly UnfilledPlaceholder[] };
  /** Added to the contract's fields: the fields this document has and how many hold a value (core/field-count.ts). */
  readonly fields: FieldCount;
}

/** The document could not be checked: exit status 2 with this one-line reason (Dutch message; `reason` words it in any language). */
export class UnusableDocumentError extends Error {
  /** The reason as a code, or null for a reason only worded in Dutch. */
  readonly reason: UnusableReason | null;

  constructor(reason: UnusableReason | string) {
    super(typeof reason === 'string' ? reason : unusableText(reason));
    this.name = 'UnusableDocumentError';
    this.reason = typeof reason === 'string' ? null : reason;
  }

  /** The reason in the reader's language (Dutch where it has no code yet). */
  text(language: Language): string {
    return this.reason === null ? this.message : unusableText(this.reason, language);
  }
}
