// One field count everywhere: the check report (pane Controleren, command line check) and scan
// (pane Invullen, command line scan) count the same fields of the same document.
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { checkSnapshot } from '../../src/core/check';
import { countFields, fieldCountText } from '../../src/core/field-count';
import { scanFieldCount, scanSnapshot } from '../../src/core/scan';
import { readDocx } from '../../src/docx/package';
import { EXTERNAL_FIXTURES } from '../helpers/paths';
import { STD } from '../helpers/standard';

const documents = ['cases', 'base'].flatMap((dir) => readdirSync(join(EXTERNAL_FIXTURES, dir))
  .filter((f) => f.endsWith('.docx') && !/^(not-a-zip|legacy|unusable)/.test(f)).map((f) => join(dir, f)));

describe('the field count', () => {
  test.each(documents)('check and scan count the same fields of %s', (file) => {
    const snapshot = readDocx(new Uint8Array(readFileSync(join(EXTERNAL_FIXTURES, file))));
    let report;
    try {
      report = checkSnapshot(snapshot, STD);
    } catch {
      return; // not the agreement: neither counts
    }
    const scanned = scanFieldCount(scanSnapshot(snapshot, STD));
    expect(report.fields).toEqual(scanned);
    expect(report.fields.total).toBeGreaterThan(0);
  });

  test('a field counts once however often it occurs, filled where any place holds a value', () => {
    expect(countFields([{ slotId: 'a', filled: false }, { slotId: 'a', filled: true }, { slotId: 'b', filled: false }])).toEqual({ total: 2, filled: 1 });
  });

  test('says what is counted, singular and plural', () => {
    expect(fieldCountText({ total: 31, filled: 30 }, 'open')).toBe('1 van de 31 invulvelden in dit document is nog niet ingevuld');
    expect(fieldCountText({ total: 31, filled: 29 }, 'open')).toBe('2 van de 31 invulvelden in dit document zijn nog niet ingevuld');
    expect(fieldCountText({ total: 31, filled: 29 }, 'filled')).toBe('29 van de 31 invulvelden in dit document ingevuld');
    expect(fieldCountText({ total: 1, filled: 1 }, 'filled')).toBe('1 van het ene invulveld in dit document ingevuld');
    expect(fieldCountText({ total: 31, filled: 30 }, 'open', 'en')).toBe('1 of the 31 fields in this document is not filled in yet');
  });
});
