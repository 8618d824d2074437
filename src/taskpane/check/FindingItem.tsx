// One finding: what differs, where it is, and what the reviewer can do about it.
import { Badge, Button, Checkbox, Field, Link, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { Finding } from '../../core/findings';
import type { Texts } from '../i18n';
import { type Decision, restoreLabel, sentenceOf } from './review';
import { Redline } from './Redline';

export interface FindingItemProps {
  readonly finding: Finding;
  readonly title: string;
  readonly decision: Decision | undefined;
  readonly texts: Texts;
  readonly busy: boolean;
  readonly commentsPossible: boolean;
  onSelect(paragraphIndex: number): void;
  onRestore(finding: Finding): void;
  onComment(finding: Finding, text: string): Promise<boolean>;
  onDecision(finding: Finding, decision: Decision): void;
}

function severityLabel(finding: Finding, texts: Texts): string {
  return finding.severity === 'error' ? texts.severityError : finding.severity === 'warning' ? texts.severityWarning : texts.severityInfo;
}

export function FindingItem(props: FindingItemProps): JSX.Element {
  const { finding, title, decision, texts, busy } = props;
  const [commenting, setCommenting] = useState(false);
  const [comment, setComment] = useState(texts.commentDefault(title));
  const accepted = decision?.status === 'accepted';
  const motivation = decision?.motivation ?? '';
  const index = finding.paragraphIndex;
  const restore = restoreLabel(finding, texts);
  return (
    <li className={`vo-finding vo-finding-${finding.severity}`} data-clause={finding.clause ?? ''} data-kind={finding.kind}>
      <div className="vo-finding-head">
        <Badge appearance={finding.severity === 'error' ? 'filled' : 'tint'} color={finding.severity === 'error' ? 'danger' : finding.severity === 'warning' ? 'warning' : 'informative'}>
          {severityLabel(finding, texts)}
        </Badge>
        {decision !== undefined && decision.status !== 'open' && (
          <Badge appearance="outline" color="success">
            {decision.status === 'accepted' ? texts.statusAccepted : decision.status === 'restored' ? texts.statusRestored : texts.statusCommented}
          </Badge>
        )}
      </div>
      {index !== null ? (
        <Link as="button" className="vo-finding-link" onClick={() => props.onSelect(index)}>
          {sentenceOf(finding, texts)}
        </Link>
      ) : (
        <p className="vo-finding-message">{sentenceOf(finding, texts)} <span className="vo-muted">({texts.notInDocument})</span></p>
      )}
      <Redline parts={finding.redline} texts={texts} />
      <div className="vo-finding-actions">
        {restore !== null && (
          <Button size="small" disabled={busy} onClick={() => props.onRestore(finding)}>{restore}</Button>
        )}
        {index !== null && props.commentsPossible && !commenting && (
          <Button size="small" disabled={busy} onClick={() => setCommenting(true)}>{texts.comment}</Button>
        )}
      </div>
      {commenting && (
        <div className="vo-comment">
          <Field label={texts.commentLabel}>
            <Textarea value={comment} onChange={(_, d) => setComment(d.value)} resize="vertical" />
          </Field>
          <div className="vo-finding-actions">
            <Button size="small" appearance="primary" disabled={busy || comment.trim() === ''}
              onClick={() => { void props.onComment(finding, comment).then((done) => { if (done) setCommenting(false); }); }}>
              {texts.commentPlace}
            </Button>
            <Button size="small" onClick={() => setCommenting(false)}>{texts.cancel}</Button>
          </div>
        </div>
      )}
      {finding.severity === 'error' && (
        <div className="vo-accept">
          <Checkbox label={texts.accept} checked={accepted}
            onChange={(_, d) => props.onDecision(finding, { status: d.checked === true ? 'accepted' : 'open', motivation })} />
          {accepted && (
            <Field label={texts.motivation} hint={texts.motivationHint} required
              validationMessage={motivation.trim() === '' ? texts.motivationNeeded : undefined}
              validationState={motivation.trim() === '' ? 'warning' : 'none'}>
              <Textarea value={motivation} resize="vertical"
                onChange={(_, d) => props.onDecision(finding, { status: 'accepted', motivation: d.value })} />
            </Field>
          )}
        </div>
      )}
    </li>
  );
}
