import { clauseNamedIn } from '../../src/core/clause-reference';
import { STD } from '../helpers/standard';

describe('the provision a text names', () => {
  it.each([
    ['In afwijking van artikel 5.1 meldt Verwerker een Inbreuk binnen 72 uur.', 'art-5.1'],
    ['zie art. 5.1', 'art-5.1'],
    ['art.4.2 geldt niet', 'art-4.2'],
    ['Artikel 5.1 lid 2 vervalt', 'art-5.1'],
    ['Artikel 7 geldt niet', 'art-7.1'],
    ['GIBIT artikel 16.3 is van toepassing', 'gibit-16.3'],
    ['GIBIT 2023 artikel 25.1', 'gibit-25.1'],
    ['artikel 16.3 GIBIT', 'gibit-16.3'],
    ['artikel 26.5', 'gibit-26.5'],
    ['Bijlage 2 is aangevuld', 'bijlage-2'],
    ['overweging c vervalt', 'overweging-c'],
    ['conform artikel 32 AVG en artikel 4.2', 'art-4.2'],
  ])('%s → %s', (text, clause) => {
    expect(clauseNamedIn(text, STD)).toBe(clause);
  });

  it.each(['artikel 28.2 AVG', 'artikelen 12 t/m 22', 'Aanvullende bepaling', 'artikel 9.9', 'Bijlage 5'])('%s names none', (text) => {
    expect(clauseNamedIn(text, STD)).toBeNull();
  });
});
