// Which paragraphs of the preview carry a finding, and how to label them in words.
import type { CheckReport } from '../core/findings';
import { clauseTitle } from '../template/clause-ids';

export interface PreviewMark {
  readonly severity: 'error' | 'warning' | 'info';
  readonly label: string;
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

export function marksOf(report: CheckReport | null): Map<number, PreviewMark> {
  const marks = new Map<number, PreviewMark>();
  if (report === null) return marks;
  for (const finding of report.findings) {
    if (finding.paragraphIndex === null || finding.kind === 'unfilled') continue;
    const previous = marks.get(finding.paragraphIndex);
    if (previous !== undefined && RANK[previous.severity] <= RANK[finding.severity]) continue;
    const where = finding.clause === null ? '' : ` – ${clauseTitle(finding.clause)}`;
    const word = finding.severity === 'error' ? 'Afwijking' : finding.severity === 'warning' ? 'Let op' : 'Info';
    marks.set(finding.paragraphIndex, { severity: finding.severity, label: `${word}${where}` });
  }
  return marks;
}
