/** What `filter-context` provides to every widget inside it, through `@lit/context`. */
import { createContext } from '@lit/context';
import type { InsightsClient } from '../data/client.js';
import type { Dimension } from '../data/contract.js';
import type { InsightsQuery } from '../data/query.js';
import type { PartialMessages } from '../i18n/messages.js';
import type { CompareMode } from '../core/compare-range.js';

/** Counts a context's loads in flight, so it can tell when every widget has settled. */
export interface LoadTracker {
  /** A load of `url` starts; call the returned function when it has settled. */
  begin(url: string): () => void;
}

/** A selection made in one widget that filters the others (`cross-filter`). */
export interface CrossSelection {
  dimension: Dimension | 'month';
  key: string;
  /** The widget it came from: it keeps `base` and highlights the key instead. */
  source: Element;
  /** The query without this selection. */
  base: InsightsQuery;
}

export interface InsightsContextValue {
  /** Endpoint, range and filters; a new object on every change, so consumers re-render. */
  query: InsightsQuery;
  /** BCP 47 locale for numbers, months and country names. */
  locale: string;
  /** The client all widgets of this context share: one request per distinct URL. */
  client: InsightsClient;
  /** `lazy` (default): widgets load when near the viewport; `eager`: at once. */
  loading?: 'lazy' | 'eager';
  tracker?: LoadTracker;
  crossSelection?: CrossSelection;
  /** The endpoint's data version last seen (`refresh-interval`): a new one reloads every widget in place. */
  dataVersion?: string;
  /** The comparison every widget inside shows unless its own `compare` says otherwise (`filter-context.compare`). */
  compare?: CompareMode;
  /** Targets of the KPI tiles by metric (`filter-context.targets`); a tile's own `target` wins. */
  targets?: Readonly<Record<string, number>>;
  /** Messages that replace the kit's own in every widget of this context (`filter-context.messages`). */
  messages?: PartialMessages;
}

export const insightsContext = createContext<InsightsContextValue | undefined>(Symbol.for('insights-widgets/context'));

/**
 * In a consumer's `requestUpdate`: is this the context property arriving with a new query? Its
 * resources then start their requests at once (`ResourceController.prefetch`), in the task that
 * changed the query, before any widget renders.
 */
export function isNewQuery(name: PropertyKey | undefined, oldValue: unknown, context: InsightsContextValue | undefined): boolean {
  return name === 'context' && (oldValue as InsightsContextValue | undefined)?.query !== context?.query;
}
