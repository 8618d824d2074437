// A word-level redline that does not rely on colour: removed words are struck through, added words
// underlined, and both carry a text label for screen readers.
import type { RedlinePart } from '../../core/findings';
import type { Texts } from '../i18n';
import { compactRedline } from './review';

export function Redline(props: { parts: readonly RedlinePart[]; texts: Texts }): JSX.Element | null {
  const { parts, texts } = props;
  if (!parts.some((p) => p.op !== 'equal')) return null;
  return (
    <p className="vo-redline">
      <span className="vo-sr">{texts.redlineLabel}: </span>
      {compactRedline(parts).map((part, i) => {
        if (part.op === 'delete') {
          return <del key={i}><span className="vo-sr">[{texts.redlineDeleted}: </span>{part.text}<span className="vo-sr">]</span></del>;
        }
        if (part.op === 'insert') {
          return <ins key={i}><span className="vo-sr">[{texts.redlineInserted}: </span>{part.text}<span className="vo-sr">]</span></ins>;
        }
        return <span key={i}>{part.text}</span>;
      })}
    </p>
  );
}
