// The version a document claims, in every spelling the archives hold, and the standard chosen for it.
import { claimedVersion, sameVersion, standardFor, standardNamed } from '../../src/core/version';
import { checkSnapshot } from '../../src/core/check';
import { buildStandard } from '../../src/template/standard';
import { VERSION as TEST_VERSION } from '../fixtures/standards/vng-2.9-test';
import { FILLED, paragraphStarting, readFixture, replaceWords } from '../check/story-builder';
import { STD } from '../helpers/standard';

const filled = readFixture(FILLED);
const at = paragraphStarting(filled, 'VNG standaard verwerkersovereenkomst gemeenten versie');
const claiming = (label: string): ReturnType<typeof readFixture> => replaceWords(filled, at, '2.5.3', label);
const TEST = buildStandard(TEST_VERSION);

describe('the version a document claims', () => {
  it.each(['2.3-3', '2.42', '2.53', '2.5.3'])('reads "%s" as written', (label) => {
    expect(claimedVersion(claiming(label))).toBe(label);
  });

  it('"2.53" and "2.5.3" are one version, "2.42" another', () => {
    expect(sameVersion('2.53', '2.5.3')).toBe(true);
    expect(sameVersion('2.42', '2.5.3')).toBe(false);
    expect(standardNamed('2.53', [STD])).toBe(STD);
    expect(standardNamed('2.42', [STD])).toBeNull();
  });

  it('is checked against when registered, else the newest is, and the finding names both', () => {
    expect(standardFor(claiming('2.53'), [STD, TEST])).toBe(STD);
    expect(standardFor(claiming('2.42'), [STD, TEST])).toBe(TEST);
    const report = checkSnapshot(claiming('2.42'), standardFor(claiming('2.42'), [STD])!);
    expect(report.template.version).toBe('2.5.3');
    expect(report.detectedVersion).toBe('2.42');
    expect(report.findings.filter((f) => f.kind === 'version').map((f) => [f.severity, f.message]))
      .toEqual([['warning', 'Het document noemt versie 2.42; gecontroleerd is tegen versie 2.5.3 van de standaard']]);
  });

  it('"2.53" is printed as the standard writes it', () => {
    expect(checkSnapshot(claiming('2.53'), STD).detectedVersion).toBe('2.5.3');
  });
});
