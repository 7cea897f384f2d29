/** DOM helpers for play functions: query across shadow roots, wait for a widget's state. */
import { expect, waitFor } from 'storybook/test';
import { manifestTags } from './manifest.js';

/** Every element under `root`, descending into open shadow roots. */
export function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return out;
}

/** Text of `root` including shadow roots (what a user reads, roughly). */
export function deepText(root: Node): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    if (node instanceof HTMLStyleElement || node instanceof SVGStyleElement || node instanceof HTMLScriptElement) return;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return text.replace(/\s+/g, ' ');
}

/** The kit's widgets under `root` (any tag in the manifest except the context). */
export function widgets(root: ParentNode): HTMLElement[] {
  const tags = new Set(manifestTags().filter((t) => t !== 'filter-context'));
  return deepElements(root).filter((el): el is HTMLElement => tags.has(el.localName));
}

export type WidgetState = 'loading' | 'empty' | 'error' | 'complete';

const partOf = (el: HTMLElement, part: string) => el.shadowRoot?.querySelector(`[part~='${part}']`) ?? null;

/** The state a widget shows now, read from the shared state parts (states.ts). */
export function stateOf(el: HTMLElement & { hasUpdated?: boolean }): WidgetState | 'unrendered' {
  if (!el.hasUpdated || !el.shadowRoot || el.shadowRoot.childElementCount === 0) return 'unrendered';
  if (partOf(el, 'error')) return 'error';
  // A reload keeps the last answer on show, marked busy (ResourceController.renderLatest).
  if (partOf(el, 'skeleton') || el.shadowRoot.querySelector('[aria-busy="true"]')) return 'loading';
  if (partOf(el, 'empty')) return 'empty';
  return 'complete';
}

/** Waits until every widget under `root` shows `state` (and there is at least one widget). */
export async function waitForState(root: HTMLElement, state: WidgetState, timeout = 8000): Promise<HTMLElement[]> {
  let found: HTMLElement[] = [];
  await waitFor(
    () => {
      found = widgets(root);
      expect(found.length, 'widgets on the story').toBeGreaterThan(0);
      for (const el of found) {
        const now = stateOf(el);
        // An unexpected error says what went wrong, so the failure names the cause.
        const why = now === 'error' && state !== 'error' ? ` (${deepText(el.shadowRoot!).trim()})` : '';
        expect(`${el.localName}: ${now}${why}`).toBe(`${el.localName}: ${state}`);
      }
    },
    { timeout, interval: 50 },
  );
  // Let charts drawn after the data (a frame after their width is known) settle before a11y runs.
  await Promise.all(found.map((el) => (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return found;
}

/** Relative luminance (0 dark … 1 light) of a computed `rgb()` colour. */
export function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((c) => {
    const s = Number(c) / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
