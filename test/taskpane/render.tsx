// Renders the pane (or one view) around a fake port, in Dutch unless asked otherwise.
import { render, type RenderResult } from '@testing-library/react';
import type { DocumentPort } from '../../src/core/port';
import { App, type ViewId } from '../../src/taskpane/App';
import type { Language } from '../../src/taskpane/i18n';
import type { PaneHost } from '../../src/taskpane/pane-context';

export function renderPane(port: DocumentPort, options: { view?: ViewId; language?: Language; host?: PaneHost } = {}): RenderResult {
  return render(<App port={port} language={options.language ?? 'nl'} initialView={options.view ?? 'invullen'} host={options.host} />);
}
