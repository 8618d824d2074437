/** @jest-environment jsdom */
// The view the pane opens on: the button's ?view= wins; otherwise a document the add-in filled
// (Word opens the pane with it by itself) opens on Controleren.
import '@testing-library/jest-dom';
import { screen } from '@testing-library/react';
import { initialViewOf } from '../../src/taskpane/initial-view';
import { DocumentBuilder } from '../fakes/document-builder';
import { FakeOffice } from '../fakes/office-env';

jest.setTimeout(30_000);

describe('initialViewOf', () => {
  it.each([
    ['?view=invullen', true, 'invullen'],
    ['?view=controleren', null, 'controleren'],
    ['?view=clausules', true, 'clausules'],
    ['?_host_Info=Word$Win32$16.01$nl-NL&view=controleren', null, 'controleren'],
    ['?view=Controleren', null, 'controleren'],
  ] as const)('the button asks: %s (setting %s) opens %s', (search, setting, view) => {
    expect(initialViewOf({ search, autoShowWithDocument: setting })).toBe(view);
  });

  it('without a view, a document the add-in filled opens on Controleren', () => {
    expect(initialViewOf({ search: '', autoShowWithDocument: true })).toBe('controleren');
    expect(initialViewOf({ search: '?_host_Info=Word$Win32$16.01$nl-NL', autoShowWithDocument: true })).toBe('controleren');
  });

  it('without a view, any other document opens on Invullen', () => {
    expect(initialViewOf({ search: '', autoShowWithDocument: null })).toBe('invullen');
    expect(initialViewOf({ search: '', autoShowWithDocument: false })).toBe('invullen');
    // Only the boolean the add-in stores counts, not a string that looks like it.
    expect(initialViewOf({ search: '', autoShowWithDocument: 'true' })).toBe('invullen');
  });

  it('an unknown view is ignored, not trusted', () => {
    expect(initialViewOf({ search: '?view=beheer', autoShowWithDocument: true })).toBe('controleren');
    expect(initialViewOf({ search: '?view=', autoShowWithDocument: null })).toBe('invullen');
  });
});

describe('the Word entry (index.tsx)', () => {
  let office: FakeOffice;
  const global = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  let actEnvironment: boolean | undefined;

  beforeEach(() => {
    // The entry renders with its own copy of React (a fresh module registry per test), which the
    // test's act() cannot wrap; selectedTab() waits for the render instead.
    actEnvironment = global.IS_REACT_ACT_ENVIRONMENT;
    global.IS_REACT_ACT_ENVIRONMENT = false;
    const doc = new DocumentBuilder();
    doc.paragraph('Verwerkersovereenkomst');
    office = new FakeOffice({ model: doc.model });
    office.install();
    document.body.innerHTML = '<div id="root"></div>';
  });

  afterEach(() => {
    global.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
    office.uninstall();
    document.body.innerHTML = '';
    window.history.replaceState(null, '', '/');
  });

  async function start(): Promise<void> {
    await jest.isolateModulesAsync(async () => {
      await import('../../src/taskpane/index');
    });
  }

  /** The tab the pane opened on, once React has drawn it: watched on every change of the page, not
   * polled against a clock, so a slow machine only makes it later. */
  function selectedTab(): Promise<HTMLElement> {
    const find = (): HTMLElement | null => document.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]');
    return new Promise((resolve) => {
      const now = find();
      if (now !== null) { resolve(now); return; }
      const observer = new MutationObserver(() => {
        const tab = find();
        if (tab === null) return;
        observer.disconnect();
        resolve(tab);
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    });
  }

  it('opens on Controleren for a filled document when Word opens the pane by itself', async () => {
    office.settings.set('Office.AutoShowTaskpaneWithDocument', true);
    window.history.replaceState(null, '', '/taskpane.html');
    await start();
    expect(await selectedTab()).toBe(screen.getByRole('tab', { name: 'Controleren' }));
  });

  it('opens on the view the ribbon button asks for', async () => {
    office.settings.set('Office.AutoShowTaskpaneWithDocument', true);
    window.history.replaceState(null, '', '/taskpane.html?view=clausules');
    await start();
    expect(await selectedTab()).toBe(screen.getByRole('tab', { name: 'Clausules' }));
  });

  it('opens on Invullen for a document the add-in did not fill', async () => {
    window.history.replaceState(null, '', '/taskpane.html');
    await start();
    expect(await selectedTab()).toBe(screen.getByRole('tab', { name: 'Invullen' }));
  });
});
