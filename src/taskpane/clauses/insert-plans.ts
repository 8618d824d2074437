// Plans that put standard text into the document: one provision, Bijlage 3, the whole agreement.
import { blocksForBijlage3, blocksForClause, blocksForWholeAgreement } from '../../core/generate';
import { planFill } from '../../core/fill-plan';
import type { EditPlan } from '../../core/plan';
import type { DocumentPort } from '../../core/port';
import { allParagraphs, type DocumentSnapshot, visibleText } from '../../core/snapshot';
import type { ClauseId } from '../../template/clause-ids';
import type { Standard } from '../../template/standard';

export function isEmptyDocument(snapshot: DocumentSnapshot): boolean {
  for (const paragraph of allParagraphs(snapshot)) if (visibleText(paragraph).trim() !== '') return false;
  return true;
}

/** One provision goes where the user is: after the cursor's paragraph (in a file, the chosen one). */
export function insertClausePlan(clause: ClauseId, host: DocumentPort['host'], std: Standard): EditPlan {
  return {
    edits: [{ op: 'insert-blocks', after: 'selection', blocks: blocksForClause(clause, std) }],
    summary: [{ code: 'clause-inserted', clause, host: host === 'word' ? 'word' : 'file' }],
  };
}

/** Bijlage 3 goes after Bijlage 2 where the core finds it; in another document, at the end. */
export function insertBijlage3Plan(snapshot: DocumentSnapshot, std: Standard): EditPlan {
  try {
    const planned = planFill(snapshot, { bijlage3: true }, std);
    if (planned.ok && planned.plan.edits.length > 0) return planned.plan;
  } catch {
    // not the agreement: no place to look for, so the end of the document
  }
  return {
    edits: [{ op: 'insert-blocks', after: 'end', blocks: blocksForBijlage3(std) }],
    summary: [{ code: 'bijlage3-inserted-at-end' }],
  };
}

/** The whole agreement, with the tender's annex number of the municipality's profile ('' for none). */
export function wholeAgreementPlan(std: Standard, annexNumber = ''): EditPlan {
  return {
    edits: [{ op: 'insert-blocks', after: -1, blocks: blocksForWholeAgreement(std, annexNumber) }],
    summary: [{ code: 'agreement-inserted', version: std.version }],
  };
}
