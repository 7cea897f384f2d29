/** What `filter-context` provides to every widget inside it, through `@lit/context`. */
import { createContext } from '@lit/context';
import type { InsightsClient } from '../data/client.js';
import type { InsightsQuery } from '../data/query.js';

export interface InsightsContextValue {
  /** Endpoint, range and filters; a new object on every change, so consumers re-render. */
  query: InsightsQuery;
  /** BCP 47 locale for numbers, months and country names. */
  locale: string;
  /** The client all widgets of this context share: one request per distinct URL. */
  client: InsightsClient;
  /** The page's CSP nonce for `<style>` elements a widget must add (the chart engine's). */
  nonce?: string;
}

export const insightsContext = createContext<InsightsContextValue | undefined>(
  Symbol.for('insights-widgets/context'),
);
