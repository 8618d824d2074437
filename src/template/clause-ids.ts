// Clause ids of docs/spec/check-contract.md: the contract other people score against. The ids are
// the version's own: its text tags every block with one ("art-5.1", "gibit-26.5"), so a version
// that adds a provision adds its id. The parts every version has are named here.
export const FIXED_CLAUSES = ['titel', 'aanhef', 'ondertekening', 'bijlage-1', 'bijlage-2'] as const;

declare const clauseIdBrand: unique symbol;

/** A clause id: one of the fixed parts, or an id a version's text tags (read through `isClauseIdForm`). */
export type ClauseId = (typeof FIXED_CLAUSES)[number] | (string & { readonly [clauseIdBrand]: true });

/** The shape a clause id has in the text format (which ids a version has, its text says). */
const CLAUSE_FORM = /^(?:titel|aanhef|ondertekening|overweging-[a-z]|art-\d{1,2}\.\d{1,2}|bijlage-\d{1,2}|gibit-\d{1,2}\.\d{1,2})$/;

export function isClauseIdForm(value: string): value is ClauseId {
  return CLAUSE_FORM.test(value);
}

export function isBijlage3Clause(clause: ClauseId): boolean {
  return clause.startsWith('gibit-');
}

/** The name a reader uses for a clause: "Artikel 5.1", "Bijlage 3, artikel 26.5" ("Article 5.1" in English). */
export function clauseTitle(clause: ClauseId, language: 'nl' | 'en' = 'nl'): string {
  const en = language === 'en';
  if (clause.startsWith('art-')) return `${en ? 'Article' : 'Artikel'} ${clause.slice(4)}`;
  if (clause.startsWith('gibit-')) return `${en ? 'Annex 3, article' : 'Bijlage 3, artikel'} ${clause.slice(6)}`;
  if (clause.startsWith('overweging-')) return `${en ? 'Recital' : 'Overweging'} ${clause.slice(11)})`;
  switch (clause) {
    case 'titel': return en ? 'The title' : 'De titel';
    case 'aanhef': return en ? 'The opening (parties)' : 'De aanhef (partijen)';
    case 'ondertekening': return en ? 'The signature block' : 'De ondertekening';
    case 'bijlage-1': return en ? 'Annex 1' : 'Bijlage 1';
    case 'bijlage-2': return en ? 'Annex 2' : 'Bijlage 2';
    default: return clause;
  }
}
