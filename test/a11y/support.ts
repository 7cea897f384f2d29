/** Helpers of the accessibility tests: media emulation (forced colours), widget states, deep focus. */
import { emulateMedia } from '../support/media.js';

/**
 * Emulates forced colours and colour scheme (only Chromium can switch them: see support/media.ts).
 * Reduced motion always: charts draw without animation.
 */
export async function emulateFeatures(features: { forcedColors?: 'active' | 'none'; colorScheme?: 'light' | 'dark' } = {}): Promise<void> {
  await emulateMedia({ forcedColors: features.forcedColors ?? 'none', colorScheme: features.colorScheme ?? 'light', reducedMotion: 'reduce' });
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
