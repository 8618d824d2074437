// What every view needs: the document port, the texts in the user's language, and one way to
// apply a plan so that all views re-read the document afterwards.
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type { CheckReport } from '../core/findings';
import type { EditPlan } from '../core/plan';
import type { DocumentPort } from '../core/port';
import { type Language, type Texts, textsFor } from './i18n';

export type ApplyReason = 'fill' | 'review' | 'clauses';

/** What the host page adds around the pane (the browser page downloads results; Word needs nothing). */
export interface PaneHost {
  /** Called after a plan was applied; returns a sentence to show (where the result went), or null. */
  afterApply?(reason: ApplyReason): Promise<string | null> | string | null;
  /** Called with every check report, so a preview can mark the findings. */
  onReport?(report: CheckReport | null): void;
  /** Called when the form holds typed values not yet filled in (true) or none (false). */
  onDirty?(dirty: boolean): void;
}

export interface PaneContextValue {
  readonly port: DocumentPort;
  readonly language: Language;
  readonly texts: Texts;
  readonly host: PaneHost;
  /** Increases after every applied plan: views re-read the document when it changes. */
  readonly revision: number;
  /** Applies a plan through the port and returns the host's note (or null). */
  apply(plan: EditPlan, reason: ApplyReason): Promise<string | null>;
  /** A view calls this once it shows the document and can be used (start-up measurement). */
  markReady(): void;
}

const PaneContext = createContext<PaneContextValue | null>(null);

export function PaneProvider(props: { port: DocumentPort; language: Language; host?: PaneHost; onReady?: () => void; children: ReactNode }): JSX.Element {
  const { port, language, children, onReady } = props;
  const readyCalled = useRef(false);
  const markReady = useCallback(() => {
    if (readyCalled.current) return;
    readyCalled.current = true;
    onReady?.();
  }, [onReady]);
  const host = useMemo(() => props.host ?? {}, [props.host]);
  const [revision, setRevision] = useState(0);
  const apply = useCallback(async (plan: EditPlan, reason: ApplyReason): Promise<string | null> => {
    await port.apply(plan);
    setRevision((r) => r + 1);
    return host.afterApply ? await host.afterApply(reason) : null;
  }, [port, host]);
  const value = useMemo<PaneContextValue>(
    () => ({ port, language, texts: textsFor(language), host, revision, apply, markReady }),
    [port, language, host, revision, apply, markReady],
  );
  return <PaneContext.Provider value={value}>{children}</PaneContext.Provider>;
}

export function usePane(): PaneContextValue {
  const value = useContext(PaneContext);
  if (value === null) throw new Error('usePane buiten PaneProvider');
  return value;
}

/** The message of anything thrown, for showing to the user. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
