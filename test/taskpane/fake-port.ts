// A document port for component tests: serves a snapshot of a real .docx and records what the
// pane asks of it, without changing anything. LiveFakePort also reports edits, like Word 1.6.
import { readFileSync } from 'fs';
import { join } from 'path';
import type { EditPlan } from '../../src/core/plan';
import type { Capabilities, DocumentPort } from '../../src/core/port';
import type { DocumentSnapshot, ParagraphSnapshot } from '../../src/core/snapshot';
import { readDocx } from '../../src/docx/package';

export const FIXTURES = join(__dirname, '../fixtures/external');

export function fixtureBytes(relative: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, relative)));
}

export function fixtureSnapshot(relative: string): DocumentSnapshot {
  return readDocx(fixtureBytes(relative));
}

export class FakePort implements DocumentPort {
  readonly host: 'word' | 'docx';
  readonly applied: EditPlan[] = [];
  readonly selected: number[] = [];
  reads = 0;
  failApply: Error | null = null;

  constructor(private readonly snapshot: DocumentSnapshot, host: 'word' | 'docx' = 'word', private readonly caps: Partial<Capabilities> = {}) {
    this.host = host;
  }

  capabilities(): Capabilities {
    return { trackedChanges: true, trackedEdits: true, comments: true, contentControls: true, hiddenText: true, customXml: true, limitations: [], ...this.caps };
  }

  async readSnapshot(): Promise<DocumentSnapshot> {
    this.reads += 1;
    return this.snapshot;
  }

  async apply(plan: EditPlan): Promise<void> {
    if (this.failApply) throw this.failApply;
    this.applied.push(plan);
  }

  async select(paragraphIndex: number): Promise<void> {
    this.selected.push(paragraphIndex);
  }
}

/** A port that, like Word with WordApi 1.6, reports edits: the test changes the document and fires. */
export class LiveFakePort extends FakePort {
  private listeners = new Set<() => void>();
  private current: DocumentSnapshot;

  constructor(snapshot: DocumentSnapshot, caps: Partial<Capabilities> = {}) {
    super(snapshot, 'word', caps);
    this.current = snapshot;
  }

  /** How many listeners are subscribed now. */
  get subscribers(): number {
    return this.listeners.size;
  }

  override async readSnapshot(): Promise<DocumentSnapshot> {
    await super.readSnapshot();
    return this.current;
  }

  onDocumentChanged(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** The user edits: from now on the document reads as `snapshot`, and Word reports `times` changes. */
  edit(snapshot: DocumentSnapshot, times = 1): void {
    this.current = snapshot;
    for (let i = 0; i < times; i++) for (const listener of [...this.listeners]) listener();
  }
}

/** A copy of the snapshot in which paragraph `index` has `from` replaced by `to` (a typed edit). */
export function editParagraph(snapshot: DocumentSnapshot, index: number, from: string, to: string): DocumentSnapshot {
  let done = false;
  const edit = (p: ParagraphSnapshot): ParagraphSnapshot => {
    if (p.index !== index) return p;
    const whole = p.segments.map((s) => s.text).join('');
    if (!whole.includes(from)) throw new Error(`paragraph ${index} has no "${from}"`);
    done = true;
    const inOne = p.segments.findIndex((s) => s.text.includes(from));
    const segments = inOne >= 0
      ? p.segments.map((s, i) => (i === inOne ? { ...s, text: s.text.replace(from, to) } : s))
      : [{ ...p.segments[0]!, text: whole.replace(from, to) }];
    return { ...p, segments };
  };
  const blocks = snapshot.blocks.map((b) => (b.kind === 'paragraph' ? edit(b) : { ...b, rows: b.rows.map((row) => row.map((cell) => cell.map(edit))) }));
  if (!done) throw new Error(`no paragraph ${index}`);
  return { ...snapshot, blocks };
}
