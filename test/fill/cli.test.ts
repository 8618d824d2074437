// The scan and fill commands in-process, with an in-memory file system: exit codes, one problem per
// stderr line, nothing written on error, never over the input.
import { runFill } from '../../src/cli/fill-command';
import type { CliIO } from '../../src/cli/io';
import { runScan } from '../../src/cli/scan-command';
import { COMPLETE_ANSWERS } from './answers-fixture';
import { readFixture } from './helpers';

function memoryIO(files: Record<string, Uint8Array>): CliIO & { out: string; err: string; written: string[] } {
  const io = {
    out: '', err: '', written: [] as string[],
    stdout: (t: string) => { io.out += t; },
    stderr: (t: string) => { io.err += t; },
    readFile: async (p: string) => {
      const f = files[p];
      if (!f) throw new Error('ENOENT');
      return f;
    },
    writeFile: async (p: string, d: Uint8Array) => { files[p] = d; io.written.push(p); },
    fileId: async (p: string) => (p in files ? p : null),
  };
  return io;
}

const json = (v: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(v));

test('fill schrijft de uitvoer en scan toont de waarden volgens het contract', async () => {
  const files = { 'in.docx': readFixture('template-lo.docx'), 'a.json': json(COMPLETE_ANSWERS) };
  const io = memoryIO(files);
  expect(await runFill(['in.docx', '--answers', 'a.json', '-o', 'uit.docx'], io)).toBe(0);
  expect(io.written).toEqual(['uit.docx']);
  const scanIO = memoryIO(files);
  expect(await runScan(['uit.docx', '--json'], scanIO)).toBe(0);
  const scan = JSON.parse(scanIO.out) as { template: unknown; slots: { id: string; value: string | null; choices: unknown; occurrences: number; label: string; clause: string; placeholder: string }[]; tables: { id: string; columns: string[]; rows: string[][] }[]; bijlage3: boolean };
  expect(scan.template).toEqual({ id: 'vng-verwerkersovereenkomst-gemeenten', version: '2.5.3' });
  const kvk = scan.slots.find((s) => s.id === 'verwerker.kvk');
  expect(kvk).toMatchObject({ value: '12345678', choices: null, occurrences: 1, placeholder: '<nummer>', clause: 'aanhef' });
  expect(scan.slots.find((s) => s.id === 'gemeente.vertegenwoordiger.aanhef')?.choices).toEqual(['heer', 'mevrouw']);
  expect(scan.slots.some((s) => s.id.startsWith('#'))).toBe(false);
  expect(scan.tables.map((t) => t.id)).toEqual(['bijlage-1.verwerkingen', 'bijlage-1.subverwerkers']);
  expect(scan.bijlage3).toBe(true);
});

test('scan op het lege sjabloon: waarden null, lege rijen weggelaten', async () => {
  const io = memoryIO({ 'in.docx': readFixture('template-word.docx') });
  expect(await runScan(['in.docx', '--json'], io)).toBe(0);
  const scan = JSON.parse(io.out) as { slots: { id: string; value: string | null; occurrences: number }[]; tables: { rows: unknown[] }[] };
  expect(scan.slots.find((s) => s.id === 'hoofdovereenkomst.titel')?.value).toBeNull();
  expect(scan.slots.find((s) => s.id === 'gemeente.naam')?.occurrences).toBe(3);
  expect(scan.tables.every((t) => t.rows.length === 0)).toBe(true);
});

test('ongeldige antwoorden: exit 2, elk probleem op een eigen regel, niets geschreven', async () => {
  const io = memoryIO({ 'in.docx': readFixture('template-word.docx'), 'a.json': json({ slots: { 'verwerker.kvk': '12', 'hoofdovereenkomst.datum': 'gisteren', 'x.y': 'z' } }) });
  expect(await runFill(['in.docx', '--answers', 'a.json', '-o', 'uit.docx'], io)).toBe(2);
  expect(io.written).toEqual([]);
  const lines = io.err.trim().split('\n');
  expect(lines).toHaveLength(3);
  expect(lines.join('\n')).toMatch(/verwerker\.kvk/);
  expect(lines.join('\n')).toMatch(/hoofdovereenkomst\.datum/);
  expect(lines.join('\n')).toMatch(/x\.y/);
});

test.each([
  [['in.docx', '--answers', 'a.json', '-o', 'in.docx'], /nooit overschreven/],
  [['in.docx', '--answers', 'a.json', '-o', './in.docx'], /nooit overschreven/],
  [['in.docx', '-o', 'uit.docx'], /antwoordenbestand ontbreekt/],
  [['in.docx', '--answers', 'a.json'], /uitvoerbestand ontbreekt/],
  [['in.docx', '--answers', 'kapot.json', '-o', 'uit.docx'], /geen geldige JSON/],
  [['tekst.docx', '--answers', 'a.json', '-o', 'uit.docx'], /geen \.docx/],
  [['weg.docx', '--answers', 'a.json', '-o', 'uit.docx'], /kan niet worden gelezen/],
  [['in.docx', '--answers', 'a.json', '-o', 'uit.docx', '--force'], /Onbekende optie/],
])('fill %j weigert: exit 2, niets geschreven', async (args, message) => {
  const io = memoryIO({ 'in.docx': readFixture('template-word.docx'), 'a.json': json({}), 'kapot.json': new TextEncoder().encode('{ slots: '), 'tekst.docx': new TextEncoder().encode('geen zip') });
  expect(await runFill(args, io)).toBe(2);
  expect(io.written).toEqual([]);
  expect(io.err).toMatch(message);
});

test('scan weigert onleesbare invoer en andere documenten met één regel', async () => {
  const io = memoryIO({ 'tekst.docx': new TextEncoder().encode('geen zip'), 'bom.docx': readFixture('cases/unusable-zip-bomb.docx') });
  expect(await runScan(['tekst.docx', '--json'], io)).toBe(2);
  expect(await runScan(['bom.docx', '--json'], io)).toBe(2);
  expect(io.err.trim().split('\n')).toHaveLength(2);
  expect(io.out).toBe('');
});
