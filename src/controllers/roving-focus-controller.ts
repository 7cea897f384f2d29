/**
 * Roving tabindex: a group of focusable items (tabs, menu items, chart arcs, donut slices, month
 * buttons) is one tab stop; arrow keys move focus within it (wrapping), Home/End jump to the
 * first/last item. Which key goes where is `core/roving.ts`; this controller owns the rest, once:
 * the index of the item holding the stop, `tabindex` for each item, `preventDefault` for the
 * keys it uses (never for others: Tab, Enter, letters stay the browser's or the host's), and
 * focus moved to the new stop once the host has rendered it.
 *
 * A group may also have, each optional: a stop that starts on the last item (`start: 'last'`, a
 * chart's latest month), a second axis inside the item holding the stop (`across`: the arrow
 * keys of the other orientation, e.g. ↑/↓ through a month's stacked columns) and an action on
 * Enter or Space (`activate`). Without them those keys stay the page's.
 *
 * Two ways to use it:
 * - an element whose render shows the stop (`tabindex=${roving.tabIndex(i, count)}`) keeps a
 *   controller: `roving.keydown(event, count)` moves the stop and focuses it after the update;
 *   `roving.index = i` places it (a click, a zoom) without moving focus;
 * - a render helper whose DOM already says where the stop is (the selected tab, the menu item
 *   under focus) calls `RovingFocusController.move(event, items)`, which focuses the next item.
 *
 * @example
 * ```ts
 * private readonly roving = new RovingFocusController(this, {
 *   stop: () => this.renderRoot.querySelector('[part~="slice"][tabindex="0"]'),
 * });
 * // render: tabindex=${this.roving.tabIndex(i, shown.length)}  @keydown=${(e) => this.roving.keydown(e, shown.length)}
 * ```
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nextIndex, type RovingOrientation } from '../core/roving.js';

export interface RovingFocusOptions {
  /** Which arrow keys move: left/right, up/down, or both (default). */
  orientation?: RovingOrientation;
  /** The rendered item holding the tab stop, focused after a move once the host has updated. */
  stop: () => { focus(): void } | null | undefined;
  /** Where the stop is until it is placed: the first item (default) or the last, however many there are. */
  start?: 'first' | 'last';
  /**
   * A second axis inside item `index` (not with `orientation: 'both'`): the other orientation's
   * arrow keys call it, `step` 1 for → or ↓, -1 for ← or ↑; the item keeps the stop and focus.
   */
  across?: (index: number, step: 1 | -1) => void;
  /** Enter or Space on item `index`. */
  activate?: (index: number) => void;
}

/** The other orientation's arrow keys, for `across`, by step. */
const ACROSS: Record<RovingOrientation, Record<string, 1 | -1>> = {
  horizontal: { ArrowDown: 1, ArrowUp: -1 },
  vertical: { ArrowRight: 1, ArrowLeft: -1 },
  both: {},
};

export class RovingFocusController implements ReactiveController {
  private current: number;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RovingFocusOptions,
  ) {
    // An index past any item: `stopIndex` gives the last one, however many there are.
    this.current = options.start === 'last' ? Number.POSITIVE_INFINITY : 0;
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * Index of the item holding the tab stop (`Infinity` with `start: 'last'` until placed: use
   * `stopIndex`). Setting it re-renders the host; focus stays where it is.
   */
  get index(): number {
    return this.current;
  }

  set index(index: number) {
    if (index === this.current) return;
    this.current = index;
    this.host.requestUpdate();
  }

  /** The index holding the stop among `count` items (the last one when items went away). */
  stopIndex(count: number): number {
    return Math.max(0, Math.min(this.current, count - 1));
  }

  /** `tabindex` of item `i` of `count`: 0 for the stop, -1 for the others. */
  tabIndex(i: number, count: number): 0 | -1 {
    return i === this.stopIndex(count) ? 0 : -1;
  }

  /**
   * A key press on an item of `count`: a navigation key moves the stop (from `from`, by default
   * the stop) and focuses it once the host has rendered, and returns the new index; a key of
   * `across` or `activate` calls it with `from` and returns `null`, as any other key does, which
   * is left alone.
   */
  keydown(event: KeyboardEvent, count: number, from = this.stopIndex(count)): number | null {
    const { across, activate, orientation = 'both' } = this.options;
    const step = ACROSS[orientation][event.key];
    if ((across && step) || (activate && (event.key === 'Enter' || event.key === ' '))) {
      event.preventDefault();
      if (step) across!(from, step);
      else activate!(from);
      return null;
    }
    const next = nextIndex(event.key, from, count, orientation);
    if (next === null) return null;
    event.preventDefault();
    this.index = next;
    void this.focus();
    return next;
  }

  /** Focuses the item holding the stop, once the host has rendered. */
  async focus(): Promise<void> {
    await this.host.updateComplete;
    this.options.stop()?.focus();
  }

  /**
   * For items whose DOM already says where the stop is: moves focus from the item the event came
   * from (or `from`) to the next of `items` and returns its index; `null` (and the event left
   * alone) for any other key.
   */
  static move(
    event: KeyboardEvent,
    items: readonly HTMLElement[],
    orientation: RovingOrientation = 'both',
    from = items.indexOf(event.target as HTMLElement),
  ): number | null {
    const next = nextIndex(event.key, from, items.length, orientation);
    if (next === null) return null;
    event.preventDefault();
    items[next]?.focus();
    return next;
  }
}
