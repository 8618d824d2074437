// `--standaard <versie>` (anywhere in the arguments, taken out of them): the version of the standard
// every command works with. Without it, a document is read against the version it names where that
// one is registered, else against the newest.
import type { DocumentSnapshot } from '../core/snapshot';
import { standardFor, standardNamed } from '../core/version';
import { newestStandard, registeredStandards } from '../template/registry';
import type { Standard } from '../template/standard';

/** The standard for a document read by a command. */
export type PickStandard = (snapshot: DocumentSnapshot) => Standard;

const OPTION = '--standaard';

/** The document's own version, as the task pane picks it. */
export const claimedStandard: PickStandard = (snapshot) => standardFor(snapshot, registeredStandards()) ?? newestStandard();

/**
 * The arguments without the option, and how to pick the standard; or the value given when it names
 * no registered version (also when the value is missing: then "").
 */
export function takeStandard(argv: readonly string[]): { rest: string[]; pick: PickStandard } | { unknown: string } {
  const rest: string[] = [];
  let value: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i] as string;
    if (a === OPTION) { value = argv[i + 1] ?? ''; i += 1; }
    else if (a.startsWith(`${OPTION}=`)) value = a.slice(OPTION.length + 1);
    else rest.push(a);
  }
  if (value === null) return { rest, pick: claimedStandard };
  const forced = standardNamed(value, registeredStandards());
  if (forced === null) return { unknown: value };
  return { rest, pick: () => forced };
}

/** The versions a user may name, as they write themselves. */
export function registeredVersions(): string[] {
  return registeredStandards().map((s) => s.version);
}
