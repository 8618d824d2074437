// The browser page's document port: a .docx in memory, changed only by whole plans.
import type { EditPlan } from '../../src/core/plan';
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
      summary: [{ code: 'filled', slotId: 'hoofdovereenkomst.naam', value: 'Overeenkomst zaaksysteem', times: 1 }],
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
    await expect(port.apply({ edits: [{ op: 'restore-paragraph', paragraphIndex: 999_999, text: 'x', tracked: true, scope: 'words', author: 'Gemeente' }], summary: [] })).rejects.toThrow();
    expect(port.bytes).toBe(bytes);
    expect(port.changeCount).toBe(0);
  });

  test('selecting asks the page to show the paragraph', async () => {
    const selected: number[] = [];
    const port = new DocxPort(fixtureBytes('base/template-word.docx'), { onSelect: (i) => selected.push(i) });
    await port.select(42);
    expect(selected).toEqual([42]);
  });

  describe("insert-blocks after 'selection'", () => {
    const atSelection = (text: string): EditPlan => ({
      edits: [{ op: 'insert-blocks', after: 'selection', blocks: [{ role: 'body', runs: [{ text, bold: false, italic: false }], pageBreakBefore: false }] }],
      summary: [],
    });
    const texts = async (port: DocxPort): Promise<string[]> => [...allParagraphs(await port.readSnapshot())].map(visibleText);
    /** A paragraph of body text well inside the document, not in a table. */
    const chosenIndex = async (port: DocxPort): Promise<number> => {
      const found = [...allParagraphs(await port.readSnapshot())].find((p) => p.index > 10 && visibleText(p).startsWith('Artikel'));
      if (!found) throw new Error('fixture without an Artikel heading');
      return found.index;
    };

    test('without a chosen paragraph, the blocks go at the end', async () => {
      const port = new DocxPort(fixtureBytes('base/template-word.docx'));
      const before = await texts(port);
      await port.apply(atSelection('Bij de cursor'));
      expect(await texts(port)).toEqual([...before, 'Bij de cursor']);
    });

    test('after select(i), the blocks go after paragraph i, and the plan given is not changed', async () => {
      const port = new DocxPort(fixtureBytes('base/template-word.docx'));
      const i = await chosenIndex(port);
      const before = await texts(port);
      await port.select(i);
      const plan = atSelection('Eerste invoeging');
      await port.apply(plan);
      expect(await texts(port)).toEqual([...before.slice(0, i + 1), 'Eerste invoeging', ...before.slice(i + 1)]);
      expect(plan.edits[0]).toMatchObject({ after: 'selection' });
      // Nothing moved paragraph i: the next one goes there too, right after it (as Word does at a cursor).
      await port.apply(atSelection('Tweede invoeging'));
      expect((await texts(port)).slice(i, i + 3)).toEqual([before[i], 'Tweede invoeging', 'Eerste invoeging']);
    });

    test('a plan that moves the chosen paragraph makes the next insert go at the end', async () => {
      const port = new DocxPort(fixtureBytes('base/template-word.docx'));
      const i = await chosenIndex(port);
      await port.select(i);
      await port.apply({ edits: [{ op: 'delete-paragraph', paragraphIndex: 0 }], summary: [] });
      const before = await texts(port);
      await port.apply(atSelection('Aan het eind'));
      expect(await texts(port)).toEqual([...before, 'Aan het eind']);
    });
  });
});
