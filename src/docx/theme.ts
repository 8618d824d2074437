// The document's theme colours: word/theme/theme1.xml's colour scheme (a:clrScheme, ECMA-376 Part 1
// §20.1.6.2), with settings' w:clrSchemeMapping (§17.15.1.20) saying which of them text1,
// background1, text2 and background2 are. Runs and styles name these (w:color w:themeColor="…",
// w:shd w:themeFill="…"), and Word shows the theme's colour, not w:val, so white-on-white text made
// with a theme colour is read as what a reader sees.
import { DEFAULT_THEME, themeColours, type ThemeColours } from './visible-text';
import { child, type XmlElement } from './xml';

/** a:clrScheme's children by ST_ThemeColor's names. */
const SCHEME_NAMES: Readonly<Record<string, string>> = {
  'a:dk1': 'dark1', 'a:lt1': 'light1', 'a:dk2': 'dark2', 'a:lt2': 'light2',
  'a:accent1': 'accent1', 'a:accent2': 'accent2', 'a:accent3': 'accent3', 'a:accent4': 'accent4', 'a:accent5': 'accent5', 'a:accent6': 'accent6',
  'a:hlink': 'hyperlink', 'a:folHlink': 'followedHyperlink',
};
/** w:clrSchemeMapping's attributes for the names that are mapped. */
const MAPPED: Readonly<Record<string, string>> = { 'w:t1': 'text1', 'w:bg1': 'background1', 'w:t2': 'text2', 'w:bg2': 'background2' };

const hex = (value: string | undefined): number | undefined => (value !== undefined && /^[0-9a-f]{6}$/i.test(value) ? parseInt(value, 16) : undefined);

/** One scheme colour: an sRGB value, or a system colour by the value it last had (a:sysClr/@lastClr). */
function schemeColour(entry: XmlElement): number | undefined {
  const srgb = child(entry, 'a:srgbClr');
  if (srgb) return hex(srgb.attributes.val);
  const system = child(entry, 'a:sysClr');
  return system ? hex(system.attributes.lastClr) ?? (system.attributes.val === 'window' ? 0xffffff : system.attributes.val === 'windowText' ? 0x000000 : undefined) : undefined;
}

/** The theme colours of a theme part's root (a:theme) and the settings' root; Office's default where either says nothing. */
export function readTheme(theme: XmlElement | undefined, settings: XmlElement | undefined): ThemeColours {
  const elements = theme && child(theme, 'a:themeElements');
  const scheme = elements && child(elements, 'a:clrScheme');
  const mapping: Record<string, string> = {};
  const map = settings && child(settings, 'w:clrSchemeMapping');
  for (const [attribute, name] of Object.entries(MAPPED)) {
    const value = map?.attributes[attribute];
    if (value !== undefined) mapping[name] = value;
  }
  if (!scheme && Object.keys(mapping).length === 0) return DEFAULT_THEME;
  const colours: Record<string, number> = {};
  for (const [name, fallback] of Object.entries(DEFAULT_THEME)) colours[name] = fallback;
  for (const entry of scheme?.children ?? []) {
    if (typeof entry === 'string') continue;
    const name = SCHEME_NAMES[entry.name];
    const colour = name === undefined ? undefined : schemeColour(entry);
    if (name !== undefined && colour !== undefined) colours[name] = colour;
  }
  return themeColours(colours, mapping);
}
