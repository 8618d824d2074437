/// <reference types="office-js" />
// The paragraphs of the whole file in the Word adapter's order, for reading and for writing alike:
// the body's first (Body.paragraphs, table cells included), then the stories beside it, each once,
// numbered on from the body's:
//   headers (per section, then Primary, FirstPage, EvenPages), footers (the same), footnotes,
//   endnotes, text boxes.
// It takes two syncs the caller makes: after the first Word has told how many sections, notes and
// text boxes there are; after the second, what their paragraphs say.
//
// Requirement sets: Document.sections, Section.getHeader/getFooter (WordApi 1.1); Body.footnotes,
// Body.endnotes, NoteItem.body/reference (WordApi 1.5); Paragraph.uniqueLocalId (WordApi 1.6), to
// find the body paragraph that holds a note's reference; Body.shapes, ShapeCollection.getByTypes,
// Shape.body (WordApiDesktop 1.2; only text boxes: the body of another shape would be created by
// reading it, which changes the document).
import type { PageKind, StoryPlacement } from '../core/snapshot';
import { readableText } from './control-marks';
import type { WordFeatures } from './requirements';

const PAGE_TYPES: readonly (readonly [Word.HeaderFooterType | 'Primary' | 'FirstPage' | 'EvenPages', PageKind])[] = [
  ['Primary', 'default'], ['FirstPage', 'first'], ['EvenPages', 'even'],
];

/** Word.ShapeType.textBox, spelled as its value so no Word enum is needed before Office loads. */
const TEXT_BOX = 'TextBox' as Word.ShapeType;

/** One story beside the body, addressed like the body: its Body and its loaded paragraphs. */
export interface StoryParagraphs<T> {
  readonly placement: StoryPlacement;
  /** The body paragraph that holds a note's reference, or null (headers, footers, text boxes, and
   * notes where Word lacks WordApi 1.6 to tell). */
  readonly anchorParagraphIndex: number | null;
  readonly paragraphs: readonly Word.Paragraph[];
  /** Index of its first paragraph in the file. */
  readonly firstIndex: number;
  /** What the caller queued on the story's Body along with its paragraphs. */
  readonly extra: T;
}

interface Candidate<T> {
  readonly placement: StoryPlacement;
  readonly paragraphs: Word.ParagraphCollection;
  readonly reference: Word.Paragraph | null;
  readonly extra: T;
}

export class FileParagraphs {
  readonly paragraphs: Word.ParagraphCollection;
  private readonly sections: Word.SectionCollection;
  private readonly notes: readonly (readonly ['footnote' | 'endnote', Word.NoteItemCollection])[];
  private readonly textBoxes: Word.ShapeCollection | null;

  /** Queues the body's paragraphs with `properties` and the lists of sections, notes and text boxes. */
  constructor(context: Word.RequestContext, private readonly features: WordFeatures, properties: string) {
    const body = context.document.body;
    this.paragraphs = body.paragraphs;
    this.paragraphs.load(features.wordApi16 ? `${properties},items/uniqueLocalId` : properties);
    this.sections = context.document.sections; // WordApi 1.1
    this.sections.load('items');
    this.notes = features.wordApi15 ? ([['footnote', body.footnotes], ['endnote', body.endnotes]] as const) : []; // WordApi 1.5
    for (const [, notes] of this.notes) notes.load('items/type');
    this.textBoxes = features.desktop12 ? body.shapes.getByTypes([TEXT_BOX]) : null; // WordApiDesktop 1.2
    this.textBoxes?.load('items/type');
  }

  /**
   * After the first sync: the paragraphs of the file that `indexes` address. Only where one lies
   * past the body are the stories loaded, which takes a sync more.
   */
  async reaching(context: Word.RequestContext, indexes: readonly number[]): Promise<FileStories<null>> {
    const bodyLength = this.paragraphs.items.length;
    if (indexes.every((i) => i < bodyLength)) return new FileStories(this.paragraphs.items, [], this.features);
    const stories = this.queueStories('items/text,items/tableNestingLevel', () => null);
    await context.sync();
    return stories();
  }

  /**
   * After the first sync: queues every story's paragraphs, and `withBody` on its Body. The
   * returned function gives the stories after the second sync.
   */
  queueStories<T>(properties: string, withBody: (body: Word.Body) => T): () => FileStories<T> {
    const candidates: Candidate<T>[] = [];
    const add = (placement: StoryPlacement, body: Word.Body, reference: Word.Paragraph | null): void => {
      const paragraphs = body.paragraphs;
      paragraphs.load(properties);
      candidates.push({ placement, paragraphs, reference, extra: withBody(body) });
    };
    for (const side of ['header', 'footer'] as const) {
      this.sections.items.forEach((section, index) => {
        for (const [type, pages] of PAGE_TYPES) {
          const body = side === 'header' ? section.getHeader(type) : section.getFooter(type); // WordApi 1.1
          add({ story: side, sections: [index], pages }, body, null);
        }
      });
    }
    for (const [story, notes] of this.notes) {
      notes.items.forEach((note, k) => {
        // Range.paragraphs: WordApi 1.1; ParagraphCollection.getFirst: WordApi 1.3.
        const reference = this.features.wordApi16 ? note.reference.paragraphs.getFirst() : null;
        reference?.load('uniqueLocalId'); // WordApi 1.6
        // Word's API gives a note no id: its number in document order stands in.
        add({ story, noteId: String(k + 1) }, note.body, reference);
      });
    }
    for (const shape of this.textBoxes?.items ?? []) add({ story: 'textbox' }, shape.body, null);
    return () => new FileStories(this.paragraphs.items, candidates, this.features);
  }
}

/** The stories, once their paragraphs are loaded (after the second sync). */
export class FileStories<T> {
  readonly stories: readonly StoryParagraphs<T>[];
  /** Every paragraph of the file by its index. */
  readonly all: readonly Word.Paragraph[];

  constructor(body: readonly Word.Paragraph[], candidates: readonly Candidate<T>[], features: WordFeatures) {
    const bodyIndexOf = new Map<string, number>();
    if (features.wordApi16) body.forEach((p, i) => bodyIndexOf.set(p.uniqueLocalId, i));
    const stories: StoryParagraphs<T>[] = [];
    // Word returns a header linked to the previous section's as that same header: one story,
    // printed by every section that shows it. Headers and footers with no text are left out.
    const shared = new Map<string, { readonly at: number; readonly sections: number[] }>();
    let next = body.length;
    for (const candidate of candidates) {
      const items = candidate.paragraphs.items;
      const placement = candidate.placement;
      let anchorParagraphIndex: number | null = null;
      if (placement.story === 'header' || placement.story === 'footer') {
        const texts = items.map((p) => readableText(p.text));
        if (texts.every((t) => t.trim() === '')) continue;
        const key = `${placement.story}|${placement.pages}|${texts.join('\r')}`;
        const same = shared.get(key);
        if (same) {
          same.sections.push(...placement.sections);
          continue;
        }
        shared.set(key, { at: stories.length, sections: [...placement.sections] });
      } else if (candidate.reference) {
        anchorParagraphIndex = bodyIndexOf.get(candidate.reference.uniqueLocalId) ?? null;
      }
      stories.push({ placement, anchorParagraphIndex, paragraphs: items, firstIndex: next, extra: candidate.extra });
      next += items.length;
    }
    for (const { at, sections } of shared.values()) {
      const story = stories[at];
      if (story && (story.placement.story === 'header' || story.placement.story === 'footer')) {
        stories[at] = { ...story, placement: { ...story.placement, sections } };
      }
    }
    this.stories = stories;
    this.all = [...body, ...stories.flatMap((s) => s.paragraphs)];
  }

  /** The story that holds paragraph `index`, or null for the body. */
  storyAt(index: number): StoryParagraphs<T> | null {
    return this.stories.find((s) => index >= s.firstIndex && index < s.firstIndex + s.paragraphs.length) ?? null;
  }
}

/**
 * Where a comment on paragraph `index` goes. Word allows none in headers and footers (office-js
 * #341: "footers / headers can not have comments", the Word UI disables them there); one on a
 * note or a text box goes on the body paragraph that holds it, where the other party sees it next
 * to the provision, or is refused when Word cannot tell which that is.
 */
export function commentParagraphIndex(file: FileStories<unknown>, index: number): number | 'commentInHeader' | 'commentWithoutAnchor' {
  const story = file.storyAt(index);
  if (story === null) return index;
  if (story.placement.story === 'header' || story.placement.story === 'footer') return 'commentInHeader';
  return story.anchorParagraphIndex ?? 'commentWithoutAnchor';
}
