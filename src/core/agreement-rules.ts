// The agreement's own rules across fields, on the values the document will hold: a processing
// location outside the EER needs a transfer instrument, special categories of personal data need a
// stated measure, and the processor has one name throughout.
import type { AnswerNote, AnswerProblem, SpecialCategory } from './answer-text';
import type { Standard } from '../template/standard';
import { type FillTableInfo, fillTables } from './answers';

/** Column index by what its header says, so a reworded header in a later version still maps. */
function columnIndex(table: FillTableInfo, pattern: RegExp): number {
  return table.columns.findIndex((c) => pattern.test(c.replace(/[-\s]+/g, '')));
}


// Places outside the EER that suppliers commonly name (adequacy decisions such as for the UK or
// Switzerland still are a transfer instrument that has to be named: art. 45 AVG).
const OUTSIDE_EER_WORDS = [
  'verenigde staten', 'vs', 'usa', 'us', 'united states', 'amerika', 'america', 'verenigd koninkrijk', 'uk',
  'united kingdom', 'groot-brittannië', 'groot-brittannie', 'engeland', 'england', 'schotland', 'great britain',
  'zwitserland', 'switzerland', 'canada', 'india', 'china', 'japan', 'australië', 'australie', 'australia',
  'nieuw-zeeland', 'new zealand', 'israël', 'israel', 'rusland', 'russia', 'oekraïne', 'oekraine', 'ukraine',
  'turkije', 'turkey', 'türkiye', 'brazilië', 'brazilie', 'brazil', 'singapore', 'filipijnen', 'philippines',
  'zuid-afrika', 'south africa', 'zuid-korea', 'south korea', 'korea', 'servië', 'servie', 'serbia', 'marokko',
  'morocco', 'egypte', 'egypt', 'mexico', 'argentinië', 'argentinie', 'argentina', 'vietnam', 'indonesië',
  'indonesie', 'indonesia', 'maleisië', 'maleisie', 'malaysia', 'pakistan', 'bangladesh', 'sri lanka',
  'verenigde arabische emiraten', 'vae', 'uae', 'hongkong', 'hong kong', 'taiwan', 'wereldwijd', 'worldwide',
  'buiten de eer', 'buiten de eu', 'outside the eea', 'outside the eu', 'derde land', 'derde landen',
];

const OUTSIDE_PATTERN = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(?:${OUTSIDE_EER_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?=$|[^\\p{L}\\p{N}])`,
  'iu',
);

/**
 * True when a processing location names a place outside the EER. Only known places count: a city
 * or a data centre name is not taken for a third country.
 */
export function mentionsOutsideEer(location: string): boolean {
  const text = location.toLowerCase();
  // "US" and "VS" as words are only taken in capitals or as the whole entry, so "us" in an English
  // sentence does not count as the United States.
  for (const m of text.matchAll(new RegExp(OUTSIDE_PATTERN.source, 'giu'))) {
    const word = m[0].replace(/^[^\p{L}\p{N}]/u, '');
    if (word === 'us' || word === 'vs') {
      const at = (m.index ?? 0) + m[0].length - word.length;
      if (location.slice(at, at + 2) !== word.toUpperCase() && location.trim().toLowerCase() !== word) continue;
    }
    return true;
  }
  return false;
}

// Article 9 AVG (special categories) and article 10 AVG (criminal records), as words a supplier
// writes in the "(Bijzondere) Persoonsgegevens" column.
const SPECIAL_CATEGORIES: readonly { readonly pattern: RegExp; readonly category: SpecialCategory }[] = [
  { pattern: /gezondheid|medisch|medische|zorggegevens|health/i, category: 'health' },
  { pattern: /(?:^|[^\p{L}])ras(?:$|[^\p{L}])|ras\s*of\s*etni|raciale/iu, category: 'race' },
  { pattern: /etnisch|etniciteit|ethnic/i, category: 'ethnic' },
  { pattern: /politiek|political/i, category: 'political' },
  { pattern: /religi|godsdienst/i, category: 'religion' },
  { pattern: /levensovertuiging/i, category: 'belief' },
  { pattern: /vakbond|trade union/i, category: 'union' },
  { pattern: /genetisch|genetic/i, category: 'genetic' },
  { pattern: /biometrisch|biometric|vingerafdruk|gezichtsherkenning/i, category: 'biometric' },
  { pattern: /seksue|sexual/i, category: 'sexual' },
  { pattern: /strafrechtelijk|strafblad|criminal|justiti[eë]le gegevens/i, category: 'criminal' },
];

export function specialCategoriesIn(text: string): SpecialCategory[] {
  return SPECIAL_CATEGORIES.filter((c) => c.pattern.test(text)).map((c) => c.category);
}

function mentionsBsn(text: string): boolean {
  return /(?:^|[^\p{L}])(?:bsn|burgerservicenummer)(?:$|[^\p{L}])/iu.test(text);
}

function sameName(a: string, b: string): boolean {
  const norm = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  return norm(a) === norm(b);
}

/**
 * The agreement's own rules across fields, on the values the document will hold: a processing
 * location outside the EER needs a transfer instrument (art. 4.3; art. 45/46 AVG), special
 * categories of personal data need a stated measure, and the processor has one name throughout.
 */
export function agreementProblems(slots: Readonly<Record<string, string>>, tables: Readonly<Record<string, readonly (readonly string[])[]>>, std: Standard): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  for (const table of fillTables(std)) {
    const rows = tables[table.id];
    if (!rows) continue;
    const location = columnIndex(table, /locatie/i);
    const instrument = columnIndex(table, /doorgifte/i);
    const measures = columnIndex(table, /aanvullendemaatregelen/i);
    const data = columnIndex(table, /persoons/i);
    rows.forEach((row, r) => {
      const cell = (i: number): string => (i >= 0 ? (row[i] ?? '').trim() : '');
      if (location >= 0 && instrument >= 0 && mentionsOutsideEer(cell(location)) && cell(instrument) === '') {
        problems.push({ code: 'outside-eer', tableId: table.id, row: r, location: cell(location) });
      }
      if (data >= 0 && measures >= 0) {
        const special = specialCategoriesIn(cell(data));
        if (special.length > 0 && cell(measures) === '') problems.push({ code: 'special-categories', tableId: table.id, row: r, categories: special });
      }
    });
  }
  const company = slots['verwerker.naam'];
  const signer = slots['ondertekening.verwerker.organisatie'];
  if (company && signer && !sameName(company, signer)) {
    problems.push({ code: 'processor-name-differs', signer, company });
  }
  return problems;
}

/** Notes that are no error but worth telling (BSN is no special category, yet restricted). */
export function agreementNotes(tables: Readonly<Record<string, readonly (readonly string[])[]>>, std: Standard): AnswerNote[] {
  const notes: AnswerNote[] = [];
  for (const table of fillTables(std)) {
    const data = columnIndex(table, /persoons/i);
    (tables[table.id] ?? []).forEach((row, r) => {
      if (data >= 0 && mentionsBsn(row[data] ?? '')) notes.push({ code: 'bsn', tableId: table.id, row: r });
    });
  }
  return notes;
}
