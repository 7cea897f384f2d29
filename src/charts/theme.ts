/**
 * Reads the kit's design tokens from a host element, resolved to concrete colours, so charts
 * get their theme, fonts and palette explicitly (a page's `window.Apex` defaults cannot leak in).
 */
import type { SeriesSlot } from '../themes/palette.js';

/** The resolved colours and font a chart is drawn with. */
export interface ChartTheme {
  mode: 'light' | 'dark';
  font: string;
  fg: string;
  fgMuted: string;
  bg: string;
  bgSubtle: string;
  border: string;
  accent: string;
  positive: string;
  negative: string;
  /** `--_series-1` … `--_series-8`. */
  series: string[];
  /** `--_series-other`, for the "Other" bucket. */
  other: string;
}

const VARS = ['fg', 'fg-muted', 'bg', 'bg-subtle', 'border', 'accent', 'positive', 'negative', 'series-other'] as const;
const SERIES = [1, 2, 3, 4, 5, 6, 7, 8].map((i) => `series-${i}`);

/** Relative luminance (0 dark … 1 light) of an `rgb()`/`rgba()` string; 1 when unreadable. */
export function luminance(rgb: string): number {
  const m = rgb.match(/rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/);
  if (!m) return 1;
  const [r, g, b] = [m[1], m[2], m[3]].map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Resolves the private `--_*` tokens in force on `host` (whose styles include `tokens`).
 * Custom properties come back unresolved (`light-dark(…)`), so each one is applied as the
 * `color` of a hidden probe inside `container` and read back as `rgb()`.
 */
export function readChartTheme(host: HTMLElement, container: Element): ChartTheme {
  const names = [...VARS, ...SERIES];
  const probe = document.createElement('span');
  probe.setAttribute('aria-hidden', 'true');
  probe.style.display = 'none';
  // In forced colours `color` would be replaced: read the system colour the token names.
  probe.style.forcedColorAdjust = 'none';
  for (const name of names) {
    const span = document.createElement('span');
    span.style.color = `var(--_${name})`;
    probe.append(span);
  }
  container.append(probe);
  const colours = [...probe.children].map((span) => getComputedStyle(span).color);
  probe.remove();
  const get = (name: string) => colours[names.indexOf(name)];
  const bg = get('bg');
  return {
    mode: luminance(bg) < 0.4 ? 'dark' : 'light',
    font: getComputedStyle(host).fontFamily || 'system-ui, sans-serif',
    fg: get('fg'),
    fgMuted: get('fg-muted'),
    bg,
    bgSubtle: get('bg-subtle'),
    border: get('border'),
    accent: get('accent'),
    positive: get('positive'),
    negative: get('negative'),
    series: SERIES.map(get),
    other: get('series-other'),
  };
}

/** The resolved colour of a palette slot (see `themes/palette.ts`), for ApexCharts. */
export function slotColor(theme: ChartTheme, slot: SeriesSlot): string {
  return slot === 'other' ? theme.other : theme.series[(slot - 1) % theme.series.length]!;
}
