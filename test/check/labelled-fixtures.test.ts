// Every labelled document, from outside the project and our own, gets the verdict its label gives.
import { readFileSync } from 'fs';
import { join } from 'path';
import { checkSnapshot } from '../../src/core/check';
import { UnusableDocumentError } from '../../src/core/findings';
import { readDocx } from '../../src/docx/package';
import { readLabels } from '../helpers/labels';
import { OWN_FIXTURES, EXTERNAL_FIXTURES } from '../helpers/paths';
import { STD } from '../helpers/standard';

// stories/: public samples with text outside the body (headers, notes, page-number footers).
const labels = [...readLabels(EXTERNAL_FIXTURES), ...readLabels(join(EXTERNAL_FIXTURES, 'stories')), ...readLabels(OWN_FIXTURES)];

describe('check on labelled documents', () => {
  it('has labelled documents to check', () => {
    expect(labels.length).toBeGreaterThanOrEqual(17);
  });

  it.each(labels.map((l) => [l.file, l] as const))('%s', (_file, label) => {
    const bytes = new Uint8Array(readFileSync(label.path));
    if (label.expect === 'unusable') {
      expect(() => checkSnapshot(readDocx(bytes), STD)).toThrow(UnusableDocumentError);
      return;
    }
    const report = checkSnapshot(readDocx(bytes), STD);
    const errorClauses = new Set(report.findings.filter((f) => f.severity === 'error').map((f) => f.clause));
    if (label.expect === 'clean') {
      expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    } else {
      expect(errorClauses.size).toBeGreaterThan(0);
      for (const clause of label.clauses) expect([...errorClauses]).toContain(clause);
    }
  });
});
