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
  /**
   * The text that restores the paragraph at paragraphIndex to the standard (its own filled-in values
   * kept), or, where restoring that one paragraph is not the remedy (missing, inserted, tables), the
   * standard's text of the clause for reference or ''.
   */
  readonly standardText: string;
}

/** What a finding says in particular; the rest has defaults (body, no words, no place) and the
 * Dutch message follows from the reason. */
export type FindingFields = Pick<Finding, 'severity' | 'kind' | 'clause' | 'reason'> & Partial<Omit<Finding, 'severity' | 'kind' | 'clause' | 'reason' | 'message'>>;

export function finding(fields: FindingFields): Finding {
  return {
    story: 'body', expected: '', actual: '', redline: [], paragraphIndex: null, standardText: '',
    ...fields, message: findingText(fields.reason, fields.clause),
  };
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
