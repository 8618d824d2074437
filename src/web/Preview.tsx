// A readable rendering of the document in memory: paragraphs and tables as a reader sees them,
// findings marked with a label (not by colour alone), the selected paragraph scrolled into view.
// Headers stand above the body; footers, notes, text boxes and embedded parts below it, each
// under its label ("Koptekst", "Voetnoot bij Artikel 5.1").
import { memo, type ReactNode, useEffect, useMemo, useRef } from 'react';
import type { BlockSnapshot, DocumentSnapshot, ParagraphSnapshot, Revision, Story, StorySnapshot } from '../core/snapshot';
import { storyLabels, type StoryWords } from '../core/story-label';
import { Marked } from '../taskpane/check/Redline';
import { documentStandard } from '../taskpane/shared/document-standard';
import { textsFor } from '../taskpane/i18n';
import type { PreviewMark } from './preview-marks';

export interface PreviewProps {
  readonly snapshot: DocumentSnapshot;
  readonly marks: ReadonlyMap<number, PreviewMark>;
  readonly selected: number | null;
  /** Changes on every selection, so selecting the same paragraph again scrolls again. */
  readonly selectionTick: number;
  readonly label: string;
  /** The words for the stories' labels (Dutch when absent). */
  readonly storyWords?: StoryWords;
}

/** Where each kind of story stands around the body, top to bottom. */
const STORY_ORDER: Record<Exclude<Story, 'body'>, number> = { header: 0, footer: 1, footnote: 2, endnote: 3, textbox: 4, embedded: 5 };

/** Bullets from symbol fonts (Symbol, Wingdings) sit in the private use area; show them as bullets. */
export function readableLabel(label: string): string {
  return label.replace(/[\uF000-\uF0FF]/g, '•');
}

/**
 * The paragraph's text as Word shows it with its markup: tracked deletions struck through and
 * insertions underlined, each also named in words for a screen reader; hidden text left out.
 */
function markedUp(paragraph: ParagraphSnapshot): ReactNode[] {
  const parts: { revision: Revision; text: string }[] = [];
  for (const segment of paragraph.segments) {
    if (segment.hidden || segment.text === '') continue;
    const last = parts[parts.length - 1];
    if (last && last.revision === segment.revision) last.text += segment.text;
    else parts.push({ revision: segment.revision, text: segment.text });
  }
  return parts.map((part, i) => {
    if (part.revision === 'deleted') return <Marked key={i} op="delete" label="weggelaten" text={part.text} />;
    if (part.revision === 'inserted') return <Marked key={i} op="insert" label="toegevoegd" text={part.text} />;
    return part.text;
  });
}

function Paragraph(props: { paragraph: ParagraphSnapshot; mark: PreviewMark | undefined; selected: boolean }): JSX.Element {
  const { paragraph, mark, selected } = props;
  const text = markedUp(paragraph);
  const classes = ['vo-p'];
  if (paragraph.headingLevel > 0) classes.push(`vo-h${Math.min(paragraph.headingLevel, 3)}`);
  if (mark) classes.push(`vo-mark vo-mark-${mark.severity}`);
  if (selected) classes.push('vo-selected');
  return (
    <div id={`alinea-${paragraph.index}`} data-paragraph-index={paragraph.index} className={classes.join(' ')}
      aria-current={selected ? 'true' : undefined} tabIndex={selected ? -1 : undefined}>
      {mark && <span className="vo-mark-label">{mark.label}</span>}
      {paragraph.listLabel !== '' && <span className="vo-list-label">{readableLabel(paragraph.listLabel)} </span>}
      {text.length === 0 ? '\u00a0' : text}
    </div>
  );
}

function Blocks(props: { blocks: readonly BlockSnapshot[]; marks: ReadonlyMap<number, PreviewMark>; selected: number | null }): JSX.Element {
  const { blocks, marks, selected } = props;
  return (
    <>
      {blocks.map((block, i) => {
        if (block.kind === 'paragraph') {
          return <Paragraph key={i} paragraph={block} mark={marks.get(block.index)} selected={selected === block.index} />;
        }
        return (
          <table key={i} className="vo-preview-table">
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c}>
                      {cell.map((p) => <Paragraph key={p.index} paragraph={p} mark={marks.get(p.index)} selected={selected === p.index} />)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </>
  );
}

function StoryBlocks(props: { story: StorySnapshot; label: string; marks: ReadonlyMap<number, PreviewMark>; selected: number | null }): JSX.Element {
  const { story, label } = props;
  return (
    <section className={`vo-story vo-story-${story.placement.story}`} aria-label={label}>
      <p className="vo-story-label" aria-hidden="true">{label}</p>
      <Blocks blocks={story.blocks} marks={props.marks} selected={props.selected} />
    </section>
  );
}

export const Preview = memo(function Preview(props: PreviewProps): JSX.Element {
  const { snapshot, marks, selected, selectionTick, label } = props;
  const words = props.storyWords ?? textsFor('nl');
  const labels = useMemo(() => storyLabels(snapshot, words, documentStandard(snapshot)), [snapshot, words]);
  const ordered = useMemo(() => [...snapshot.stories].sort((a, b) => STORY_ORDER[a.placement.story] - STORY_ORDER[b.placement.story]), [snapshot]);
  const container = useRef<HTMLElement>(null);
  useEffect(() => {
    if (selected === null) return;
    const element = container.current?.querySelector<HTMLElement>(`[data-paragraph-index="${selected}"]`);
    if (!element) return;
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
  }, [selected, selectionTick]);
  const story = (s: StorySnapshot, i: number): JSX.Element => <StoryBlocks key={i} story={s} label={labels.get(s) ?? ''} marks={marks} selected={selected} />;
  return (
    <article ref={container} className="vo-preview" aria-label={label}>
      {ordered.filter((s) => s.placement.story === 'header').map(story)}
      <Blocks blocks={snapshot.blocks} marks={marks} selected={selected} />
      {ordered.filter((s) => s.placement.story !== 'header').map(story)}
    </article>
  );
});
