// The answers schema as the definitions say it should be: answers.schema.json must equal this.
import { fillableSlots, fillTables } from '../../src/core/answers';
import { STD } from '../helpers/standard';

const DATE_PATTERN = '^(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}|\\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \\d{4})$';

export function expectedSchema(): Record<string, unknown> {
  const slotProps: Record<string, unknown> = {};
  for (const s of fillableSlots(STD)) {
    const prop: Record<string, unknown> = { type: 'string', title: s.label, description: `${s.labelEn} (${s.group}${s.required ? ', verplicht' : ''})` };
    if (s.choices) prop.enum = [...s.choices];
    if (s.kind === 'kvk') prop.pattern = '^\\s*\\d{8}\\s*$';
    if (s.kind === 'date') prop.pattern = DATE_PATTERN;
    if (s.kind === 'email' || /email/.test(s.id)) prop.format = 'email';
    slotProps[s.id] = prop;
  }
  const tableProps: Record<string, unknown> = {};
  for (const t of fillTables(STD)) {
    tableProps[t.id] = {
      type: 'array', title: t.label, description: `Rijen van ${t.label}; elke rij heeft de kolommen: ${t.columns.join(' | ')}`,
      maxItems: 500,
      items: { type: 'array', minItems: t.columns.length, maxItems: t.columns.length, items: { type: 'string' } },
    };
  }
  const optionProps: Record<string, unknown> = {};
  for (const o of STD.bijlage2Options) optionProps[o.id] = { type: 'boolean', title: o.label, description: 'true: optie blijft staan; false: optie wordt verwijderd' };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'urn:vo-assistent:answers:1',
    title: 'Antwoorden voor de VNG standaard verwerkersovereenkomst gemeenten 2.5.3',
    description: 'Invoer van `vo-assistent fill`. Elk onderdeel is optioneel: wat niet genoemd wordt, blijft zoals het is.',
    type: 'object',
    additionalProperties: false,
    properties: {
      slots: { type: 'object', additionalProperties: false, properties: slotProps },
      tables: { type: 'object', additionalProperties: false, properties: tableProps },
      bijlage3: { type: 'boolean', description: 'true: Bijlage 3 (GIBIT 2023-artikelen) opnemen; false: weglaten' },
      bijlage2Options: { type: 'object', additionalProperties: false, properties: optionProps },
    },
  };
}
