// `--standaard <versie>`: forces one registered version; an unknown one is a bad option (exit 2).
import { join } from 'path';
import { runCli } from '../../src/cli/main';
import { memoryIO } from '../helpers/memory-io';
import { EXTERNAL_FIXTURES } from '../helpers/paths';

const clean = join(EXTERNAL_FIXTURES, 'cases', 'lo-filled.docx');

describe('vo-assistent --standaard', () => {
  it('an unknown version is refused with the registered ones named, in Dutch', async () => {
    const io = memoryIO();
    expect(await runCli(['check', clean, '--standaard', '2.6'], io, {})).toBe(2);
    expect(io.err).toBe('Onbekende versie van de standaard: "2.6". Bekend is versie 2.5.3.\n');
    expect(io.out).toBe('');
  });

  it('and in English with --lang en', async () => {
    const io = memoryIO();
    expect(await runCli(['--lang', 'en', 'scan', clean, '--standaard=9'], io, {})).toBe(2);
    expect(io.err).toBe('Unknown version of the standard: "9". Known is version 2.5.3.\n');
  });

  it('a registered version, in any spelling, is used', async () => {
    const io = memoryIO();
    expect(await runCli(['check', '--standaard', '2.53', clean, '--json'], io, {})).toBe(0);
    expect(JSON.parse(io.out).template.version).toBe('2.5.3');
  });

  it('is in the help', async () => {
    const io = memoryIO();
    expect(await runCli(['--help'], io, {})).toBe(0);
    expect(io.out).toContain('--standaard <versie>');
  });
});
