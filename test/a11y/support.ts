/** Helpers of the accessibility tests: media emulation (forced colours), widget states, deep focus. */
import { emulateMedia } from '../support/media.js';

/**
 * Emulates forced colours and colour scheme (only Chromium can switch them: see support/media.ts).
 * Reduced motion always: charts draw without animation.
 */
export async function emulateFeatures(features: { forcedColors?: 'active' | 'none'; colorScheme?: 'light' | 'dark' } = {}): Promise<void> {
  await emulateMedia({
    forcedColors: features.forcedColors ?? 'none',
    colorScheme: features.colorScheme ?? 'light',
    reducedMotion: 'reduce',
  });
}

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

export type WidgetState = 'loading' | 'empty' | 'error' | 'complete';

/** The state a widget shows, read from the shared state parts (states.ts). */
export function stateOf(el: Element): WidgetState | 'unrendered' {
  const root = el.shadowRoot;
  if (!root || root.childElementCount === 0) return 'unrendered';
  const has = (part: string) => root.querySelector(`[part~='${part}']`) !== null;
  if (has('error')) return 'error';
  if (has('skeleton')) return 'loading';
  if (has('empty')) return 'empty';
  return 'complete';
}

/** The element that has focus, looking through open shadow roots. */
export function deepActiveElement(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Two animation frames: what was rendered has been painted. */
export const painted = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
