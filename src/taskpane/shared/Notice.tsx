// A status line that screen readers announce: success, problems (listed) or an error.
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';

export interface NoticeContent {
  readonly intent: 'success' | 'error' | 'warning' | 'info';
  readonly title?: string;
  readonly lines: readonly string[];
}

export function Notice(props: { notice: NoticeContent | null }): JSX.Element | null {
  const { notice } = props;
  const element = useRef<HTMLDivElement>(null);
  // A new message may appear below the fold of a narrow pane: bring it into view.
  useEffect(() => { element.current?.scrollIntoView?.({ block: 'nearest' }); }, [notice]);
  if (notice === null) return null;
  return (
    <MessageBar ref={element} intent={notice.intent} layout="multiline" role={notice.intent === 'error' ? 'alert' : 'status'}>
      <MessageBarBody>
        {notice.title !== undefined && <MessageBarTitle>{notice.title}</MessageBarTitle>}
        {notice.lines.length === 1 ? (
          <span> {notice.lines[0]}</span>
        ) : (
          <ul className="vo-notice-list">
            {notice.lines.map((line, i) => <li key={i}>{line}</li>)}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
