// Version 2.5.3 of the standard, as one value (registered in ../registry.ts).
import type { VersionData } from '../fields';
import { BIJLAGE2_OPTIONS, OPTIONAL_LINES, SEED_MUNICIPALITY, SLOT_DEFINITIONS, TABLE_DEFINITIONS } from './slots';
import { STANDARD_SOURCE } from './standard-text';

export const VERSION: VersionData = {
  text: STANDARD_SOURCE,
  slots: SLOT_DEFINITIONS,
  tables: TABLE_DEFINITIONS,
  bijlage2Options: BIJLAGE2_OPTIONS,
  optionalLines: OPTIONAL_LINES,
  seedMunicipality: SEED_MUNICIPALITY,
};
