// The browser page's document port: a .docx in memory, changed only by whole plans.
import { visibleText, allParagraphs } from '../../src/core/snapshot';
import { DocxPort } from '../../src/web/docx-port';
import { fixtureBytes } from './fake-port';

describe('DocxPort', () => {
  test('applies a plan to new bytes, tells the page, and reads the changed document', async () => {
    const original = fixtureBytes('base/template-word.docx');
    const copy = original.slice();
    const changes: Uint8Array[] = [];
    const port = new DocxPort(original, { onChange: (b) => changes.push(b) });
    const before = await port.readSnapshot();
    const title = [...allParagraphs(before)].find((p) => visibleText(p).includes('<naam hoofdovereenkomst>'));
    expect(title).toBeDefined();
    const start = visibleText(title!).indexOf('<naam hoofdovereenkomst>');
    await port.apply({
      edits: [{ op: 'replace-text', paragraphIndex: title!.index, start, end: start + '<naam hoofdovereenkomst>'.length, text: 'Overeenkomst zaaksysteem', slotId: 'hoofdovereenkomst.naam' }],
      summary: ['Titel ingevuld.'],
    });
    expect(changes).toHaveLength(1);
    expect(port.changeCount).toBe(1);
    const after = await port.readSnapshot();
    expect(visibleText([...allParagraphs(after)][title!.index]!)).toContain('Overeenkomst zaaksysteem');
    expect(original).toEqual(copy);
  });

  test('a plan that cannot be applied changes nothing', async () => {
    const port = new DocxPort(fixtureBytes('base/template-word.docx'));
    const bytes = port.bytes;
    await expect(port.apply({ edits: [{ op: 'restore-paragraph', paragraphIndex: 999_999, text: 'x', tracked: true }], summary: [] })).rejects.toThrow();
    expect(port.bytes).toBe(bytes);
    expect(port.changeCount).toBe(0);
  });

  test('selecting asks the page to show the paragraph', async () => {
    const selected: number[] = [];
    const port = new DocxPort(fixtureBytes('base/template-word.docx'), { onSelect: (i) => selected.push(i) });
    await port.select(42);
    expect(selected).toEqual([42]);
  });
});
