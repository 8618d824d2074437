// `fill` never loses a byte, measured on the real command line: -o is compared with the input and
// the answers file as files (through symbolic links, symlinked folders and hard links), the output
// is written to a temporary file, flushed and renamed, so a file-size limit (a full disk) leaves
// neither a truncated output nor a temporary file, and an existing output keeps its old contents.
// And every command refuses an input past the size limit before reading it.
import { closeSync, linkSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, ftruncateSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { expectOneLineReason, fixture } from '../robustness/craft';
import { CLI_ENTRY, runCliProcess } from '../robustness/spawn';

jest.setTimeout(300_000);

let dir = '';
const INPUT = fixture('clean-filled.docx');
const ANSWERS = '{"slots":{"gemeente.naam":"Utrecht","verwerker.naam":"Zaakwijs B.V.","ondertekening.verwerker.organisatie":"Zaakwijs B.V."}}';
const run = (args: string[], shell?: string): ReturnType<typeof runCliProcess> => runCliProcess(CLI_ENTRY, args, dir, shell);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vo-fill-safe-'));
  mkdirSync(join(dir, 'map'));
  writeFileSync(join(dir, 'map', 'in.docx'), INPUT);
  writeFileSync(join(dir, 'a.json'), ANSWERS);
  symlinkSync('map', join(dir, 'koppelmap'));
});
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const unchanged = (): void => {
  expect(Buffer.from(readFileSync(join(dir, 'map', 'in.docx'))).equals(Buffer.from(INPUT))).toBe(true);
  expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe(ANSWERS);
};
const leftovers = (): string[] => [...readdirSync(dir), ...readdirSync(join(dir, 'map'))].filter((f) => f.endsWith('.tmp'));

describe(`fill on the command line (${CLI_ENTRY.name})`, () => {
  const refusals: [string, () => string, RegExp][] = [
    ['a symbolic link to the input', () => { symlinkSync(join(dir, 'map', 'in.docx'), join(dir, 'link.docx')); return 'link.docx'; }, /invoerbestand/],
    ['a hard link to the input', () => { linkSync(join(dir, 'map', 'in.docx'), join(dir, 'hard.docx')); return 'hard.docx'; }, /invoerbestand/],
    ['the input through a symlinked folder', () => 'koppelmap/in.docx', /invoerbestand/],
    ['the input by another spelling', () => './map/../map/in.docx', /invoerbestand/],
    ['the answers file', () => 'a.json', /antwoordenbestand/],
    ['a symbolic link to the answers file', () => { symlinkSync('a.json', join(dir, 'a-link.docx')); return 'a-link.docx'; }, /antwoordenbestand/],
  ];

  it.each(refusals)('refuses -o as %s, and changes nothing', (_, output, reason) => {
    const r = run(['fill', 'map/in.docx', '--answers', 'a.json', '-o', output()]);
    expect(r.status).toBe(2);
    expectOneLineReason(r.stderr);
    expect(r.stderr).toMatch(reason);
    unchanged();
  });

  it('writes a new output whole, and leaves no temporary file', () => {
    const r = run(['fill', 'map/in.docx', '--answers', 'a.json', '-o', 'uit.docx']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(run(['check', 'uit.docx']).status).toBe(0);
    expect(leftovers()).toEqual([]);
    unchanged();
  });

  it('with a file-size limit (a full disk): exit 2, no truncated output, no temporary file, an old output as it was', () => {
    const shell = 'ulimit -f 16;'; // 16 KiB: the filled agreement is larger
    const fresh = run(['fill', 'map/in.docx', '--answers', 'a.json', '-o', 'uit.docx'], shell);
    expect(fresh.status).toBe(2);
    expectOneLineReason(fresh.stderr);
    expect(readdirSync(dir)).not.toContain('uit.docx');
    writeFileSync(join(dir, 'oud.docx'), 'de vorige uitvoer');
    const over = run(['fill', 'map/in.docx', '--answers', 'a.json', '-o', 'oud.docx'], shell);
    expect(over.status).toBe(2);
    expect(readFileSync(join(dir, 'oud.docx'), 'utf8')).toBe('de vorige uitvoer');
    expect(leftovers()).toEqual([]);
    unchanged();
  });
});

describe(`the input size limit (${CLI_ENTRY.name})`, () => {
  const sparse = (name: string, bytes: number): void => {
    const fd = openSync(join(dir, name), 'w');
    writeFileSync(fd, Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    ftruncateSync(fd, bytes);
    closeSync(fd);
  };

  it('refuses a 1 GB file that starts like a zip before reading it, in check, scan and fill', () => {
    sparse('groot.docx', 1024 ** 3);
    for (const args of [['check', 'groot.docx', '--json'], ['scan', 'groot.docx'], ['fill', 'groot.docx', '--answers', 'a.json', '-o', 'uit.docx']]) {
      const r = run(args);
      expect(r.status).toBe(2);
      expectOneLineReason(r.stderr);
      expect(r.stderr).toMatch(/1024\.0 MB, groter dan de grens van 25 MB/);
    }
  });

  it('takes another limit from --max-grootte or VO_ASSISTENT_MAX_GROOTTE, and refuses a limit that is not a number', () => {
    sparse('middel.docx', 2 * 1024 ** 2);
    expect(run(['check', 'map/in.docx', '--max-grootte', '0.01']).stderr).toMatch(/grens van 0 MB/);
    expect(run(['check', '--max-grootte=1', 'middel.docx']).stderr).toMatch(/2\.0 MB, groter dan de grens van 1 MB/);
    expect(run(['check', 'middel.docx'], 'export VO_ASSISTENT_MAX_GROOTTE=1;').stderr).toMatch(/grens van 1 MB/);
    expect(run(['check', 'map/in.docx', '--json'], 'export VO_ASSISTENT_MAX_GROOTTE=1;').status).toBe(0);
    const bad = run(['check', 'map/in.docx', '--max-grootte', 'veel']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--max-grootte verwacht een aantal MB/);
  });
});
