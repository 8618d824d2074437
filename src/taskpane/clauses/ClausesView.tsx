// Clausules: the standard provisions, searchable, to insert into the document.
import { Button, Field, SearchBox } from '@fluentui/react-components';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { scanSnapshot } from '../../core/scan';
import type { EditPlan } from '../../core/plan';
import { planNoteText } from '../../core/plan-summary';
import type { DocumentSnapshot } from '../../core/snapshot';
import { clauseTitle } from '../../template/clause-ids';
import type { Standard } from '../../template/standard';
import { messageOf, usePane } from '../pane-context';
import { DocumentStatus } from '../shared/DocumentStatus';
import { documentStandard, newestStandard } from '../shared/document-standard';
import { Notice, type NoticeContent } from '../shared/Notice';
import { useDocument } from '../shared/use-document';
import { clauseLibrary, excerpt, searchClauses } from './clause-library';
import { insertBijlage3Plan, insertClausePlan, isEmptyDocument, wholeAgreementPlan } from './insert-plans';

interface DocumentFacts { readonly empty: boolean; readonly bijlage3: boolean; readonly std: Standard }

function factsOf(snapshot: DocumentSnapshot): DocumentFacts {
  const empty = isEmptyDocument(snapshot);
  if (empty) return { empty, bijlage3: false, std: newestStandard() };
  const std = documentStandard(snapshot);
  try {
    return { empty, bijlage3: scanSnapshot(snapshot, std).bijlage3, std };
  } catch {
    return { empty, bijlage3: false, std };
  }
}

export function ClausesView(): JSX.Element {
  const { loaded, reload } = useDocument(factsOf);
  const { port, texts, language, apply, markReady } = usePane();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const std = loaded.status === 'ready' ? loaded.value.std : newestStandard();
  const results = useMemo(() => searchClauses(deferred, clauseLibrary(std)), [deferred, std]);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeContent | null>(null);
  const ready = loaded.status === 'ready';
  useEffect(() => { if (ready) markReady(); }, [ready, markReady]);
  if (loaded.status !== 'ready') return <DocumentStatus loaded={loaded} reload={reload} />;
  const { snapshot, value: facts } = loaded;

  const run = async (makePlan: () => EditPlan, done: string): Promise<void> => {
    setBusy(true);
    try {
      const plan = makePlan();
      const note = await apply(plan, 'clauses');
      setNotice({ intent: 'success', title: done, lines: [...plan.summary.map((n) => planNoteText(n, language)), ...(note !== null ? [note] : [])] });
    } catch (error) {
      setNotice({ intent: 'error', title: texts.errorPrefix, lines: [messageOf(error)] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="vo-view">
      <p className="vo-muted">{texts.clausesIntro} {port.host === 'word' ? texts.clausesPlaceWord : texts.clausesPlaceDocx}</p>
      <div className="vo-actions vo-actions-stack">
        <Button disabled={busy || facts.bijlage3} onClick={() => void run(() => insertBijlage3Plan(snapshot, facts.std), texts.inserted(texts.language === 'en' ? 'Annex 3' : 'Bijlage 3'))}>
          {texts.insertBijlage3}
        </Button>
        {facts.bijlage3 && <p className="vo-muted">{texts.bijlage3Present}</p>}
        <Button disabled={busy || !facts.empty}
          onClick={() => void run(() => wholeAgreementPlan(newestStandard(), port.userSettings?.profile()?.annexNumber ?? ''), texts.wholeCreated)}>
          {texts.createWhole}
        </Button>
        {!facts.empty && <p className="vo-muted">{texts.createWholeHint}</p>}
      </div>
      <Notice notice={notice} />
      <Field label={texts.searchLabel}>
        <SearchBox value={query} placeholder={texts.searchPlaceholder} onChange={(_, d) => setQuery(d.value)} />
      </Field>
      <p role="status" aria-live="polite" className="vo-muted">{texts.resultsCount(results.length)}</p>
      <ul className="vo-clauses">
        {results.map((entry) => {
          const title = clauseTitle(entry.clause, texts.language);
          return (
          <li key={entry.clause} className="vo-clause" data-clause={entry.clause}>
            <h3 className="vo-subheading">{title}</h3>
            <p className="vo-excerpt" lang="nl">{excerpt(entry)}</p>
            <Button size="small" disabled={busy} aria-label={texts.insertLabel(title)}
              onClick={() => void run(() => insertClausePlan(entry.clause, port.host, facts.std), texts.inserted(title))}>
              {texts.insert}
            </Button>
          </li>
          );
        })}
      </ul>
    </div>
  );
}
