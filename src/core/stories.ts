// Text a reader sees that is not the body's standard text: headers, footers, notes, text boxes,
// embedded parts, and body text before the title or after the end. What may stand there without
// being an alteration (docs/spec/check-contract.md, "Everything a reader of the file sees"): page
// numbers and other fields that print document facts with the words around them, the agreement's
// title and version line, the names of the municipality and the parties as the document fills them,
// and standard text repeated word for word. Everything else there is inserted text.
import type { ClauseId } from '../template/clause-ids';
import type { Standard } from '../template/standard';
import { standardCandidates, type UnitMatch } from './align';
import { clauseNamedIn } from './clause-reference';
import type { Finding } from './findings';
import { joinInsertedRuns, type UnitFinding, unitFinding } from './inserted-runs';
import { unitRestore } from './restore';
import type { ParagraphSnapshot, Story, StorySnapshot } from './snapshot';
import { detokenize, tokenNorms } from './text';
import type { DocumentUnit } from './document-units';

/**
 * Fields whose shown result is a fact about the file or the moment (page numbers, dates, the file's
 * name, its author or title), not words the parties agree on. Any other field's result (REF,
 * MERGEFIELD, QUOTE, DOCPROPERTY…) is text like any other.
 */
const DOCUMENT_FACT_FIELDS: ReadonlySet<string> = new Set([
  'PAGE', 'NUMPAGES', 'SECTIONPAGES', 'SECTION', 'DATE', 'TIME', 'CREATEDATE', 'SAVEDATE', 'PRINTDATE', 'EDITTIME',
  'FILENAME', 'FILESIZE', 'AUTHOR', 'LASTSAVEDBY', 'TITLE', 'NUMWORDS', 'NUMCHARS', 'REVNUM', 'TEMPLATE', 'USERNAME', 'USERINITIALS',
]);
/** A fact field's result that runs longer than this, or names a provision, reads as text after all. */
const FACT_MAX_WORDS = 12;
const FACT_MARK = '#';

/** Words that go with page numbers, the agreement's name and a municipality's name. */
const FURNITURE_WORDS: ReadonlySet<string> = new Set([
  'pagina', 'page', 'blz', 'bladzijde', 'pag', 'p', 'van', 'of', 'gemeente', 'verwerkersovereenkomst', 'versie', FACT_MARK,
]);
const WORD = /[\p{L}]/u;
/** Longer text is never only page numbers and names (the longest names and title lines fit). */
const FURNITURE_MAX_CHARS = 300;

/** What the document itself says its parties and agreement are called. */
export interface DocumentFacts {
  /** The filled-in names (municipality, Verwerker, the main agreement) and the title lines, as token norms in lower case. */
  readonly phrases: readonly (readonly string[])[];
  /** By field id: the values the body holds for it. */
  readonly values: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Fields whose value is a name that may stand on its own in a header or footer. */
const NAME_FIELDS: ReadonlySet<string> = new Set([
  'gemeente.naam', 'verwerker.naam', 'ondertekening.verwerker.organisatie', 'hoofdovereenkomst.naam', 'hoofdovereenkomst.titel',
]);

function normalised(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function lowerNorms(text: string): string[] {
  return tokenNorms(text).map((t) => t.toLowerCase());
}

/** The facts of a document from the matches of its body with the standard. */
export function documentFacts(matches: readonly UnitMatch[], titleLines: readonly string[]): DocumentFacts {
  const values = new Map<string, Set<string>>();
  const phrases: string[][] = titleLines.map(lowerNorms).filter((p) => p.length > 0);
  for (const m of matches) {
    if (m.template.slotCount === 0) continue;
    for (const op of m.diff.ops) {
      if (op.kind !== 'slot') continue;
      const value = normalised(detokenize(op.actual));
      if (value === '') continue;
      const set = values.get(op.slot.slotId) ?? new Set<string>();
      set.add(value);
      values.set(op.slot.slotId, set);
      // A placeholder ("<Bedrijf>") is no name; the seed's "Haarlem" is the municipality's.
      if (NAME_FIELDS.has(op.slot.slotId) && !/^[<.]/.test(value)) phrases.push(lowerNorms(value));
    }
  }
  return { phrases: phrases.filter((p) => p.length > 0).sort((a, b) => b.length - a.length), values };
}

function factText(text: string, std: Standard): boolean {
  return clauseNamedIn(text, std) === null && tokenNorms(text).length <= FACT_MAX_WORDS;
}

/** The paragraph's visible text with the results of fact fields replaced by one mark. */
function withoutFacts(paragraph: ParagraphSnapshot, std: Standard): string {
  let text = '';
  let inFact = false;
  for (const s of paragraph.segments) {
    if (s.hidden || s.revision === 'deleted') continue;
    if (s.field !== undefined && DOCUMENT_FACT_FIELDS.has(s.field) && factText(s.text, std)) {
      if (!inFact) text += ` ${FACT_MARK} `;
      inFact = true;
      continue;
    }
    inFact = false;
    text += s.text;
  }
  return text;
}

/**
 * Whether paragraphs hold only what may stand outside the standard text: fact fields, numbers,
 * punctuation, page words ("Pagina 3 van 11", "Page 3 of 11", "blz. 3"), the document's own names
 * and title lines.
 */
export function isFurniture(paragraphs: readonly ParagraphSnapshot[], facts: DocumentFacts, std: Standard): boolean {
  if (paragraphs.reduce((n, p) => n + p.segments.reduce((m, s) => m + s.text.length, 0), 0) > FURNITURE_MAX_CHARS) return false;
  const norms = paragraphs.flatMap((p) => lowerNorms(withoutFacts(p, std)));
  for (let i = 0; i < norms.length; ) {
    const phrase = facts.phrases.find((p) => p.every((w, k) => norms[i + k] === w));
    if (phrase) {
      i += phrase.length;
      continue;
    }
    const norm = norms[i] as string;
    if (!FURNITURE_WORDS.has(norm) && WORD.test(norm)) return false;
    i += 1;
  }
  return true;
}

/** Whether a unit is standard text word for word, its fields holding what the body holds there. */
export function isVerbatimStandard(candidates: ReadonlyMap<number, UnitMatch> | undefined, facts: DocumentFacts): boolean {
  for (const m of candidates?.values() ?? []) {
    if (m.diff.errors > 0) continue;
    const fits = m.diff.ops.every((op) => {
      if (op.kind !== 'slot') return true;
      const value = normalised(detokenize(op.actual));
      return value === '' || value === op.slot.placeholder || (facts.values.get(op.slot.slotId)?.has(value) ?? false);
    });
    if (fits) return true;
  }
  return false;
}

function visible(unit: DocumentUnit): boolean {
  return unit.tokens.some((t) => !t.hidden);
}

/**
 * Findings for the stories of a document: each unit that is neither furniture nor standard text
 * word for word is inserted text, at the provision of its anchor, else the one it names.
 */
export function storyFindings(
  stories: readonly StorySnapshot[], facts: DocumentFacts, clauseAt: (bodyParagraphIndex: number) => ClauseId | null, std: Standard,
): Finding[] {
  const findings: Finding[] = [];
  for (const story of stories) {
    const kind = story.placement.story as Exclude<Story, 'body'>;
    const anchorClause = story.anchorParagraphIndex === null ? null : clauseAt(story.anchorParagraphIndex);
    const { units, candidates } = standardCandidates(story.blocks, std);
    const inStory: UnitFinding[] = [];
    for (const unit of units) {
      if (!visible(unit) || isFurniture(unit.paragraphs, facts, std) || isVerbatimStandard(candidates[unit.ordinal], facts)) continue;
      const text = detokenize(unit.tokens.filter((t) => !t.hidden));
      const clause = anchorClause ?? clauseNamedIn(text, std);
      inStory.push(unitFinding(unit, {
        severity: 'error', kind: 'inserted', clause, story: kind, reason: { code: 'inserted-story', story: kind },
        actual: text, redline: [{ op: 'insert', text }], paragraphIndex: unit.paragraphs[0]?.index ?? null,
        // An imported part (altChunk) is no text that can be edited; a header's, a note's or a text box's paragraphs can go.
        restore: kind === 'embedded' ? null : unitRestore('delete', unit),
      }));
    }
    findings.push(...joinInsertedRuns(inStory));
  }
  return findings;
}
