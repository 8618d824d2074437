// Renders the pane (or one view) around a fake port, in Dutch unless asked otherwise.
import { act, fireEvent, render, type RenderResult } from '@testing-library/react';
import type { DocumentPort } from '../../src/core/port';
import { App, type ViewId } from '../../src/taskpane/App';
import type { Language } from '../../src/taskpane/i18n';
import type { PaneHost } from '../../src/taskpane/pane-context';

/**
 * Renders the pane and returns once React has nothing left to do: the document read through the
 * port, what the view derives from it, and the parts drawn later (the rest of the form, deferred
 * results). All of it runs inside act(), which drains that work however slow the machine is, so
 * the test can query the result at once instead of polling against a clock.
 */
export async function renderPane(port: DocumentPort, options: { view?: ViewId; language?: Language; host?: PaneHost } = {}): Promise<RenderResult> {
  let result: RenderResult | undefined;
  await act(async () => {
    result = render(<App port={port} language={options.language ?? 'nl'} initialView={options.view ?? 'invullen'} host={options.host} />);
  });
  return result!;
}

/** Clicks `button` and returns once everything the click set off (a plan applied through the port,
 * the document read again, the message) has been drawn, as renderPane does. */
export async function clickAndSettle(button: HTMLElement): Promise<void> {
  await act(async () => {
    fireEvent.click(button);
  });
}
