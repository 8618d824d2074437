import { join, resolve } from 'path';

const REPO = resolve(__dirname, '..', '..');
/** Documents made outside the project (Word, LibreOffice, pandoc), with their labels. */
export const EXTERNAL_FIXTURES = join(REPO, 'test', 'fixtures', 'external');
/** Documents the project makes itself with LibreOffice (scripts/make-fixtures). */
export const OWN_FIXTURES = join(REPO, 'test', 'fixtures');
/** The standard's source text as published, and the same text tagged with clause ids. */
export const STANDARD_SOURCE = join(REPO, 'src', 'template', 'vng-2.5.3', 'source');
