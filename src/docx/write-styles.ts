// Which of the document's own styles a new paragraph of a given role gets: found in styles.xml by
// name ("heading 2", "Kop 2", "List Bullet"), the body style by what the document's own body
// paragraphs use, with built-in ids or direct formatting as the fallback.
import type { NewParagraph } from '../core/plan';
import type { Styles } from './styles';
import { child, childrenNamed, type XmlElement } from './xml';

export interface StyleChoice {
  readonly styleId: string | null;
  /** Set when no heading style exists: the level still reaches the outline and the navigation pane. */
  readonly outlineLevel: number | null;
  readonly bold: boolean;
  readonly indentLeft: number | null;
  /**
   * The style numbers its paragraphs ("Artikel 1", "1.1" on a municipal template's headings): the
   * standard types its own numbers, so new text switches that numbering off.
   */
  readonly numbered: boolean;
}

export interface StyleResolver {
  paragraph(role: NewParagraph['role']): StyleChoice;
  /** Table properties to give a new table, copied from the document's first table when it has one. */
  tableProperties(): XmlElement | null;
  readonly hasTableGrid: string | null;
}

interface StyleEntry { readonly id: string; readonly name: string; readonly type: string; readonly isDefault: boolean }

function stylesOf(root: XmlElement | undefined): StyleEntry[] {
  if (!root) return [];
  return childrenNamed(root, 'w:style').map((s) => ({
    id: s.attributes['w:styleId'] ?? '',
    name: (child(s, 'w:name')?.attributes['w:val'] ?? '').trim(),
    type: s.attributes['w:type'] ?? 'paragraph',
    isDefault: ['1', 'true', 'on'].includes(s.attributes['w:default'] ?? ''),
  })).filter((s) => s.id !== '');
}

function bodyStyleOf(documentRoot: XmlElement, styles: readonly StyleEntry[], excluded: ReadonlySet<string>): string | null {
  const body = child(documentRoot, 'w:body');
  const counts = new Map<string, number>();
  const defaultId = styles.find((s) => s.type === 'paragraph' && s.isDefault)?.id ?? null;
  for (const p of body ? childrenNamed(body, 'w:p') : []) {
    const pPr = child(p, 'w:pPr');
    if (pPr && child(pPr, 'w:numPr')) continue;
    const id = (pPr && child(pPr, 'w:pStyle')?.attributes['w:val']) ?? defaultId ?? '';
    if (excluded.has(id)) continue;
    const textLength = JSON.stringify(p).length;
    counts.set(id, (counts.get(id) ?? 0) + textLength);
  }
  let best: string | null = null;
  let most = -1;
  for (const [id, n] of counts) if (n > most) { best = id; most = n; }
  return best === '' || best === defaultId ? null : best;
}

export function styleResolver(stylesRoot: XmlElement | undefined, documentRoot: XmlElement, resolved: Styles): StyleResolver {
  const styles = stylesOf(stylesRoot);
  const paragraphStyles = styles.filter((s) => s.type === 'paragraph');
  const byName = (pattern: RegExp): string | null => paragraphStyles.find((s) => pattern.test(s.name))?.id ?? null;
  const headingIds = new Set<string>();
  const heading = (level: number): string | null => {
    const id = byName(new RegExp(`^(?:heading|kop)\\s*${level}$`, 'i'));
    if (id) headingIds.add(id);
    return id;
  };
  for (let level = 1; level <= 9; level += 1) heading(level);
  const listIds = new Set(paragraphStyles.filter((s) => /^(?:list|lijst)/i.test(s.name) || /^(?:title|titel)$/i.test(s.name)).map((s) => s.id));
  const body = bodyStyleOf(documentRoot, styles, new Set([...headingIds, ...listIds]));
  const numbered = (id: string | null): boolean => {
    const numId = resolved.paragraph(id ?? undefined).numId;
    return numId !== undefined && numId !== '0';
  };
  const styled = (styleId: string | null, extra: Partial<StyleChoice> = {}): StyleChoice => ({
    styleId, outlineLevel: null, bold: false, indentLeft: null, numbered: numbered(styleId), ...extra,
  });
  const plain = (indentLeft: number | null = null): StyleChoice => styled(body, { indentLeft });
  const tableGrid = styles.find((s) => s.type === 'table' && /^(?:table grid|tabelraster)$/i.test(s.name))?.id ?? null;
  return {
    hasTableGrid: tableGrid,
    paragraph(role) {
      if (role === 'body') return plain();
      if (role === 'title' || role.startsWith('heading-')) {
        const level = role === 'title' ? 1 : Number(role.slice(8));
        const id = (role === 'title' ? byName(/^(?:title|titel)$/i) : null) ?? heading(level);
        return id ? styled(id) : styled(body, { outlineLevel: level - 1, bold: true });
      }
      const level = Number(role.slice(5));
      const id = byName(new RegExp(`^(?:list bullet|lijstopsommingsteken)${level > 1 ? `\\s*${level}` : ''}$`, 'i'));
      return id ? styled(id) : plain(360 * level);
    },
    tableProperties() {
      const bodyEl = child(documentRoot, 'w:body');
      const table = bodyEl ? childrenNamed(bodyEl, 'w:tbl')[0] : undefined;
      const tblPr = table ? child(table, 'w:tblPr') : undefined;
      return tblPr ?? null;
    },
  };
}
