// The version of the standard the pane and the browser page work with: the one the document
// claims where it is registered, else the newest (the check then says so).
import type { DocumentSnapshot } from '../../core/snapshot';
import { standardFor } from '../../core/version';
import { newestStandard, registeredStandards } from '../../template/registry';
import type { Standard } from '../../template/standard';

export function documentStandard(snapshot: DocumentSnapshot): Standard {
  return standardFor(snapshot, registeredStandards()) ?? newestStandard();
}

export { newestStandard };
