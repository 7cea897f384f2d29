import { ContextProvider, ContextRoot } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { insightsContext, type InsightsContextValue } from '../../context/insights-context.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { DEFAULT_TIMEOUT_MS, InsightsClient } from '../../data/client.js';
import { DIMENSIONS, type Dimension, type Filters } from '../../data/contract.js';
import { emit } from '../../events/events.js';

/** Comma-separated member keys ⇄ string[]; blanks dropped. */
const listConverter = {
  fromAttribute: (value: string | null): string[] =>
    (value ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  toAttribute: (value: string[]): string | null => (value.length ? value.join(',') : null),
};

const listProperty = (attribute: string) =>
  property({ attribute, converter: listConverter, reflect: true, hasChanged: (a?: string[], b?: string[]) => String(a) !== String(b) });

// Widgets upgraded before their provider still find it: the root replays their requests.
let rootAttached = false;

/**
 * Holds the endpoint, date range, page filters and locale, and provides them to every widget
 * inside it (across shadow roots, also to widgets defined later) through `@lit/context`.
 *
 * @summary The shared query of a dashboard: wrap widgets in it.
 * @slot - The widgets (and any other content).
 * The page's CSP nonce, given as this element's `nonce` attribute, is used for the `<style>` the
 * chart engine adds (as is `window.litNonce`).
 *
 * @event insights-filter-change - Once per change of range, filters, endpoint or locale; `detail` is the new state.
 */
export class FilterContext extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Base URL of the data endpoint (see CONTRACT.md), e.g. `/api` or `https://…/insights`. */
  @property({ reflect: true }) endpoint = '';

  /** First month `YYYY-MM` of a custom range; with `to` it overrides `range`. */
  @property({ reflect: true }) from = '';

  /** Last month `YYYY-MM` of a custom range. */
  @property({ reflect: true }) to = '';

  /** Preset range: the last N months with data (3, 6 or 12; the endpoint accepts 1–24). */
  @property({ type: Number, reflect: true }) range = 12;

  /** Locale (BCP 47) for every widget inside; defaults to the page's `lang`. */
  @property({ reflect: true }) locale = '';

  /** Headers sent with every request, e.g. `{ Authorization: 'Bearer …' }` (property only). */
  @property({ attribute: false }) headers: Record<string, string> = {};

  /**
   * Seconds a request may take (answer included) before the widgets say the endpoint did not
   * answer, with Retry; default 15.
   */
  @property({ type: Number, reflect: true }) timeout = DEFAULT_TIMEOUT_MS / 1000;

  /** Customer markets (ISO alpha-2), comma-separated in the attribute. */
  @listProperty('market') market: string[] = [];
  /** Customer segments. */
  @listProperty('segment') segment: string[] = [];
  /** Partner (MPN) location ids. */
  @listProperty('partner-location') partnerLocation: string[] = [];
  /** Sales channels. */
  @listProperty('sales-channel') salesChannel: string[] = [];
  /** Azure pricing models. */
  @listProperty('pricing-model') pricingModel: string[] = [];
  /** Partner attribution types. */
  @listProperty('attribution-type') attributionType: string[] = [];
  /** Products. */
  @listProperty('product') product: string[] = [];
  /** SKUs. */
  @listProperty('sku') sku: string[] = [];

  private client = new InsightsClient();
  private initialRendered = false;
  private readonly provider = new ContextProvider(this, { context: insightsContext });
  /** Resolves `locale` (→ page `lang` → browser) and re-provides it when the page's `lang` changes. */
  private readonly localize = new LocaleController(this, () => [this.locale]);

  override connectedCallback(): void {
    // Attached on first connection, not at construction: nothing touches `document` on a server.
    if (!rootAttached) {
      rootAttached = true;
      new ContextRoot().attach(document.documentElement);
    }
    super.connectedCallback();
  }

  /** The page filters as the contract names them; empty lists left out. */
  get filters(): Filters {
    const filters: Filters = {};
    for (const dimension of DIMENSIONS) {
      const members = this[dimension as Dimension];
      if (members.length) filters[dimension] = [...members];
    }
    return filters;
  }

  /** Sets every page filter at once (absent dimensions are cleared); one change event. */
  set filters(filters: Filters) {
    for (const dimension of DIMENSIONS) this[dimension] = [...(filters[dimension] ?? [])];
  }

  /** The value widgets receive. */
  get value(): InsightsContextValue {
    return this.provider.value!;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headers') || changed.has('timeout')) {
      this.client = new InsightsClient({ headers: this.headers, timeout: this.timeout * 1000 });
    }
    this.provider.setValue({
      query: {
        endpoint: this.endpoint,
        from: this.from || undefined,
        to: this.to || undefined,
        last: this.range,
        filters: this.filters,
      },
      locale: this.localize.locale,
      client: this.client,
      // The global `nonce` attribute (the browser hides its value from CSS and markup once set).
      nonce: this.nonce || undefined,
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Lit batches property sets into one update, so one change emits one event; the first
    // render is the initial state, not a change.
    if (!this.initialRendered) {
      this.initialRendered = true;
      return;
    }
    // Headers and timeout change how widgets ask, not what they show: no event for them.
    if ([...changed.keys()].every((key) => key === 'headers' || key === 'timeout')) return;
    const { query, locale } = this.value;
    emit(this, 'insights-filter-change', {
      from: query.from,
      to: query.to,
      last: query.last,
      filters: query.filters,
      endpoint: query.endpoint,
      locale,
    });
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
