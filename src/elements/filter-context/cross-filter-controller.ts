/**
 * `filter-context`'s `cross-filter`: an `insights-select` from a widget inside makes its member
 * (or month) the dashboard's filter (`core/cross-filter.ts` says how); selecting it again, or
 * Escape, gives the state before it back. A controller of its own so the element keeps only the
 * provider: it holds the selection in force and the widget that made it, and gives the context
 * value its `crossSelection` (the selecting widget keeps the query without it and highlights it).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CrossSelection } from '../../context/insights-context.js';
import { crossSelect, type CrossApplied, type CrossState } from '../../core/cross-filter.js';
import type { Dimension } from '../../data/contract.js';
import type { InsightsQuery } from '../../data/query.js';
import type { SelectDetail } from '../../events/events.js';

/** `insights-select` events a (nested) context has already acted on. */
const handled = new WeakSet<Event>();

export class CrossFilterController implements ReactiveController {
  /** The selection in force and the widget it came from. */
  private current?: CrossApplied & { source: Element };
  /** The selection changed since the host's last update (so that update is not a change from outside). */
  private changed = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: {
      /** The `cross-filter` attribute. */
      enabled: () => boolean;
      /** The state a selection starts from. */
      state: () => CrossState;
      /** Applies the state a selection gives (a change of the dashboard's own, not the page's). */
      apply: (state: CrossState) => void;
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('insights-select', this.onSelect);
    this.host.addEventListener('keydown', this.onKeydown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('insights-select', this.onSelect);
    this.host.removeEventListener('keydown', this.onKeydown);
  }

  hostUpdated(): void {
    this.changed = false;
  }

  /** Forgets the selection, keeping the filters it set (the address gave a new state). */
  clear(): void {
    this.set(undefined);
  }

  /** A change from outside (the page, a filter bar) ends the selection, keeping the filters. */
  endOnOutsideChange(): void {
    if (this.current && !this.changed) this.current = undefined;
  }

  /** The selection the widgets see for `query`: with the query it replaced (`base`). */
  selectionFor(query: InsightsQuery): CrossSelection | undefined {
    const cross = this.current;
    if (!cross) return undefined;
    const selection: CrossSelection = {
      dimension: cross.dimension,
      key: cross.key,
      source: cross.source,
      base: {
        ...query,
        from: cross.before.from || undefined,
        to: cross.before.to || undefined,
        filters: { ...query.filters, ...cross.before.filters },
      },
    };
    if (cross.dimension !== 'month' && !cross.before.filters[cross.dimension]) {
      delete selection.base.filters[cross.dimension];
    }
    return selection;
  }

  private set(selection: (CrossApplied & { source: Element }) | undefined): void {
    if (selection === this.current) return;
    this.current = selection;
    this.changed = true;
    this.host.requestUpdate();
  }

  private readonly onSelect = (event: CustomEvent<SelectDetail>) => {
    if (!this.options.enabled() || handled.has(event)) return;
    handled.add(event);
    const source = event
      .composedPath()
      .find((node) => node instanceof Element && node !== this.host && node.localName !== 'filter-context') as Element | undefined;
    this.select(event.detail.dimension, event.detail.key, source ?? this.host);
  };

  private readonly onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.current && !event.defaultPrevented) this.select(this.current.dimension, null, this.current.source);
  };

  private select(dimension: Dimension | 'month', key: string | null, source: Element): void {
    if (key === null && this.current?.dimension !== dimension) return;
    const { state, selection } = crossSelect(this.options.state(), this.current, dimension, key);
    this.options.apply(state);
    this.set(selection && { ...selection, source });
  }
}
