// The fields of version 2.5.3: where each one stands in the text and what it accepts, the fill-in
// tables, the Bijlage 2 options and the optional lines (the format: docs/standard-format.md).
// Made by `vo-assistent standaard importeer`; a field's label, kind and choices may be edited here.
import type { Bijlage2Option, SlotDefinition, TableDefinition } from '../fields';

export const SLOT_DEFINITIONS: readonly SlotDefinition[] = [
  { id: 'gemeente.naam', label: 'Naam gemeente', labelEn: 'Municipality', group: 'Partijen', kind: 'municipality', required: true, places: [{ clause: 'aanhef', literal: 'Haarlem' }, { clause: 'ondertekening', literal: 'Haarlem' }] },
  { id: 'gemeente.bestuursorgaan', label: 'Verwerkingsverantwoordelijk bestuursorgaan', labelEn: 'Governing body (controller)', group: 'Partijen', kind: 'choice', required: true, choices: ['het college van Burgemeester en Wethouders', 'de Gemeenteraad'], places: [{ clause: 'aanhef', literal: '<het college van Burgemeester en Wethouders/de Gemeenteraad>' }] },
  { id: 'gemeente.vertegenwoordiger.aanhef', label: 'Vertegenwoordiger gemeente: heer of mevrouw', labelEn: 'Municipality representative: Mr or Ms', group: 'Partijen', kind: 'choice', choices: ['heer', 'mevrouw'], written: { heer: 'de heer', mevrouw: 'mevrouw' }, required: true, places: [{ clause: 'aanhef', literal: 'de <heer of mevrouw>' }] },
  { id: 'gemeente.vertegenwoordiger.naam', label: 'Vertegenwoordiger gemeente: naam', labelEn: 'Municipality representative: name', group: 'Partijen', kind: 'name', required: true, places: [{ clause: 'aanhef', literal: '<persoonsnaam>', nth: 1 }] },
  { id: 'gemeente.vertegenwoordiger.functie', label: 'Vertegenwoordiger gemeente: functie', labelEn: 'Municipality representative: position', group: 'Partijen', kind: 'text', required: true, places: [{ clause: 'aanhef', literal: '<functie>', nth: 1 }] },
  { id: 'verwerker.naam', label: 'Naam Verwerker (bedrijf)', labelEn: 'Processor (company name)', group: 'Partijen', kind: 'name', required: true, places: [{ clause: 'aanhef', literal: '<Bedrijf>' }] },
  { id: 'verwerker.plaats', label: 'Vestigingsplaats Verwerker', labelEn: 'Processor: registered office', group: 'Partijen', kind: 'text', required: true, places: [{ clause: 'aanhef', literal: '<plaatsnaam>' }] },
  { id: 'verwerker.kvk', label: 'KVK-nummer Verwerker', labelEn: 'Processor: Chamber of Commerce number', group: 'Partijen', kind: 'kvk', required: true, places: [{ clause: 'aanhef', literal: '<nummer>' }] },
  { id: 'verwerker.vertegenwoordiger.aanhef', label: 'Vertegenwoordiger Verwerker: heer of mevrouw', labelEn: 'Processor representative: Mr or Ms', group: 'Partijen', kind: 'choice', choices: ['heer', 'mevrouw'], written: { heer: 'de heer', mevrouw: 'mevrouw' }, required: true, places: [{ clause: 'aanhef', literal: 'de <de heer of mevrouw>' }] },
  { id: 'verwerker.vertegenwoordiger.naam', label: 'Vertegenwoordiger Verwerker: naam', labelEn: 'Processor representative: name', group: 'Partijen', kind: 'name', required: true, places: [{ clause: 'aanhef', literal: '<persoonsnaam>', nth: 2 }] },
  { id: 'verwerker.vertegenwoordiger.functie', label: 'Vertegenwoordiger Verwerker: functie', labelEn: 'Processor representative: position', group: 'Partijen', kind: 'text', required: true, places: [{ clause: 'aanhef', literal: '<functie>', nth: 2 }] },
  { id: 'hoofdovereenkomst.naam', label: 'Naam hoofdovereenkomst (titel van dit document)', labelEn: 'Main agreement: name (document title)', group: 'Hoofdovereenkomst', kind: 'text', required: true, places: [{ clause: 'titel', literal: '<naam hoofdovereenkomst>' }] },
  { id: 'hoofdovereenkomst.datum', label: 'Datum hoofdovereenkomst', labelEn: 'Main agreement: date', group: 'Hoofdovereenkomst', kind: 'date', required: true, places: [{ clause: 'overweging-a', literal: '<datum>' }] },
  { id: 'hoofdovereenkomst.titel', label: 'Titel hoofdovereenkomst', labelEn: 'Main agreement: title', group: 'Hoofdovereenkomst', kind: 'text', required: true, places: [{ clause: 'overweging-a', literal: '<titel hoofdovereenkomst>' }] },
  { id: 'hoofdovereenkomst.diensten', label: 'Specificatie dienst(en)', labelEn: 'Services provided', group: 'Hoofdovereenkomst', kind: 'text', required: true, places: [{ clause: 'overweging-a', literal: '<specificatie dienst(en)>' }] },
  { id: 'ondertekening.ingangsdatum', label: 'Ingangsdatum', labelEn: 'Start date', group: 'Ondertekening', kind: 'date', required: true, places: [{ clause: 'ondertekening', literal: '<.....>', nth: 1 }] },
  { id: 'gemeente.ondertekenaar', label: 'Ondertekening gemeente: namens wie', labelEn: 'Signature municipality: signed on behalf of', group: 'Ondertekening', kind: 'municipality', required: true, choices: ['De burgemeester', 'Het college van burgemeester en wethouders', 'Burgemeester en wethouders', 'De gemeenteraad'], written: { 'De burgemeester': 'De burgemeester van', 'Het college van burgemeester en wethouders': 'Het college van burgemeester en wethouders van', 'Burgemeester en wethouders': 'Burgemeester en wethouders van', 'De gemeenteraad': 'De gemeenteraad van' }, places: [{ clause: 'ondertekening', literal: 'De burgemeester van' }] },
  { id: 'ondertekening.gemeente.naam-functie', label: 'Ondertekening gemeente: naam, functie', labelEn: 'Signature municipality: name, position', group: 'Ondertekening', kind: 'text', required: true, places: [{ clause: 'ondertekening', literal: '<naam, functie>', nth: 1 }] },
  { id: 'ondertekening.gemeente.plaats', label: 'Ondertekening gemeente: plaats', labelEn: 'Signature municipality: place', group: 'Ondertekening', kind: 'text', required: true, places: [{ clause: 'ondertekening', literal: '<.....>', nth: 2 }] },
  { id: 'ondertekening.gemeente.datum', label: 'Ondertekening gemeente: datum', labelEn: 'Signature municipality: date', group: 'Ondertekening', kind: 'date', required: true, places: [{ clause: 'ondertekening', literal: '<.....>', nth: 3 }] },
  { id: 'ondertekening.verwerker.organisatie', label: 'Ondertekening Verwerker: naam organisatie', labelEn: 'Signature processor: organisation', group: 'Ondertekening', kind: 'name', required: true, places: [{ clause: 'ondertekening', literal: '<Naam organisatie>' }] },
  { id: 'ondertekening.verwerker.naam-functie', label: 'Ondertekening Verwerker: naam, functie', labelEn: 'Signature processor: name, position', group: 'Ondertekening', kind: 'text', required: true, places: [{ clause: 'ondertekening', literal: '<naam, functie>', nth: 2 }] },
  { id: 'ondertekening.verwerker.plaats', label: 'Ondertekening Verwerker: plaats', labelEn: 'Signature processor: place', group: 'Ondertekening', kind: 'text', required: true, places: [{ clause: 'ondertekening', literal: '<.....>', nth: 4 }] },
  { id: 'ondertekening.verwerker.datum', label: 'Ondertekening Verwerker: datum', labelEn: 'Signature processor: date', group: 'Ondertekening', kind: 'date', required: true, places: [{ clause: 'ondertekening', literal: '<.....>', nth: 5 }] },
  { id: 'contact.verwerkingsverantwoordelijke.naam', label: 'Contactpersoon gemeente: naam', labelEn: 'Controller contact: name', group: 'Bijlage 1', kind: 'name', required: true, places: [{ clause: 'bijlage-1', literal: 'Naam:', nth: 1, after: true }] },
  { id: 'contact.verwerkingsverantwoordelijke.gegevens', label: 'Contactpersoon gemeente: contactgegevens', labelEn: 'Controller contact: details', group: 'Bijlage 1', kind: 'text', required: true, places: [{ clause: 'bijlage-1', literal: 'Contactgegevens:', nth: 1, after: true }] },
  { id: 'gemeente.fg-email', label: 'E-mailadres functionaris gegevensbescherming (FG)', labelEn: 'Data protection officer e-mail', group: 'Bijlage 1', kind: 'municipality', required: true, places: [{ clause: 'bijlage-1', literal: 'FG@haarlem.nl' }] },
  { id: 'contact.verwerker.naam', label: 'Contactpersoon Verwerker: naam', labelEn: 'Processor contact: name', group: 'Bijlage 1', kind: 'name', required: true, places: [{ clause: 'bijlage-1', literal: 'Naam:', nth: 2, after: true }] },
  { id: 'contact.verwerker.gegevens', label: 'Contactpersoon Verwerker: contactgegevens', labelEn: 'Processor contact: details', group: 'Bijlage 1', kind: 'text', required: true, places: [{ clause: 'bijlage-1', literal: 'Contactgegevens:', nth: 2, after: true }] },
  { id: 'bijlage-2.norm', label: 'Erkende norm voor informatiebeveiliging', labelEn: 'Recognised security standard', group: 'Bijlage 2', kind: 'text', required: false, places: [{ clause: 'bijlage-2', literal: '.....', nth: 1 }] },
  { id: 'bijlage-2.gecertificeerd', label: 'Gecertificeerd volgens deze norm', labelEn: 'Certified against this standard', group: 'Bijlage 2', kind: 'choice', choices: ['wel', 'niet'], required: false, places: [{ clause: 'bijlage-2', literal: 'wel/niet' }] },
  { id: 'bijlage-2.certificeringsdatum', label: 'Datum laatste certificering', labelEn: 'Date of last certification', group: 'Bijlage 2', kind: 'date', required: false, places: [{ clause: 'bijlage-2', literal: '.....', nth: 2 }] },
  { id: 'bijlage-2.overheidsnorm', label: 'Overheidsnorm (zoals BIO2)', labelEn: 'Government standard (such as BIO2)', group: 'Bijlage 2', kind: 'text', required: false, places: [{ clause: 'bijlage-2', literal: '.....', nth: 3 }] },
  { id: 'bijlage-2.andere-norm', label: 'Andere norm', labelEn: 'Other standard', group: 'Bijlage 2', kind: 'text', required: false, places: [{ clause: 'bijlage-2', literal: '.....', nth: 4 }] },
  { id: 'bijlage-2.eigen-controles', label: 'Eigen controles of mededelingen', labelEn: 'Own controls or statements', group: 'Bijlage 2', kind: 'text', required: false, places: [{ clause: 'bijlage-2', literal: '.....', nth: 5 }] },
  { id: 'bijlage-2.gedragscode', label: 'Goedgekeurde gedragscode', labelEn: 'Approved code of conduct', group: 'Bijlage 2', kind: 'text', required: false, places: [{ clause: 'bijlage-2', literal: '.....', nth: 6 }] },
];

export const SEED_MUNICIPALITY: Readonly<Record<string, string>> = { 'gemeente.naam': 'Haarlem', 'gemeente.ondertekenaar': 'De burgemeester', 'gemeente.fg-email': 'FG@haarlem.nl' };

export const TABLE_DEFINITIONS: readonly TableDefinition[] = [
  { id: 'bijlage-1.verwerkingen', label: 'Tabel 1: verwerkingen', labelEn: 'Table 1: processing operations', tableIndex: 0 },
  { id: 'bijlage-1.subverwerkers', label: 'Tabel 3: subverwerkers', labelEn: 'Table 3: sub-processors', tableIndex: 2 },
];

export const BIJLAGE2_OPTIONS: readonly Bijlage2Option[] = [
  { id: 'norm-certificering', label: 'Algemeen erkende norm (met certificering)', labelEn: 'Generally recognised standard (certified)', startsWith: 'De verwerker werkt volgens een algemeen erkende norm voor' },
  { id: 'norm-certificeringsdatum', label: 'Datum laatste certificering', labelEn: 'Date of last certification', startsWith: 'Datum laatste certificering' },
  { id: 'norm-overheid', label: 'Overheidsnorm (BIO2 of vergelijkbaar)', labelEn: 'Government standard (BIO2 or similar)', startsWith: 'De verwerker werkt volgens een algemeen erkende overheidsnorm' },
  { id: 'norm-anders', label: 'Andere norm', labelEn: 'Other standard', startsWith: 'De verwerker werkt volgens een andere norm' },
  { id: 'toereikend-certificaat', label: 'Certificaat en VVT', labelEn: 'Certificate and statement of applicability', startsWith: 'Verwerker verstrekt een actueel' },
  { id: 'toereikend-rapportages', label: 'Rapportages externe controles', labelEn: 'Reports of external audits', startsWith: 'Rapportages van periodieke' },
  { id: 'toereikend-tpm', label: 'Assurance rapport (TPM)', labelEn: 'Assurance report (TPM)', startsWith: 'Een assurance rapport' },
  { id: 'toereikend-eigen', label: 'Eigen controles of mededelingen', labelEn: 'Own controls or statements', startsWith: 'Eigen controles of eigen mededelingen' },
  { id: 'gedragscode', label: 'Goedgekeurde gedragscode', labelEn: 'Approved code of conduct', startsWith: 'Verwerker is aangesloten bij een door' },
];

export const OPTIONAL_LINES: readonly string[] = [
  'Bijlage 5',
  'Deze bijlage is facultatief: Alleen als bijlage opnemen als deze van toepassing is!',
];
