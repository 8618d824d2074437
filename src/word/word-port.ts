/// <reference types="office-js" />
// The Word adapter behind the port the task pane talks to. Every Word.run lives here or in the
// modules this file calls; nothing outside src/word touches Office.js for the document.
import { newestStandard } from '../template/registry';
import type { EditPlan } from '../core/plan';
import type { Capabilities, DocumentPort } from '../core/port';
import type { DocumentSnapshot } from '../core/snapshot';
import { applyPlan, type AfterApply } from './apply-plan';
import { FileParagraphs } from './file-paragraphs';
import { readSnapshot } from './read-snapshot';
import { capabilitiesOf, detectFeatures } from './requirements';
import { userSettingsIn } from '../core/user-settings';
import { saveDocumentSettings } from './document-settings';
import { wordSettingsStore } from './user-settings';
import { subscribeToParagraphChanges } from './document-changes';

export { WordEditError } from './apply-plan';

export function createWordPort(): DocumentPort {
  // Change events need WordApi 1.6 (Document.onParagraphChanged); without it the member stays
  // absent and capabilities() says so (noLiveChanges).
  const liveChanges = detectFeatures().wordApi16 ? { onDocumentChanged: subscribeToParagraphChanges } : {};
  return {
    ...liveChanges,
    host: 'word',
    userSettings: userSettingsIn(wordSettingsStore(), newestStandard()),
    capabilities(): Capabilities {
      return capabilitiesOf(detectFeatures());
    },
    readSnapshot(): Promise<DocumentSnapshot> {
      const features = detectFeatures();
      return Word.run((context) => readSnapshot(context, features));
    },
    async apply(plan: EditPlan): Promise<void> {
      const features = detectFeatures();
      const after: AfterApply = await Word.run((context) => applyPlan(context, plan, features));
      const settings: Record<string, unknown> = { ...after.settings };
      // A filled agreement opens with the pane next time (manifest: TaskpaneId
      // Office.AutoShowTaskpaneWithDocument).
      if (after.filled) settings['Office.AutoShowTaskpaneWithDocument'] = true;
      if (Object.keys(settings).length > 0) await saveDocumentSettings(settings);
    },
    async select(paragraphIndex: number): Promise<void> {
      const features = detectFeatures();
      await Word.run(async (context) => {
        // The paragraph may be in a header, footer, note or text box: addressed as the read numbers them.
        const file = new FileParagraphs(context, features, 'items/tableNestingLevel');
        await context.sync();
        const paragraph = (await file.reaching(context, [paragraphIndex])).all[paragraphIndex];
        // Range.select "selects and navigates the Word UI" (WordApi 1.1); there is no scrollIntoView.
        if (paragraph) paragraph.select('Select');
        await context.sync();
      });
    },
  };
}
