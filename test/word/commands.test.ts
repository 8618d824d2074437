/**
 * @jest-environment jsdom
 */
// The ribbon command "Snel controleren": checks without the pane and reports in a dialog.
import { type CheckReport, finding as makeFinding, type Finding } from '../../src/core/findings';
import { renderMessage, summaryOf } from '../../src/commands/notification';
import { DocumentBuilder } from '../fakes/document-builder';
import { FakeOffice } from '../fakes/office-env';

function finding(severity: Finding['severity']): Finding {
  return makeFinding({ severity, kind: 'altered', clause: null, reason: { code: 'altered' } });
}

function report(findings: Finding[], unfilled = 0): CheckReport {
  return {
    template: { id: 'vng-verwerkersovereenkomst-gemeenten', version: '2.5.3' }, detectedVersion: '2.5.3', bijlage3: false, findings,
    placeholders: { total: 31, unfilled: Array.from({ length: unfilled }, () => ({ text: '<datum>', clause: null, slotId: 'hoofdovereenkomst.datum', label: 'Datum hoofdovereenkomst' })) },
    fields: { total: 33, filled: 33 - unfilled },
  };
}

describe('summaryOf', () => {
  it('counts errors as deviations, in Dutch', () => {
    expect(summaryOf(report([finding('error'), finding('error'), finding('warning')], 1), 'nl')).toBe(
      '2 afwijkingen van de standaardtekst. 1 aandachtspunt; 1 van de 33 invulvelden in dit document is nog niet ingevuld. Open Controleren voor de details.',
    );
  });

  it('says so when there is no deviation, in English too', () => {
    expect(summaryOf(report([]), 'en')).toMatch(/^No deviations from the standard text\./);
  });
});

describe('the command', () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).Word;
    delete (globalThis as Record<string, unknown>).Office;
  });

  it('shows a message as text, never as HTML', () => {
    expect(renderMessage(document, '?melding=%3Cb%3E2%3C%2Fb%3E afwijkingen')).toBe(true);
    expect(document.body.textContent).toBe('<b>2</b> afwijkingen');
    expect(document.body.querySelector('b')).toBeNull();
  });

  it('reports why a document that is not the agreement cannot be checked, and completes the event', async () => {
    const doc = new DocumentBuilder();
    doc.paragraph('Boodschappenlijst: melk, brood.');
    const office = new FakeOffice({ model: doc.model, sets: ['WordApi 1.9', 'DialogApi 1.1'] });
    office.install();
    let commands: typeof import('../../src/commands/commands') | undefined;
    // Imported only now: the module registers the command with Office when it loads.
    await jest.isolateModulesAsync(async () => {
      commands = await import('../../src/commands/commands');
    });
    expect(office.associated.has('controleren')).toBe(true);
    const completed = jest.fn();
    await commands!.controleren({ completed } as unknown as Office.AddinCommands.Event);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(office.dialogs).toHaveLength(1);
    const message = new URL(office.dialogs[0]!).searchParams.get('melding');
    expect(message).toMatch(/^Controleren is niet gelukt: /);
  });
});
