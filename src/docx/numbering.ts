// word/numbering.xml: computes the label automatic numbering prints before a paragraph
// ("5.1", "a)", "•"), counting as Word does: per abstract list, deeper levels restart when a
// shallower one advances, a w:num with a startOverride starts its own count.
import { child, childrenNamed, type XmlElement } from './xml';

interface Level {
  readonly start: number;
  readonly format: string;
  readonly text: string;
  readonly legal: boolean;
}

interface NumInstance {
  readonly abstractId: string;
  readonly overrides: ReadonlyMap<number, number>;
}

export interface NumberingCounter {
  /** The printed label for a paragraph in list numId at level ilvl, advancing the count. */
  label(numId: string, ilvl: number): string;
}

function toRoman(n: number): string {
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  let rest = n;
  for (const [value, glyph] of table) while (rest >= value) { out += glyph; rest -= value; }
  return out;
}

function toLetters(n: number): string {
  if (n <= 0) return '';
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter': return toLetters(n);
    case 'upperLetter': return toLetters(n).toUpperCase();
    case 'lowerRoman': return toRoman(n);
    case 'upperRoman': return toRoman(n).toUpperCase();
    case 'none': return '';
    case 'decimalZero': return n < 10 ? `0${n}` : String(n);
    default: return String(n);
  }
}

export function readNumbering(root: XmlElement | undefined): NumberingCounter {
  const abstracts = new Map<string, Map<number, Level>>();
  const instances = new Map<string, NumInstance>();
  if (root) {
    for (const abs of childrenNamed(root, 'w:abstractNum')) {
      const levels = new Map<number, Level>();
      for (const lvl of childrenNamed(abs, 'w:lvl')) {
        levels.set(Number(lvl.attributes['w:ilvl'] ?? 0), {
          start: Number(child(lvl, 'w:start')?.attributes['w:val'] ?? 1),
          format: child(lvl, 'w:numFmt')?.attributes['w:val'] ?? 'decimal',
          text: child(lvl, 'w:lvlText')?.attributes['w:val'] ?? '',
          legal: child(lvl, 'w:isLgl') !== undefined,
        });
      }
      abstracts.set(abs.attributes['w:abstractNumId'] ?? '', levels);
    }
    for (const num of childrenNamed(root, 'w:num')) {
      const overrides = new Map<number, number>();
      for (const o of childrenNamed(num, 'w:lvlOverride')) {
        const start = child(o, 'w:startOverride');
        if (start) overrides.set(Number(o.attributes['w:ilvl'] ?? 0), Number(start.attributes['w:val'] ?? 1));
      }
      instances.set(num.attributes['w:numId'] ?? '', { abstractId: child(num, 'w:abstractNumId')?.attributes['w:val'] ?? '', overrides });
    }
  }
  const counters = new Map<string, number[]>();
  const startedInstances = new Set<string>();
  return {
    label(numId, ilvl) {
      const instance = instances.get(numId);
      if (!instance || numId === '0') return '';
      const levels = abstracts.get(instance.abstractId);
      const level = levels?.get(ilvl);
      if (!levels || !level) return '';
      const key = instance.overrides.size > 0 ? `num:${numId}` : `abs:${instance.abstractId}`;
      let counts = counters.get(key);
      if (!counts) {
        counts = [];
        counters.set(key, counts);
      }
      if (!startedInstances.has(numId)) {
        startedInstances.add(numId);
        for (const [lvl, start] of instance.overrides) counts[lvl] = start - 1;
      }
      const startOf = (l: number): number => instance.overrides.get(l) ?? levels.get(l)?.start ?? 1;
      counts[ilvl] = (counts[ilvl] ?? startOf(ilvl) - 1) + 1;
      counts.length = ilvl + 1;
      if (level.format === 'bullet') return level.text;
      return level.text.replace(/%([1-9])/g, (_, d: string) => {
        const l = Number(d) - 1;
        const value = counts?.[l] ?? startOf(l);
        const fmt = level.legal ? 'decimal' : levels.get(l)?.format ?? 'decimal';
        return formatNumber(value, fmt);
      });
    },
  };
}
