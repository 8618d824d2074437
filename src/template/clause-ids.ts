// Clause ids of docs/spec/check-contract.md: the contract other people score against.
const ARTICLE_CLAUSES = [
  'art-1.1', 'art-1.2', 'art-2.1', 'art-2.2', 'art-2.3', 'art-3.1', 'art-3.2',
  'art-4.1', 'art-4.2', 'art-4.3', 'art-4.4', 'art-4.5', 'art-4.6', 'art-4.7',
  'art-5.1', 'art-5.2', 'art-5.3', 'art-5.4', 'art-6.1', 'art-7.1', 'art-7.2', 'art-8.1',
] as const;

const GIBIT_CLAUSES = [
  'gibit-16.1', 'gibit-16.2', 'gibit-16.3', 'gibit-16.4', 'gibit-16.5', 'gibit-16.6', 'gibit-24.14',
  'gibit-25.1', 'gibit-25.2', 'gibit-25.3', 'gibit-25.4', 'gibit-25.5', 'gibit-25.6', 'gibit-25.7',
  'gibit-26.1', 'gibit-26.2', 'gibit-26.3', 'gibit-26.4', 'gibit-26.5', 'gibit-26.6', 'gibit-26.7',
  'gibit-26.8', 'gibit-26.9', 'gibit-26.10', 'gibit-26.11',
] as const;

export const CLAUSE_IDS = [
  'titel', 'aanhef', 'overweging-a', 'overweging-b', 'overweging-c', 'overweging-d',
  ...ARTICLE_CLAUSES, 'ondertekening', 'bijlage-1', 'bijlage-2', ...GIBIT_CLAUSES,
] as const;

export type ClauseId = (typeof CLAUSE_IDS)[number];

const CLAUSE_SET: ReadonlySet<string> = new Set(CLAUSE_IDS);

export function isClauseId(value: string): value is ClauseId {
  return CLAUSE_SET.has(value);
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
    case 'ondertekening': return en ? 'The signatures' : 'De ondertekening';
    case 'bijlage-1': return en ? 'Annex 1' : 'Bijlage 1';
    case 'bijlage-2': return en ? 'Annex 2' : 'Bijlage 2';
    default: return clause;
  }
}
