/**
 * Base class of every widget: takes endpoint, range, filters and locale from the nearest
 * `filter-context`, or, outside one, from its own attributes. Its `localize` controller owns
 * the locale, the words and the formatters; `stateMessages` are the words of the shared states.
 */
import { consume } from '@lit/context';
import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { insightsContext, type InsightsContextValue } from '../../context/insights-context.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import type { DataHost } from '../../controllers/resource-controller.js';
import { sharedClient, type InsightsClient } from '../../data/client.js';
import type { InsightsQuery } from '../../data/query.js';
import { STATE_TEXT, type StateMessages } from './states.js';

export class InsightsElement extends LitElement implements DataHost {
  /** Data endpoint base URL; used only outside a `filter-context`. */
  @property() endpoint = '';

  /** First month `YYYY-MM`; used only outside a `filter-context`. */
  @property() from = '';

  /** Last month `YYYY-MM`; used only outside a `filter-context`. */
  @property() to = '';

  /**
   * Locale (BCP 47) for numbers, months and text; wins over the `filter-context`'s, which wins
   * over the page's `lang`. English words for a language the kit has no text for.
   */
  @property() locale = '';

  @consume({ context: insightsContext, subscribe: true })
  @state()
  protected context?: InsightsContextValue;

  /** The locale, words and formatters in force (attribute → context → page → browser). */
  protected readonly localize = new LocaleController(this, () => [this.locale, this.context?.locale]);

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

  /** The CSP nonce of the page for styles the widget adds, from its `filter-context`. */
  get styleNonce(): string | undefined {
    return this.context?.nonce;
  }

  /** The locale in force, always one `Intl` accepts. */
  get effectiveLocale(): string {
    return this.localize.locale;
  }

  /** The words of the loading, empty and error states, in the language in force. */
  protected get stateMessages(): StateMessages {
    return this.localize.text(STATE_TEXT);
  }
}
