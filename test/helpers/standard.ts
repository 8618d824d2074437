// The standard most tests work with: the newest registered version (2.5.3).
import type { ClauseId } from '../../src/template/clause-ids';
import { newestStandard } from '../../src/template/registry';
import { clauseOf } from '../../src/template/standard';

export const STD = newestStandard();

/** A clause id of that standard (a test names provisions by their id; an unknown one fails the test). */
export function clause(id: string): ClauseId {
  const known = clauseOf(STD, id);
  if (known === null) throw new Error(`${id} is geen clause-id van versie ${STD.version}`);
  return known;
}
