// A document port for component tests: serves a snapshot of a real .docx and records what the
// pane asks of it, without changing anything.
import { readFileSync } from 'fs';
import { join } from 'path';
import type { EditPlan } from '../../src/core/plan';
import type { Capabilities, DocumentPort } from '../../src/core/port';
import type { DocumentSnapshot } from '../../src/core/snapshot';
import { readDocx } from '../../src/docx/package';

export const FIXTURES = join(__dirname, '../../../shared/fixtures');

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
    return { trackedChanges: true, comments: true, contentControls: true, hiddenText: true, customXml: true, limitations: [], ...this.caps };
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
