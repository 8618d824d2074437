// Layout of the browser page around the pane: pane on the left at task-pane width, preview beside it.
export const PAGE_CSS = `
html, body, #root { margin: 0; height: 100%; }
.vo-page { min-height: 100%; font-family: var(--fontFamilyBase); color: var(--colorNeutralForeground1); background: var(--colorNeutralBackground2); }
.vo-drop { min-height: 100vh; display: flex; flex-direction: column; }
.vo-dragging { outline: 3px dashed var(--colorBrandStroke1); outline-offset: -6px; }
.vo-page-header { padding: 12px 16px; background: var(--colorNeutralBackground1); border-bottom: 1px solid var(--colorNeutralStroke2); }
.vo-page-title { margin: 0; font-size: var(--fontSizeBase500); }
.vo-page-sub { margin: 2px 0 8px; color: var(--colorNeutralForeground2); }
.vo-toolbar { display: flex; flex-wrap: wrap; gap: 8px; }
.vo-page-file { margin: 8px 0 0; }
.vo-problem { margin: 8px 0 0; padding: 8px 12px; border-left: 4px solid var(--colorPaletteRedBorder2);
  background: var(--colorPaletteRedBackground1); color: var(--colorNeutralForeground1); font-weight: var(--fontWeightSemibold); }
.vo-sr-file { position: absolute; width: 1px; height: 1px; opacity: 0; overflow: hidden; }
.vo-start { flex: 1; display: flex; flex-direction: column; align-items: center; justify-content: center; padding: 32px; text-align: center;
  border: 2px dashed var(--colorNeutralStroke1); margin: 16px; border-radius: 8px; }
.vo-start-drop { font-size: var(--fontSizeBase400); }
.vo-work { flex: 1; display: flex; align-items: stretch; min-height: 0; }
.vo-work-pane { width: 340px; flex: none; background: var(--colorNeutralBackground1); border-right: 1px solid var(--colorNeutralStroke2);
  overflow-y: auto; max-height: calc(100vh - 130px); position: sticky; top: 0; }
.vo-work-preview { flex: 1; min-width: 0; overflow-y: auto; max-height: calc(100vh - 130px); padding: 16px 24px; }
.vo-preview-title { font-size: var(--fontSizeBase400); margin: 0 0 8px; }
.vo-preview { max-width: 46em; margin: 0 auto; padding: 24px 32px; background: var(--colorNeutralBackground1);
  box-shadow: var(--shadow4); font-family: Georgia, 'Times New Roman', serif; line-height: 1.5; }
.vo-p { margin: 0 0 6px; white-space: pre-wrap; border-left: 4px solid transparent; padding-left: 6px; }
.vo-h1 { font-size: 1.3em; font-weight: bold; margin-top: 12px; }
.vo-h2 { font-size: 1.12em; font-weight: bold; margin-top: 10px; }
.vo-h3 { font-weight: bold; }
.vo-list-label { font-weight: bold; }
.vo-preview del { text-decoration: line-through; text-decoration-thickness: 2px; color: var(--colorPaletteRedForeground1); }
.vo-preview ins { text-decoration: underline; text-decoration-thickness: 2px; color: var(--colorPaletteGreenForeground1); }
.vo-mark { background: var(--colorPaletteYellowBackground1); }
.vo-mark-error { border-left-color: var(--colorPaletteRedBorder2); background: var(--colorPaletteRedBackground1); }
.vo-mark-warning { border-left-color: var(--colorPaletteYellowBorder2); }
.vo-mark-label { display: block; font-family: var(--fontFamilyBase); font-size: var(--fontSizeBase200); font-weight: var(--fontWeightSemibold); }
.vo-selected { outline: 3px solid var(--colorBrandStroke1); outline-offset: 2px; }
.vo-selected::before { content: '▶ Geselecteerd'; display: block; font-family: var(--fontFamilyBase); font-size: var(--fontSizeBase200); font-weight: var(--fontWeightSemibold); }
.vo-story { margin: 12px 0; padding: 6px 0; border-top: 1px dashed var(--colorNeutralStroke1); border-bottom: 1px dashed var(--colorNeutralStroke1); font-size: 0.9em; }
.vo-story-label { margin: 0 0 4px; font-family: var(--fontFamilyBase); font-size: var(--fontSizeBase200); font-weight: var(--fontWeightSemibold); color: var(--colorNeutralForeground3); }
.vo-preview-table { border-collapse: collapse; width: 100%; margin: 8px 0; font-size: 0.9em; }
.vo-preview-table td { border: 1px solid var(--colorNeutralStroke1); padding: 4px; vertical-align: top; }
@media (max-width: 720px) {
  .vo-work { flex-direction: column; }
  .vo-work-pane { width: 100%; max-height: none; position: static; border-right: 0; }
  .vo-work-preview { max-height: none; padding: 8px; }
  .vo-preview { padding: 12px; }
}
`;
