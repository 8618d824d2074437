import { existsSync, readFileSync } from 'fs';
import { join } from 'path';

export interface Label {
  readonly file: string;
  readonly expect: 'clean' | 'altered' | 'unusable';
  readonly clauses: readonly string[];
  readonly note: string;
  /** Absolute path of the document. */
  readonly path: string;
}

/** The labelled documents of a fixtures folder (labels.jsonl beside them), or none. */
export function readLabels(folder: string): Label[] {
  const file = join(folder, 'labels.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const raw = JSON.parse(line) as Omit<Label, 'path'>;
      return { ...raw, path: join(folder, raw.file) };
    });
}
