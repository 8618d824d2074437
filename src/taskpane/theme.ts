// Follows the Office theme: a dark body background in Office gives the dark Fluent theme.
import { type Theme, webDarkTheme, webLightTheme } from '@fluentui/react-components';

/** Relative luminance of a "#rrggbb" colour (0 black … 1 white), or null when it is not one. */
export function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return null;
  const channel = (h: string | undefined): number => {
    const c = parseInt(h ?? '0', 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(m[1]) + 0.7152 * channel(m[2]) + 0.0722 * channel(m[3]);
}

export function themeForBackground(background: string | undefined | null, prefersDark = false): Theme {
  const l = background ? luminance(background) : null;
  if (l === null) return prefersDark ? webDarkTheme : webLightTheme;
  return l < 0.2 ? webDarkTheme : webLightTheme;
}
