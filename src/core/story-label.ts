// What to call the place of a finding outside the body: "Koptekst, eerste pagina", "Voetnoot bij
// Artikel 5.1". Pure; the words come from the front end (the pane's i18n, the command line).
import { clauseTitle, type ClauseId } from '../template/clause-ids';
import type { Standard } from '../template/standard';
import { matchUnits } from './align';
import type { Finding } from './findings';
import { blockParagraphs, type DocumentSnapshot, type PageKind, type Story, type StorySnapshot } from './snapshot';

export interface StoryWords {
  readonly storyHeader: Readonly<Record<PageKind, string>>;
  readonly storyFooter: Readonly<Record<PageKind, string>>;
  readonly storyFootnote: string;
  readonly storyEndnote: string;
  readonly storyTextbox: string;
  readonly storyEmbedded: string;
  /** "Voetnoot" + "Artikel 5.1" → "Voetnoot bij Artikel 5.1". */
  readonly storyAt: (story: string, provision: string) => string;
}

/** The story kind's own word, without its place. */
export function storyKindLabel(story: Exclude<Story, 'body'>, words: StoryWords): string {
  switch (story) {
    case 'header': return words.storyHeader.default;
    case 'footer': return words.storyFooter.default;
    case 'footnote': return words.storyFootnote;
    case 'endnote': return words.storyEndnote;
    case 'textbox': return words.storyTextbox;
    case 'embedded': return words.storyEmbedded;
  }
}

/** The story's label, with the provision its anchor paragraph belongs to where that is known. */
export function storyLabel(story: StorySnapshot, words: StoryWords, anchorClause: ClauseId | null): string {
  const placement = story.placement;
  const base = placement.story === 'header' ? words.storyHeader[placement.pages]
    : placement.story === 'footer' ? words.storyFooter[placement.pages]
      : storyKindLabel(placement.story, words);
  return anchorClause === null ? base : words.storyAt(base, clauseTitle(anchorClause));
}

/** The story that holds paragraph `index`, or null for a body paragraph. */
export function storyOfParagraph(snapshot: DocumentSnapshot, index: number): StorySnapshot | null {
  for (const story of snapshot.stories) for (const p of blockParagraphs(story.blocks)) if (p.index === index) return story;
  return null;
}

/**
 * The provision of every body paragraph: that of the standard's unit it matches, else that of the
 * nearest matched paragraph before it (text inserted after a provision belongs to it).
 */
function bodyClauses(snapshot: DocumentSnapshot, std: Standard): (index: number) => ClauseId | null {
  const byIndex = new Map<number, ClauseId | null>();
  for (const match of matchUnits(snapshot, std).byDocument) {
    if (match) for (const p of match.document.paragraphs) byIndex.set(p.index, match.template.block.clause);
  }
  const clauses: (ClauseId | null)[] = [];
  let last: ClauseId | null = null;
  for (const p of blockParagraphs(snapshot.blocks)) {
    last = byIndex.get(p.index) ?? last;
    clauses[p.index] = last;
  }
  return (index) => clauses[index] ?? null;
}

/** Every story's label, in the order of snapshot.stories. The body is aligned only when a story has an anchor. */
export function storyLabels(snapshot: DocumentSnapshot, words: StoryWords, std: Standard): Map<StorySnapshot, string> {
  const anchored = snapshot.stories.some((s) => s.anchorParagraphIndex !== null);
  const clauseAt = anchored ? bodyClauses(snapshot, std) : () => null;
  return new Map(snapshot.stories.map((s) => [s, storyLabel(s, words, s.anchorParagraphIndex === null ? null : clauseAt(s.anchorParagraphIndex))]));
}

/** Where a finding outside the body is, in words; null for one in the body. */
export function findingStoryLabel(finding: Finding, snapshot: DocumentSnapshot, labels: ReadonlyMap<StorySnapshot, string>, words: StoryWords): string | null {
  const story = finding.paragraphIndex === null ? null : storyOfParagraph(snapshot, finding.paragraphIndex);
  if (story) return labels.get(story) ?? null;
  return finding.story === 'body' ? null : storyKindLabel(finding.story, words);
}
