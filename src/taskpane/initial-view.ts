// Which view the pane opens on. The ribbon buttons ask for one (taskpane.html?view=…); without that,
// a document the add-in filled before opens on Controleren, so that its check runs at once. Pure:
// the Word entry (index.tsx) gathers the inputs.
import type { ViewId } from './App';

/** Document setting (Common API) that makes Word open the pane with the document; set after a fill. */
export const AUTO_SHOW_SETTING = 'Office.AutoShowTaskpaneWithDocument';

const VIEW_IDS: readonly ViewId[] = ['invullen', 'controleren', 'clausules'];

export interface InitialViewInputs {
  /** The page's query string (location.search), e.g. "?view=controleren". */
  readonly search: string;
  /** Office.context.document.settings.get(AUTO_SHOW_SETTING): true once the add-in filled the document. */
  readonly autoShowWithDocument: unknown;
}

function isViewId(value: string): value is ViewId {
  return (VIEW_IDS as readonly string[]).includes(value);
}

export function initialViewOf(inputs: InitialViewInputs): ViewId {
  const requested = new URLSearchParams(inputs.search).get('view')?.trim().toLowerCase() ?? '';
  if (isViewId(requested)) return requested;
  return inputs.autoShowWithDocument === true ? 'controleren' : 'invullen';
}
