// Reads the document through the port and derives something from it (a scan, a check report),
// again whenever a plan was applied. Errors are kept as messages, never thrown into React.
import { useCallback, useEffect, useState } from 'react';
import { UnusableDocumentError } from '../../core/findings';
import type { DocumentSnapshot } from '../../core/snapshot';
import { isEmptyDocument } from '../clauses/insert-plans';
import { messageOf, usePane } from '../pane-context';

export type Loaded<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  /** A document without any text yet: nothing to fill in or check, but nothing wrong either. */
  | { readonly status: 'empty' }
  | { readonly status: 'ready'; readonly snapshot: DocumentSnapshot; readonly value: T };

export function useDocument<T>(derive: (snapshot: DocumentSnapshot) => T): { loaded: Loaded<T>; reload: () => void } {
  const { port, revision, language } = usePane();
  const [loaded, setLoaded] = useState<Loaded<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setLoaded((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }));
    port.readSnapshot()
      .then((snapshot) => {
        let value: T;
        try {
          value = derive(snapshot);
        } catch (error) {
          // An empty document is not the agreement yet, but nothing is wrong with it.
          if (!isEmptyDocument(snapshot)) throw error;
          if (live) setLoaded({ status: 'empty' });
          return;
        }
        if (live) setLoaded({ status: 'ready', snapshot, value });
      })
      .catch((error: unknown) => {
        if (live) setLoaded({ status: 'error', message: error instanceof UnusableDocumentError ? error.text(language) : messageOf(error) });
      });
    return () => { live = false; };
    // derive is a module-level function in every caller
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [port, revision, attempt, language]);
  const reload = useCallback(() => setAttempt((a) => a + 1), []);
  return { loaded, reload };
}
