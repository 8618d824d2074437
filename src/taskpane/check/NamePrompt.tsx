// Asks the reviewer's name before the first edit signed with it. Inline rather than a modal: it
// fits a 320 px pane, takes the focus (and so comes into view) and keeps the findings readable.
import { Button, Field, Input } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { Texts } from '../i18n';

export function NamePrompt(props: { texts: Texts; onAnswer(name: string | null): void }): JSX.Element {
  const { texts, onAnswer } = props;
  const [name, setName] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => { input.current?.focus(); }, []);
  return (
    <form role="dialog" aria-labelledby="naam-vraag" aria-describedby="naam-uitleg" className="vo-name-prompt"
      onSubmit={(e) => { e.preventDefault(); if (name.trim() !== '') onAnswer(name); }}
      onKeyDown={(e) => { if (e.key === 'Escape') onAnswer(null); }}>
      <h3 id="naam-vraag" className="vo-heading">{texts.reviewerAsk}</h3>
      <p id="naam-uitleg" className="vo-muted vo-text">{texts.reviewerAskHint}</p>
      <Field label={texts.reviewer} required>
        <Input ref={input} value={name} onChange={(_, d) => setName(d.value)} autoComplete="name" />
      </Field>
      <div className="vo-finding-actions">
        <Button type="submit" appearance="primary" disabled={name.trim() === ''}>{texts.reviewerContinue}</Button>
        <Button onClick={() => onAnswer(null)}>{texts.cancel}</Button>
      </div>
    </form>
  );
}
