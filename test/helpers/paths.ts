import { existsSync } from 'fs';
import { join, resolve } from 'path';

/** ../shared beside the repository (as on developers' machines and in CI). */
export const SHARED = resolve(__dirname, '..', '..', '..', 'shared');
export const SHARED_FIXTURES = join(SHARED, 'fixtures');
export const OWN_FIXTURES = resolve(__dirname, '..', 'fixtures');

export function sharedAvailable(): boolean {
  return existsSync(join(SHARED_FIXTURES, 'labels.jsonl'));
}
