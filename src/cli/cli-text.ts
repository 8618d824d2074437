// Every sentence the command line prints that is its own (findings and unusable reasons are worded
// in src/core), Dutch and English side by side.
import type { Language } from '../core/language';

const nl = {
  usage: `Gebruik:
  vo-assistent check <bestand.docx | map>… [--json] [--accepted-ok] [--lang nl|en]
      controleer de standaardtekst; een map: elk .docx-bestand erin, ook in submappen
      exit 0: geen afwijkingen, 1: afwijkingen, 2: een bestand kon niet worden gecontroleerd
      --json         één JSON-regel per bestand, in de volgorde van de invoer
      --accepted-ok  afwijkingen die de opgeslagen beoordeling accepteerde, tellen niet voor de exitstatus
  vo-assistent scan <bestand.docx> [--json]          toon de invulvelden en hun waarden
  vo-assistent fill <in.docx> --answers <antwoorden.json> -o <uit.docx>   vul het document in
  vo-assistent standaard importeer <bron.md> [--uit <map>]   maak de map van een nieuwe versie van de standaard
  --lang en of LANG=en_…/LC_ALL=en_…: Engelse tekst
  --max-grootte <MB> (of VO_ASSISTENT_MAX_GROOTTE): weigert invoer groter dan zoveel MB (standaard 25)
  --standaard <versie>: gebruik deze versie van de standaard (anders die het document noemt, of de nieuwste)
`,
  unknownCommand: (name: string) => `Onbekend commando: ${name}`,
  unknownOption: (options: string) => `Onbekende optie: ${options}. Zie vo-assistent --help.`,
  noInput: 'Geen bestand opgegeven. Zie vo-assistent --help.',
  badLanguage: (value: string) => `Onbekende taal: ${value} (kies nl of en).`,
  unknownStandard: (value: string, known: readonly string[]) => `Onbekende versie van de standaard: "${value}". Bekend ${known.length === 1 ? 'is versie' : 'zijn de versies'} ${known.join(', ')}.`,
  unexpected: 'Onverwachte fout: de invoer kon niet worden verwerkt.',
  cannotRead: 'het bestand kan niet worden gelezen (bestaat het?).',
  noDocxInFolder: 'deze map bevat geen .docx-bestanden.',
  checkFailed: 'het document kan niet worden gecontroleerd door een onverwachte fout in de inhoud.',
  scanFailed: 'het document kan niet worden gelezen door een onverwachte fout in de inhoud.',
  clean: 'geen afwijkingen van de standaardtekst',
  deviations: (n: number) => (n === 1 ? '1 afwijking van de standaardtekst' : `${n} afwijkingen van de standaardtekst`),
  acceptedOf: (n: number) => (n === 1 ? '1 daarvan geaccepteerd' : `${n} daarvan geaccepteerd`),
  agreement: (version: string, bijlage3: boolean) => `VNG standaard verwerkersovereenkomst ${version}${bijlage3 ? ', met Bijlage 3' : ''}`,
  severity: { error: 'AFWIJKING', warning: 'LET OP', info: 'info' },
  accepted: 'GEACCEPTEERD',
  acceptedBy: (motivation: string, reviewer: string) => `motivering: ${motivation}${reviewer ? ` (${reviewer})` : ''}`,
  notCarriedOver: (n: number) => (n === 1
    ? 'Let op: 1 opgeslagen beslissing geldt niet meer: de woorden zijn sindsdien gewijzigd, of de beslissing is opgeslagen zonder de woorden (vóór deze versie).'
    : `Let op: ${n} opgeslagen beslissingen gelden niet meer: de woorden zijn sindsdien gewijzigd, of de beslissingen zijn opgeslagen zonder de woorden (vóór deze versie).`),
  standard: 'standaard',
  document: 'document: ',
  nothing: '(niets)',
  toFill: 'Nog in te vullen',
  summary: (files: number, clean: number, deviating: number, unusable: number) =>
    `${files} ${files === 1 ? 'bestand' : 'bestanden'}: ${clean} zonder afwijkingen, ${deviating} met afwijkingen, ${unusable} niet te controleren`,
  // scan
  scanUsage: 'Gebruik: vo-assistent scan <bestand.docx> [--json]',
  stillToFill: (placeholder: string) => `nog in te vullen (${placeholder || 'leeg'})`,
  rowsFilled: (n: number) => `${n} ${n === 1 ? 'rij' : 'rijen'} ingevuld`,
  table: (label: string) => `Bijlage 1, ${label}`,
  optionsRemoved: 'Bijlage 2, niet opgenomen',
  badSize: (from: string, value: string) => `${from} verwacht een aantal MB groter dan 0, niet "${value}".`,
  // fill
  fillUsage: 'Gebruik: vo-assistent fill <in.docx> --answers <antwoorden.json> -o <uit.docx>',
  optionWithoutFile: (option: string) => `Optie ${option} mist een bestandsnaam.`,
  oneInput: (extra: string) => `Eén invoerbestand tegelijk; "${extra}" is er één te veel.`,
  noInputFile: 'Het invoerbestand (.docx) ontbreekt.',
  noAnswersFile: 'Het antwoordenbestand ontbreekt (--answers <antwoorden.json>).',
  noOutputFile: 'Het uitvoerbestand ontbreekt (-o <uit.docx>).',
  outputIsInput: (name: string) => `Het uitvoerbestand is het invoerbestand (${name}, ook via een koppeling); kies met -o een ander bestand: het invoerbestand wordt nooit overschreven.`,
  outputIsAnswers: (name: string) => `Het uitvoerbestand is het antwoordenbestand (${name}, ook via een koppeling); kies met -o een ander bestand.`,
  answersUnreadable: 'het antwoordenbestand kan niet worden gelezen (bestaat het, en is het UTF-8?).',
  notJson: (detail: string) => `geen geldige JSON (${detail}).`,
  fillFailed: 'het document kan niet worden ingevuld door een onverwachte fout in de inhoud.',
  cannotWrite: 'het uitvoerbestand kan niet worden geschreven (is de map er, is er ruimte?); er is niets geschreven of veranderd.',
  written: (path: string) => `Geschreven: ${path}`,
};

export type CliTexts = typeof nl;

const en: CliTexts = {
  usage: `Usage:
  vo-assistent check <file.docx | folder>… [--json] [--accepted-ok] [--lang nl|en]
      check the standard text; a folder: every .docx file in it, subfolders too
      exit 0: no deviations, 1: deviations, 2: a file could not be checked
      --json         one JSON line per file, in the order of the input
      --accepted-ok  deviations the stored review accepted do not count for the exit status
  vo-assistent scan <file.docx> [--json]             show the fields and their values
  vo-assistent fill <in.docx> --answers <answers.json> -o <out.docx>   fill in the document
  vo-assistent standaard importeer <source.md> [--uit <folder>]   make the folder of a new version of the standard
  --lang en or LANG=en_…/LC_ALL=en_…: English text
  --max-grootte <MB> (or VO_ASSISTENT_MAX_GROOTTE): refuse input larger than that many MB (default 25)
  --standaard <version>: use this version of the standard (else the one the document names, or the newest)
`,
  unknownCommand: (name) => `Unknown command: ${name}`,
  unknownOption: (options) => `Unknown option: ${options}. See vo-assistent --help.`,
  noInput: 'No file given. See vo-assistent --help.',
  badLanguage: (value) => `Unknown language: ${value} (choose nl or en).`,
  unknownStandard: (value, known) => `Unknown version of the standard: "${value}". Known ${known.length === 1 ? 'is version' : 'are the versions'} ${known.join(', ')}.`,
  unexpected: 'Unexpected error: the input could not be processed.',
  cannotRead: 'the file cannot be read (does it exist?).',
  noDocxInFolder: 'this folder holds no .docx files.',
  checkFailed: 'the document cannot be checked because of an unexpected error in its content.',
  scanFailed: 'the document cannot be read because of an unexpected error in its content.',
  clean: 'no deviations from the standard text',
  deviations: (n) => (n === 1 ? '1 deviation from the standard text' : `${n} deviations from the standard text`),
  acceptedOf: (n) => `${n} of them accepted`,
  agreement: (version, bijlage3) => `VNG standard data processing agreement ${version}${bijlage3 ? ', with Annex 3' : ''}`,
  severity: { error: 'DEVIATION', warning: 'ATTENTION', info: 'info' },
  accepted: 'ACCEPTED',
  acceptedBy: (motivation, reviewer) => `motivation: ${motivation}${reviewer ? ` (${reviewer})` : ''}`,
  notCarriedOver: (n) => (n === 1
    ? 'Note: 1 stored decision no longer holds: the words changed since, or it was stored without the words (before this version).'
    : `Note: ${n} stored decisions no longer hold: the words changed since, or they were stored without the words (before this version).`),
  standard: 'standard',
  document: 'document:',
  nothing: '(nothing)',
  toFill: 'Still to fill in',
  summary: (files, clean, deviating, unusable) =>
    `${files} ${files === 1 ? 'file' : 'files'}: ${clean} without deviations, ${deviating} with deviations, ${unusable} could not be checked`,
  scanUsage: 'Usage: vo-assistent scan <file.docx> [--json]',
  stillToFill: (placeholder) => `still to fill in (${placeholder || 'empty'})`,
  rowsFilled: (n) => `${n} ${n === 1 ? 'row' : 'rows'} filled in`,
  table: (label) => `Annex 1, ${label}`,
  optionsRemoved: 'Annex 2, not included',
  badSize: (from, value) => `${from} expects a number of MB greater than 0, not "${value}".`,
  fillUsage: 'Usage: vo-assistent fill <in.docx> --answers <answers.json> -o <out.docx>',
  optionWithoutFile: (option) => `Option ${option} lacks a file name.`,
  oneInput: (extra) => `One input file at a time; "${extra}" is one too many.`,
  noInputFile: 'The input file (.docx) is missing.',
  noAnswersFile: 'The answers file is missing (--answers <answers.json>).',
  noOutputFile: 'The output file is missing (-o <out.docx>).',
  outputIsInput: (name) => `The output file is the input file (${name}, also through a link); choose another file with -o: the input file is never overwritten.`,
  outputIsAnswers: (name) => `The output file is the answers file (${name}, also through a link); choose another file with -o.`,
  answersUnreadable: 'the answers file cannot be read (does it exist, and is it UTF-8?).',
  notJson: (detail) => `no valid JSON (${detail}).`,
  fillFailed: 'the document cannot be filled in because of an unexpected error in its content.',
  cannotWrite: 'the output file cannot be written (does the folder exist, is there space?); nothing was written or changed.',
  written: (path) => `Written: ${path}`,
};

export function cliTexts(language: Language): CliTexts {
  return language === 'en' ? en : nl;
}

/** The language: --lang wins, then the locale (LC_ALL, LC_MESSAGES, LANG, in POSIX order); Dutch otherwise. */
export function cliLanguage(option: string | undefined, env: Readonly<Record<string, string | undefined>>): Language {
  if (option !== undefined) return /^en\b/i.test(option) ? 'en' : 'nl';
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? '';
  return /^en([_.-]|$)/i.test(locale) ? 'en' : 'nl';
}
