// The versions of the standard this program knows: one line per version folder, oldest first.
// Adding a version is adding its folder and its line here.
import { VERSION as VNG_2_5_3 } from './vng-2.5.3';
import type { VersionData } from './fields';
import { buildStandard, type Standard } from './standard';

const VERSIONS: readonly VersionData[] = [
  VNG_2_5_3,
];

let built: readonly Standard[] | null = null;

/** The registered versions, built once per process, oldest first. */
export function registeredStandards(): readonly Standard[] {
  built ??= VERSIONS.map(buildStandard);
  return built;
}

/** The newest registered version's data: what a new version's import carries its fields over from. */
export function newestVersionData(): VersionData {
  return VERSIONS[VERSIONS.length - 1] as VersionData;
}

/** The newest registered version: the one a new agreement is made from. */
export function newestStandard(): Standard {
  const all = registeredStandards();
  return all[all.length - 1] as Standard;
}
