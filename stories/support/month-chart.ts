/**
 * The hover and keyboard states of the kit's own month chart (`adds-churn-chart`,
 * `active-vs-total`, `distribution-trend`): play functions that point at one month, or focus it as the keyboard does,
 * so the crosshair, the grown markers, the shared tooltip (and the focus ring) show in the story.
 */
import { expect, waitFor } from 'storybook/test';
import { waitForState } from './dom.js';
import type { Story } from './stories.js';

/** Waits for the widget's chart, then moves the pointer over its `month`-th month (0-based). */
export function hoverMonth(month: number): Story['play'] {
  return async ({ canvasElement }) => {
    const [el] = await waitForState(canvasElement, 'complete');
    const root = el!.shadowRoot!;
    await waitFor(() => expect(root.querySelectorAll('.month-chart .series')[0]?.children.length).toBeGreaterThan(month));
    const mark = root.querySelector('.month-chart .series')!.children[month]!.getBoundingClientRect();
    root
      .querySelector('.month-chart-box')!
      .dispatchEvent(
        new PointerEvent('pointermove', { bubbles: true, clientX: mark.left + mark.width / 2, clientY: mark.top + mark.height / 2 }),
      );
    await waitFor(() => expect(root.querySelector('[part="tooltip"]')).not.toBeNull());
    // Inside the chart's box, however narrow the chart.
    const tip = root.querySelector('[part="tooltip"]')!.getBoundingClientRect();
    const box = root.querySelector('.month-chart-box')!.getBoundingClientRect();
    await expect(tip.left).toBeGreaterThanOrEqual(box.left - 0.5);
    await expect(tip.right).toBeLessThanOrEqual(box.right + 0.5);
  };
}

/**
 * Waits for the widget's chart, then focuses its `month`-th month's button (0-based), as Tab and
 * the arrow keys do; `name` is what its name must read (the month and its figures).
 */
export function focusMonth(month: number, name = /\d/): Story['play'] {
  return async ({ canvasElement }) => {
    const [el] = await waitForState(canvasElement, 'complete');
    const root = el!.shadowRoot!;
    await waitFor(() => expect(root.querySelectorAll('[part="month"]').length).toBeGreaterThan(month));
    const button = root.querySelector<SVGElement>(`[part="month"][data-month="${month}"]`)!;
    button.focus();
    await waitFor(() => expect(root.querySelector('[part="tooltip"]')).not.toBeNull());
    await expect(root.activeElement).toBe(button);
    await waitFor(() => expect(button.getAttribute('aria-label')).toMatch(name)); // the month's figures, for a screen reader
    await waitFor(() => expect(root.querySelector('[part="month"][tabindex="0"]')).toBe(button));
  };
}

/**
 * Focuses the `month`-th month's button, then presses ↑ `steps` times, as the keyboard walks up
 * the month's stacks (distribution-trend): the stack is ringed, its tooltip row stands out, and
 * the month's name reads its member and figure (`name`).
 */
export function walkStacks(month: number, steps: number, name = /: .+ [\d.,]+$/): Story['play'] {
  return async (context) => {
    await focusMonth(month)!(context as never);
    const root = (await waitForState(context.canvasElement, 'complete'))[0]!.shadowRoot!;
    const button = root.querySelector<SVGElement>(`[part="month"][data-month="${month}"]`)!;
    for (let i = 0; i < steps; i++) button.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true, composed: true }));
    await waitFor(() => expect(root.querySelector('.month-chart rect.stack-active')).not.toBeNull());
    await waitFor(() => expect(root.querySelector('[part="tooltip"] .tooltip-row.active')).not.toBeNull());
    await waitFor(() => expect(button.getAttribute('aria-label')).toMatch(name));
  };
}
