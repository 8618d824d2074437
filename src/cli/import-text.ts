// What `vo-assistent standaard importeer` prints, Dutch and English side by side.
import type { Language } from '../core/language';

const nl = {
  usage: 'Gebruik: vo-assistent standaard importeer <bron.md> [--uit <map>]',
  cannotRead: (file: string) => `${file}: het bestand kan niet worden gelezen (bestaat het, en is het UTF-8?).`,
  notAStandard: (file: string, reason: string) => `${file}: geen tekst van de standaard in het formaat van docs/standard-format.md: ${reason}`,
  made: (folder: string, version: string, date: string, clauses: number) => `Map ${folder} gemaakt: versie ${version} (${date}), ${clauses} clausules.`,
  kept: (n: number, from: string) => `${n} ${n === 1 ? 'veld' : 'velden'} overgenomen van versie ${from}.`,
  added: 'Nieuwe velden (tekstveld, genoemd naar de plaatshouder; pas zo nodig soort en label aan in slots.ts):',
  dropped: 'Vervallen velden (hun tekst staat niet meer in de bepaling):',
  droppedOptions: 'Vervallen Bijlage 2-opties:',
  todo: (folder: string) => `Nog te doen: zet LICENSE.md in de map, en neem de versie op met één regel in src/template/registry.ts (import { VERSION as … } from './${folder}').`,
};

export type ImportTexts = typeof nl;

const en: ImportTexts = {
  usage: 'Usage: vo-assistent standaard importeer <source.md> [--uit <folder>]',
  cannotRead: (file) => `${file}: the file cannot be read (does it exist, and is it UTF-8?).`,
  notAStandard: (file, reason) => `${file}: not a text of the standard in the format of docs/standard-format.md: ${reason}`,
  made: (folder, version, date, clauses) => `Folder ${folder} made: version ${version} (${date}), ${clauses} clauses.`,
  kept: (n, from) => `${n} ${n === 1 ? 'field' : 'fields'} carried over from version ${from}.`,
  added: 'New fields (text fields, named after the placeholder; adjust kind and label in slots.ts where needed):',
  dropped: 'Dropped fields (their text is no longer in the provision):',
  droppedOptions: 'Dropped Annex 2 options:',
  todo: (folder) => `Still to do: put LICENSE.md in the folder, and register the version with one line in src/template/registry.ts (import { VERSION as … } from './${folder}').`,
};

export function importTexts(language: Language): ImportTexts {
  return language === 'en' ? en : nl;
}
