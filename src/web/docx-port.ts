// The document port of the browser page: a .docx held in memory. Reading parses the bytes, applying
// a plan writes new bytes (all or nothing), selecting asks the preview to show a paragraph.
// A file has no cursor: the paragraph last selected stands in for it, so an insert-blocks edit
// after 'selection' goes after that paragraph (else at the end). The file adapter never sees UI state.
import type { Edit, EditPlan } from '../core/plan';
import type { Language } from '../core/language';
import type { Capabilities, DocumentPort } from '../core/port';
import type { DocumentSnapshot } from '../core/snapshot';
import { applyPlanToDocx } from '../docx/apply-plan';
import { readDocx } from '../docx/package';
import { localUserSettings } from './user-settings';

export interface DocxPortEvents {
  /** The bytes changed (a plan was applied). */
  onChange?(bytes: Uint8Array): void;
  /** The pane asked to show this paragraph. */
  onSelect?(paragraphIndex: number): void;
}

const LIMITATION: Readonly<Record<Language, string>> = {
  nl: 'U werkt in de browser op een kopie: het oorspronkelijke bestand blijft ongewijzigd. Download het resultaat om het te bewaren.',
  en: 'You are working on a copy in the browser: the original file stays unchanged. Download the result to keep it.',
};

function capabilitiesIn(language: Language): Capabilities {
  return { trackedChanges: true, trackedEdits: true, comments: true, contentControls: true, hiddenText: true, customXml: true, limitations: [LIMITATION[language]] };
}

/** The plan with every 'selection' place turned into the chosen paragraph, or the end without one. */
function atChosenParagraph(plan: EditPlan, chosen: number | null): EditPlan {
  if (!plan.edits.some((e) => e.op === 'insert-blocks' && e.after === 'selection')) return plan;
  const place: number | 'end' = chosen ?? 'end';
  const edits = plan.edits.map((e): Edit => (e.op === 'insert-blocks' && e.after === 'selection' ? { ...e, after: place } : e));
  return { ...plan, edits };
}

/** Whether paragraph `index` keeps its index through the plan: nothing is added or removed before it. */
function keepsIndex(plan: EditPlan, index: number): boolean {
  return plan.edits.every((e) => {
    if (e.op === 'insert-blocks') return e.after === 'end' || e.after === 'selection' || e.after >= index;
    if (e.op === 'delete-paragraph') return e.paragraphIndex > index;
    // Rows go after the table's last row, and filling a row may change its paragraphs.
    if (e.op === 'append-table-rows' || e.op === 'set-table-row') return e.firstParagraphIndex >= index;
    return true;
  });
}

export class DocxPort implements DocumentPort {
  readonly host = 'docx' as const;
  readonly userSettings = localUserSettings;
  private current: Uint8Array;
  private snapshot: DocumentSnapshot | null;
  private edits = 0;
  /** The paragraph last selected (shown in the preview): where 'selection' inserts go. */
  private chosen: number | null = null;

  constructor(bytes: Uint8Array, private readonly events: DocxPortEvents = {}, snapshot: DocumentSnapshot | null = null,
    private readonly language: Language = 'nl') {
    this.current = bytes;
    this.snapshot = snapshot;
  }

  /** The document as it is now. */
  get bytes(): Uint8Array { return this.current; }

  /** How many plans were applied since the file was opened. */
  get changeCount(): number { return this.edits; }

  capabilities(): Capabilities { return capabilitiesIn(this.language); }

  async readSnapshot(): Promise<DocumentSnapshot> {
    this.snapshot ??= readDocx(this.current);
    return this.snapshot;
  }

  async apply(plan: EditPlan): Promise<void> {
    const next = applyPlanToDocx(this.current, atChosenParagraph(plan, this.chosen));
    // A plan that moved the chosen paragraph leaves no place that is surely the user's: the end.
    if (this.chosen !== null && !keepsIndex(plan, this.chosen)) this.chosen = null;
    this.current = next;
    this.snapshot = null;
    this.edits += 1;
    this.events.onChange?.(next);
  }

  async select(paragraphIndex: number): Promise<void> {
    this.chosen = paragraphIndex;
    this.events.onSelect?.(paragraphIndex);
  }
}
