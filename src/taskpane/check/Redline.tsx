// A word-level redline that does not rely on colour: removed words are struck through, added words
// underlined, and both carry a text label for screen readers.
import type { RedlinePart } from '../../core/findings';
import type { Texts } from '../i18n';
import { compactRedline } from './review';

/** Removed or added words, struck through or underlined and named in words for a screen reader. */
export function Marked(props: { op: 'delete' | 'insert'; label: string; text: string }): JSX.Element {
  const content = <><span className="vo-sr">[{props.label}: </span>{props.text}<span className="vo-sr">]</span></>;
  return props.op === 'delete' ? <del>{content}</del> : <ins>{content}</ins>;
}

export function Redline(props: { parts: readonly RedlinePart[]; texts: Texts }): JSX.Element | null {
  const { parts, texts } = props;
  if (!parts.some((p) => p.op !== 'equal')) return null;
  return (
    <p className="vo-redline">
      <span className="vo-sr">{texts.redlineLabel}: </span>
      {/* The document's and the standard's words: Dutch whatever the pane speaks. */}
      <span lang="nl">
        {compactRedline(parts).map((part, i) => {
          if (part.op === 'equal') return <span key={i}>{part.text}</span>;
          return <Marked key={i} op={part.op} label={part.op === 'delete' ? texts.redlineDeleted : texts.redlineInserted} text={part.text} />;
        })}
      </span>
    </p>
  );
}
