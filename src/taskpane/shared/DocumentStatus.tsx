// What a view shows while the document is read, or when it cannot be used.
import { Button, Spinner } from '@fluentui/react-components';
import { useEffect } from 'react';
import { usePane } from '../pane-context';
import { Notice } from './Notice';
import type { Loaded } from './use-document';

export function DocumentStatus(props: { loaded: Loaded<unknown>; reload: () => void }): JSX.Element {
  const { texts, markReady } = usePane();
  const { loaded, reload } = props;
  // A document that cannot be used is a finished start too: the pane says why and can be used.
  useEffect(() => { if (loaded.status === 'error' || loaded.status === 'empty') markReady(); }, [loaded.status, markReady]);
  if (loaded.status === 'loading') return <Spinner label={texts.loading} className="vo-view" />;
  if (loaded.status === 'empty') return <div className="vo-view"><Notice notice={{ intent: 'info', lines: [texts.emptyDocument] }} /></div>;
  if (loaded.status === 'error') {
    return (
      <div className="vo-view">
        <Notice notice={{ intent: 'error', title: texts.unusable, lines: [loaded.message] }} />
        <Button onClick={reload}>{texts.retry}</Button>
      </div>
    );
  }
  return <></>;
}
