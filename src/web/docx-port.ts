// The document port of the browser page: a .docx held in memory. Reading parses the bytes, applying
// a plan writes new bytes (all or nothing), selecting asks the preview to show a paragraph.
import type { EditPlan } from '../core/plan';
import type { Capabilities, DocumentPort } from '../core/port';
import type { DocumentSnapshot } from '../core/snapshot';
import { applyPlanToDocx } from '../docx/apply-plan';
import { readDocx } from '../docx/package';

export interface DocxPortEvents {
  /** The bytes changed (a plan was applied). */
  onChange?(bytes: Uint8Array): void;
  /** The pane asked to show this paragraph. */
  onSelect?(paragraphIndex: number): void;
}

const CAPABILITIES: Capabilities = {
  trackedChanges: true,
  comments: true,
  contentControls: true,
  hiddenText: true,
  customXml: true,
  limitations: ['U werkt in de browser op een kopie: het oorspronkelijke bestand blijft ongewijzigd. Download het resultaat om het te bewaren.'],
};

export class DocxPort implements DocumentPort {
  readonly host = 'docx' as const;
  private current: Uint8Array;
  private snapshot: DocumentSnapshot | null;
  private edits = 0;

  constructor(bytes: Uint8Array, private readonly events: DocxPortEvents = {}, snapshot: DocumentSnapshot | null = null) {
    this.current = bytes;
    this.snapshot = snapshot;
  }

  /** The document as it is now. */
  get bytes(): Uint8Array { return this.current; }

  /** How many plans were applied since the file was opened. */
  get changeCount(): number { return this.edits; }

  capabilities(): Capabilities { return CAPABILITIES; }

  async readSnapshot(): Promise<DocumentSnapshot> {
    this.snapshot ??= readDocx(this.current);
    return this.snapshot;
  }

  async apply(plan: EditPlan): Promise<void> {
    const next = applyPlanToDocx(this.current, plan);
    this.current = next;
    this.snapshot = null;
    this.edits += 1;
    this.events.onChange?.(next);
  }

  async select(paragraphIndex: number): Promise<void> {
    this.events.onSelect?.(paragraphIndex);
  }
}
