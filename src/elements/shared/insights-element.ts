/**
 * Base class of every widget: takes endpoint, range, filters and locale from the nearest
 * `filter-context`, or, outside one, from its own attributes.
 */
import { consume } from '@lit/context';
import { isServer, LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { insightsContext, type InsightsContextValue } from '../../context/insights-context.js';
import { sharedClient, type InsightsClient } from '../../data/client.js';
import type { InsightsQuery } from '../../data/query.js';
import { safeLocale } from '../../core/format.js';
import { text } from '../../i18n/define-text.js';
import { common } from '../../i18n/text/common.js';
import type { DataHost } from '../../controllers/resource-controller.js';

export class InsightsElement extends LitElement implements DataHost {
  /** Data endpoint base URL; used only outside a `filter-context`. */
  @property() endpoint = '';

  /** First month `YYYY-MM`; used only outside a `filter-context`. */
  @property() from = '';

  /** Last month `YYYY-MM`; used only outside a `filter-context`. */
  @property() to = '';

  /** Locale (BCP 47) for numbers, months and text; used only outside a `filter-context`. */
  @property() locale = '';

  @consume({ context: insightsContext, subscribe: true })
  @state()
  protected context?: InsightsContextValue;

  /** The query in force: the context's, or one made of this element's attributes. */
  get insightsQuery(): InsightsQuery | undefined {
    if (this.context) return this.context.query;
    if (!this.endpoint) return undefined;
    return { endpoint: this.endpoint, from: this.from || undefined, to: this.to || undefined, filters: {} };
  }

  /** The data client in force: the context's (shared by its widgets), or the page-wide one. */
  get insightsClient(): InsightsClient {
    return this.context?.client ?? sharedClient();
  }

  /** The locale in force, always one `Intl` accepts. */
  get effectiveLocale(): string {
    // On the server (SSR) there is no page to ask: the shell renders in the given locale or English.
    const page = isServer ? '' : document.documentElement.lang || navigator.language;
    return safeLocale(this.context?.locale || this.locale || page);
  }

  /**
   * The UI text for `effectiveLocale` (Dutch for `nl*`, else English). Read it in `render()`:
   * a change of locale on the context re-renders the element, and with it every text.
   */
  protected get messages() {
    return text(this.effectiveLocale, { common });
  }
}
