// The pane's few layout rules. Colours come from the Fluent theme's CSS variables, so light, dark
// and high-contrast themes all work; meaning is never carried by colour alone.
export const PANE_CSS = `
.vo-pane { box-sizing: border-box; min-width: 280px; max-width: 100%; min-height: 100%; padding: 8px 12px 24px;
  font-family: var(--fontFamilyBase); font-size: var(--fontSizeBase300); line-height: var(--lineHeightBase300);
  color: var(--colorNeutralForeground1); background: var(--colorNeutralBackground1); }
.vo-pane *, .vo-pane *::before, .vo-pane *::after { box-sizing: border-box; }
.vo-title { font-size: var(--fontSizeBase500); font-weight: var(--fontWeightSemibold); margin: 4px 0 8px; }
.vo-tabs { margin: 0 -8px 8px; }
.vo-view { display: flex; flex-direction: column; gap: 12px; }
.vo-group, .vo-provision { display: flex; flex-direction: column; gap: 10px; border-top: 1px solid var(--colorNeutralStroke2); padding-top: 8px; }
.vo-heading { font-size: var(--fontSizeBase400); font-weight: var(--fontWeightSemibold); margin: 4px 0 0; }
.vo-subheading { font-size: var(--fontSizeBase300); font-weight: var(--fontWeightSemibold); margin: 4px 0 0; }
.vo-muted { color: var(--colorNeutralForeground2); margin: 0; }
.vo-field { width: 100%; min-width: 0; }
.vo-select { width: 100%; max-width: 100%; min-width: 0; }
.vo-select select { width: 100%; min-width: 0; text-overflow: ellipsis; }
.vo-row, .vo-options { border: 1px solid var(--colorNeutralStroke1); border-radius: 4px; padding: 8px; margin: 0;
  display: flex; flex-direction: column; gap: 8px; min-width: 0; }
.vo-row legend, .vo-options legend { font-weight: var(--fontWeightSemibold); padding: 0 4px; }
.vo-table { display: flex; flex-direction: column; gap: 8px; }
.vo-errors { color: var(--colorPaletteRedForeground1); margin: 0; padding-left: 18px; }
.vo-actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.vo-actions-stack { flex-direction: column; align-items: stretch; }
.vo-notice-list { margin: 4px 0 0; padding-left: 18px; }
.vo-summary p { margin: 0; }
.vo-summary-main { font-size: var(--fontSizeBase400); font-weight: var(--fontWeightSemibold); }
.vo-findings, .vo-clauses, .vo-comments { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 10px; }
.vo-finding, .vo-clause { border: 1px solid var(--colorNeutralStroke1); border-radius: 4px; padding: 8px;
  display: flex; flex-direction: column; gap: 6px; overflow-wrap: anywhere; }
.vo-finding-error { border-left: 4px solid var(--colorPaletteRedBorder2); }
.vo-finding-warning { border-left: 4px solid var(--colorPaletteYellowBorder2); }
.vo-finding-head { display: flex; gap: 6px; flex-wrap: wrap; }
.vo-finding-link { text-align: left; }
.vo-finding-message, .vo-excerpt { margin: 0; }
.vo-finding-actions { display: flex; flex-wrap: wrap; gap: 6px; }
.vo-redline { margin: 0; padding: 6px; background: var(--colorNeutralBackground3); border-radius: 4px; font-size: var(--fontSizeBase200); }
.vo-redline del { text-decoration: line-through; text-decoration-thickness: 2px; color: var(--colorPaletteRedForeground1); }
.vo-redline ins { text-decoration: underline; text-decoration-thickness: 2px; color: var(--colorPaletteGreenForeground1); }
.vo-report textarea { font-family: var(--fontFamilyMonospace); font-size: var(--fontSizeBase200); }
.vo-name-prompt { display: flex; flex-direction: column; gap: 8px; border: 2px solid var(--colorBrandStroke1); border-radius: 4px; padding: 8px; }
.vo-text, .vo-finding-message, .vo-finding-link, .vo-notice-list, .vo-summary, .fui-MessageBarBody { overflow-wrap: anywhere; min-width: 0; }
.vo-sr { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }
`;
