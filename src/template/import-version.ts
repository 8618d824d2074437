// A version folder from the tagged text of a new version (docs/standard-format.md): its text as a
// TS module, and the fields carried over from the newest registered version. The text alone cannot
// say what a field accepts: a field whose literal still stands in its clause is kept; a new
// "<...>" placeholder or "....." blank becomes a plain text field labelled after it; a field whose
// literal went is dropped. Pure: the command line reads and writes the files.
import { clauseTitle } from './clause-ids';
import type { SlotDefinition, SlotGroup, VersionData } from './fields';
import { parseStandardSource, type SourceBlock } from './parse-standard';
import { buildStandard, type Standard } from './standard';

export interface ImportedVersion {
  /** The folder's name ("vng-2.6") and its files by name (index.ts, slots.ts, standard-text.ts, source/…). */
  readonly folder: string;
  readonly files: Readonly<Record<string, string>>;
  readonly data: VersionData;
  readonly standard: Standard;
  readonly kept: readonly string[];
  readonly added: readonly SlotDefinition[];
  readonly dropped: readonly string[];
  readonly droppedOptions: readonly string[];
}

function paragraphsByClause(blocks: readonly SourceBlock[]): Map<string, string[]> {
  const byClause = new Map<string, string[]>();
  for (const block of blocks) {
    if (block.clause === null) continue;
    const list = byClause.get(block.clause) ?? [];
    if (block.kind === 'table') list.push(...block.rows.flat(2).map((p) => p.text));
    else list.push(block.paragraph.text);
    byClause.set(block.clause, list);
  }
  return byClause;
}

function occurrences(texts: readonly string[], literal: string): number {
  let count = 0;
  for (const text of texts) for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + literal.length)) count += 1;
  return count;
}

function stillStands(slot: SlotDefinition, byClause: ReadonlyMap<string, string[]>): boolean {
  return slot.places.every((p) => {
    const n = occurrences(byClause.get(p.clause) ?? [], p.literal);
    return n > 0 && (p.nth === undefined || n >= p.nth);
  });
}

const PLACEHOLDER = /<[^<>]+>|\.{5}/g;

function groupOf(clause: string): SlotGroup {
  if (clause === 'aanhef') return 'Partijen';
  if (clause === 'ondertekening') return 'Ondertekening';
  if (clause === 'bijlage-1') return 'Bijlage 1';
  if (clause === 'bijlage-2') return 'Bijlage 2';
  return 'Hoofdovereenkomst';
}

function slug(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Plain text fields for the placeholders no kept field covers, labelled after the placeholder. */
function newFields(std: Standard, taken: ReadonlySet<string>): SlotDefinition[] {
  const fields: SlotDefinition[] = [];
  const seen = new Map<string, number>();
  for (const block of std.blocks) {
    if (block.clause === null) continue;
    const clause = block.clause;
    const paragraphs = block.kind === 'table' ? block.rows.flat(2) : [block.paragraph];
    for (const p of paragraphs) {
      for (const piece of p.pieces) {
        const text = piece.kind === 'text' ? piece.text : piece.placeholder;
        for (const m of text.matchAll(PLACEHOLDER)) {
          const literal = m[0];
          const key = `${clause} ${literal}`;
          const nth = (seen.get(key) ?? 0) + 1;
          seen.set(key, nth);
          if (piece.kind === 'slot') continue;
          const name = literal.startsWith('<') ? literal.slice(1, -1).trim() : `${clauseTitle(clause)}, veld ${nth}`;
          const base = `${clause}.${slug(name) || 'veld'}`;
          let id = base;
          for (let k = 2; taken.has(id) || fields.some((f) => f.id === id); k += 1) id = `${base}-${k}`;
          const label = name.charAt(0).toUpperCase() + name.slice(1);
          fields.push({ id, label, labelEn: label, group: groupOf(clause), kind: 'text', required: false, places: [{ clause, literal, nth }] });
        }
      }
    }
  }
  return fields;
}

// --- Printing the folder's files ----------------------------------------------------------------

function quoted(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function key(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : quoted(name);
}

/** A value as TS source on one line: objects, arrays, strings, numbers and booleans. */
function literal(value: unknown): string {
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${key(k)}: ${literal(v)}`).join(', ')} }`;
}

function list(name: string, type: string, values: readonly unknown[]): string {
  return `export const ${name}: ${type} = [\n${values.map((v) => `  ${literal(v)},\n`).join('')}];\n`;
}

function slotsFile(data: VersionData, version: string): string {
  return [
    `// The fields of version ${version}: where each one stands in the text and what it accepts, the fill-in\n`
      + '// tables, the Bijlage 2 options and the optional lines (the format: docs/standard-format.md).\n'
      + '// Made by `vo-assistent standaard importeer`; a field\'s label, kind and choices may be edited here.\n'
      + "import type { Bijlage2Option, SlotDefinition, TableDefinition } from '../fields';\n",
    list('SLOT_DEFINITIONS', 'readonly SlotDefinition[]', data.slots),
    `export const SEED_MUNICIPALITY: Readonly<Record<string, string>> = ${literal(data.seedMunicipality)};\n`,
    list('TABLE_DEFINITIONS', 'readonly TableDefinition[]', data.tables),
    list('BIJLAGE2_OPTIONS', 'readonly Bijlage2Option[]', data.bijlage2Options),
    list('OPTIONAL_LINES', 'readonly string[]', data.optionalLines),
  ].join('\n');
}

function textFile(source: string, version: string, date: string, sourceName: string): string {
  const escaped = source.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
  return `// The text of the VNG standaard verwerkersovereenkomst gemeenten, versie ${version} (${date}), with its
// clause ids, as source/${sourceName} has it (made by \`vo-assistent standaard importeer\`). Licence: see
// LICENSE.md beside this file. Format: docs/standard-format.md.
export const STANDARD_SOURCE = \`${escaped}\`;
`;
}

function indexFile(version: string): string {
  return `// Version ${version} of the standard, as one value (registered in ../registry.ts).
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
`;
}

/**
 * The folder for the tagged text `source` (read from a file named `sourceName`), with the fields of
 * `newest` carried over. Throws with a Dutch message when the text cannot be read as a standard.
 */
export function importVersion(source: string, sourceName: string, newest: VersionData): ImportedVersion {
  const blocks = parseStandardSource(source);
  const byClause = paragraphsByClause(blocks);
  const keptSlots = newest.slots.filter((s) => stillStands(s, byClause));
  const dropped = newest.slots.filter((s) => !keptSlots.includes(s)).map((s) => s.id);
  const items = blocks.flatMap((b) => (b.clause === 'bijlage-2' && b.kind === 'list-item' ? [b.paragraph.text] : []));
  const options = newest.bijlage2Options.filter((o) => items.some((t) => t.startsWith(o.startsWith)));
  const lines = new Set(blocks.flatMap((b) => (b.kind !== 'table' ? [b.paragraph.text] : [])));
  const base: VersionData = {
    text: source,
    slots: keptSlots,
    tables: newest.tables,
    bijlage2Options: options,
    optionalLines: newest.optionalLines.filter((line) => lines.has(line)),
    seedMunicipality: newest.seedMunicipality,
  };
  const added = newFields(buildStandard(base), new Set(keptSlots.map((s) => s.id)));
  const data: VersionData = { ...base, slots: [...keptSlots, ...added] };
  const standard = buildStandard(data);
  const folder = `vng-${standard.version}`;
  return {
    folder,
    files: {
      'index.ts': indexFile(standard.version),
      'slots.ts': slotsFile(data, standard.version),
      'standard-text.ts': textFile(source, standard.version, standard.date, sourceName),
      [`source/${sourceName}`]: source,
    },
    data,
    standard,
    kept: keptSlots.map((s) => s.id),
    added,
    dropped,
    droppedOptions: newest.bijlage2Options.filter((o) => !options.includes(o)).map((o) => o.id),
  };
}
