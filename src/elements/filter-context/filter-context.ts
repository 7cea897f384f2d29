import { ContextConsumer, ContextProvider, ContextRoot } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { insightsContext, type InsightsContextValue } from '../../context/insights-context.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { DEFAULT_TIMEOUT_MS, InsightsClient, type AuthProvider } from '../../data/client.js';
import { DIMENSIONS, DIMENSIONS_RESOURCE, type Dimension, type Filters } from '../../data/contract.js';
import { buildUrl, type InsightsQuery } from '../../data/query.js';
import { emit, type ErrorDetail } from '../../events/events.js';
import { THEMES, themeStyles, type Theme } from '../../themes/tokens.js';
import { validInteger, validMembers, validOption } from '../shared/valid-attribute.js';
import { MIN_REFRESH_SECONDS, RefreshController } from './refresh-controller.js';
import { ReadyTracker } from './ready-tracker.js';
import { CrossFilterController } from './cross-filter-controller.js';
import { UrlStateController } from './url-state-controller.js';
import { IdleTask } from '../../controllers/idle-task.js';
import type { PartialMessages } from '../../i18n/messages.js';
import type { CompareMode } from '../../core/compare-range.js';
import { compareOption } from '../shared/compare-option.js';

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

/** The properties that make up the dashboard's state (a change is an `insights-filter-change`). */
const STATE_KEYS = new Set<PropertyKey>(['endpoint', 'from', 'to', 'range', 'locale', ...DIMENSIONS]);

/** What `captureSnapshot()` returns and `snapshot` takes: JSON-serialisable. */
export interface InsightsSnapshot {
  version: 1;
  state: { endpoint: string; from: string; to: string; range: number; locale: string; filters: Filters };
  /** The validated answers by request URL. */
  responses: Record<string, unknown>;
}

// Widgets upgraded before their provider still find it: the root replays their requests.
let rootAttached = false;

/**
 * Holds the endpoint, date range, page filters, locale and sign-in of a dashboard, and provides
 * them to every widget inside it (across shadow roots, also to widgets defined later) through
 * `@lit/context`. It works with no script of the host's: cross-filtering, the URL, lazy loading
 * and the status events are attributes and events.
 *
 * A `filter-context` inside another inherits its endpoint, client (headers, sign-in), range,
 * locale and filters, and narrows them: its own attributes win.
 *
 * @summary The shared query of a dashboard: wrap widgets in it.
 * @slot - The widgets (and any other content).
 * @event insights-filter-change - Once per change of range, filters, endpoint or locale; `detail` is the new state.
 * @event insights-ready - Every widget inside shows data or an error for the current state; `detail` is `{ ms, requests }`.
 * @event insights-data-change - `refresh-interval` found new data at the endpoint and every widget is reloading it; `detail` is `{ version, loadedAt }`.
 * @event insights-error - Signing in failed (`detail.kind` is `auth`): once per state, besides each widget's own event.
 */
export class FilterContext extends LitElement {
  static override styles = [
    css`
      :host {
        display: contents;
      }
    `,
    themeStyles,
  ];

  /** Base URL of the data endpoint (see CONTRACT.md), e.g. `/api` or `https://…/insights`. */
  @property({ reflect: true }) endpoint = '';

  /** First month `YYYY-MM` of a custom range; with `to` it overrides `range`. */
  @property({ reflect: true }) from = '';

  /** Last month `YYYY-MM` of a custom range. */
  @property({ reflect: true }) to = '';

  /** Preset range: the last N months with data (3, 6, 12 or 24; the endpoint accepts 1–24). */
  @property({ type: Number, reflect: true }) range = 12;

  /** Locale (BCP 47) for every widget inside; defaults to the page's `lang`. */
  @property({ reflect: true }) locale = '';

  /**
   * The colour scheme of every widget inside: `light` or `dark` forces it, `auto` follows the
   * system's (`prefers-color-scheme`) whatever the page's own scheme. Unset (the default): the
   * widgets follow the page's `color-scheme`, so a page's own theme switch keeps working.
   */
  @property({ reflect: true }) theme: Theme | '' = '';

  /** Headers sent with every request, e.g. `{ Authorization: 'Bearer …' }` (property only). */
  @property({ attribute: false }) headers: Record<string, string> = {};

  /**
   * Signs requests in: called once before the first request (`reason: 'initial'`) and once per
   * wave of 401 answers (`'unauthorized'`), shared by every widget; each failed request is then
   * retried once with the new headers. A second 401, a 403 or a provider that throws gives
   * "not signed in / not allowed" states and an `insights-error` with `kind: 'auth'`.
   */
  @property({ attribute: false }) authProvider?: AuthProvider;

  /**
   * Seconds a request may take (answer included) before the widgets say the endpoint did not
   * answer, with Retry; default 15.
   */
  @property({ type: Number, reflect: true }) timeout = DEFAULT_TIMEOUT_MS / 1000;

  /**
   * The endpoint answers several resources in one request (`GET {endpoint}/batch`, as the
   * reference server does; see `BATCH_PATH` in the contract): the requests the widgets start
   * together (a page's first ones, those of a filter change) then leave as one. An endpoint that
   * lacks the route is asked one by one after its first refusal (a warning in the console).
   * Read where the context makes its own client: a context inside another without headers, a
   * sign-in or a timeout of its own shares its parent's client, batching included.
   */
  @property({ type: Boolean, reflect: true }) batch = false;

  /**
   * A selection in any widget inside (a country, a product or SKU, a member, a month) filters
   * every other widget; selecting it again, or Escape, removes it. The selecting widget keeps
   * showing everything and highlights its selection.
   */
  @property({ type: Boolean, reflect: true, attribute: 'cross-filter' }) crossFilter = false;

  /**
   * Mirrors range and filters into the page's query string under this prefix (an empty value:
   * `insights`), e.g. `?insights.range=6&insights.market=NL`; a reload restores the view and
   * Back undoes a change. Absent: the URL is left alone.
   */
  @property({ attribute: 'url-state', reflect: true }) urlState: string | null = null;

  /**
   * Seconds between checks for new data at the endpoint while the page is visible (at least 1;
   * paused while hidden). New data reloads every widget in place, keeping what it shows until
   * the new answer is there, and fires `insights-data-change`. Absent or 0: never.
   */
  @property({ type: Number, reflect: true, attribute: 'refresh-interval' }) refreshInterval = 0;

  /** `lazy` (default): widgets load when they come near the viewport; `eager`: all at once. */
  @property({ reflect: true }) loading: 'lazy' | 'eager' = 'lazy';

  /**
   * Messages that replace the kit's own in every widget inside, in any language, e.g.
   * `{ kpi: { title: { customers: 'Accounts' } } }` (property only; the README lists the keys).
   * Give a new object to change them.
   */
  @property({ attribute: false }) messages?: PartialMessages;

  /**
   * Compares every widget's figures with another range: `previous-period` (the range of the same
   * length just before) or `previous-year` (the same months a year earlier). Unset (the default):
   * the enclosing context's, else none; `none` switches off the enclosing context's. A widget's
   * own `compare` wins (`none` switches it off there).
   */
  @property({ reflect: true }) compare: CompareMode | 'none' | '' = '';

  /**
   * Targets of the KPI tiles inside, by metric, e.g. `{ customers: 5000, churned: 40 }`
   * (property only); a tile's own `target` wins. Unset: the enclosing context's.
   */
  @property({ attribute: false }) targets?: Readonly<Record<string, number>>;

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

  /** The enclosing context's value, when nested. */
  private readonly parent = new ContextConsumer(this, { context: insightsContext, subscribe: true });
  private client = new InsightsClient();
  /** A client that serves a snapshot (`snapshot` set), used instead of `client`. */
  private snapshotClient?: InsightsClient;
  private forceEager = false;
  private initialRendered = false;
  /** Set while the state is changed from the URL or a cross selection (no history entry, keep the selection). */
  private quiet = false;
  private readonly provider = new ContextProvider(this, { context: insightsContext });
  /** Resolves `locale` (→ the enclosing context's → page `lang` → browser); follows the page's `lang`. */
  private readonly localize = new LocaleController(this, () => [this.locale, this.parent.value?.locale]);
  private readonly tracker = new ReadyTracker(
    () => this.activeClient.requests,
    (detail) => {
      emit(this, 'insights-ready', detail);
      this.readyWaiters.splice(0).forEach((resolve) => resolve());
    },
  );
  private readyWaiters: (() => void)[] = [];
  /** The endpoint's data version the widgets show (set when `refresh-interval` finds a new one). */
  @state() private dataVersion?: string;
  private authReported = false;
  /** `cross-filter`: the selection in force, applied to this context's range and filters. */
  private readonly crossFiltering = new CrossFilterController(this, {
    enabled: () => this.crossFilter,
    state: () => ({ from: this.from, to: this.to, filters: this.filters }),
    apply: (state) =>
      void this.changeQuietly(() => {
        this.from = state.from;
        this.to = state.to;
        this.filters = state.filters;
      }).then(() => this.address.writeWhenIdle()),
  });
  /** `url-state`: the range and filters in the page's address. */
  private readonly address = new UrlStateController(this, {
    prefix: () => this.urlState,
    state: () => ({ range: this.range, from: this.from, to: this.to, filters: this.filters }),
    apply: (state) =>
      void this.changeQuietly(() => {
        this.crossFiltering.clear();
        if (!state) return;
        this.from = state.from ?? '';
        this.to = state.to ?? '';
        this.range = state.range ?? 12;
        this.filters = state.filters;
      }),
  });
  /** Filter members the endpoint does not have are dropped, once the page is idle. */
  private readonly membersCheck = new IdleTask(this, () => void this.dropUnknownMembers());

  constructor() {
    super();
    // Adds itself to this element's controllers.
    new RefreshController(
      this,
      () => (this.refreshInterval ? validInteger(this, 'refresh-interval', this.refreshInterval, MIN_REFRESH_SECONDS, 86_400, 0) : 0),
      () => ({ client: this.activeClient, query: this.query }),
      (info) => {
        this.activeClient.invalidate();
        this.dataVersion = info.version;
        emit(this, 'insights-data-change', { version: info.version, loadedAt: info.loadedAt });
      },
    );
  }

  override connectedCallback(): void {
    // Attached on first connection, not at construction: nothing touches `document` on a server.
    if (!rootAttached) {
      rootAttached = true;
      new ContextRoot().attach(document.documentElement);
    }
    super.connectedCallback();
    this.addEventListener('insights-error', this.onError);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('insights-error', this.onError);
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

  /**
   * Loads every widget inside (lazy ones too), waits until all have settled, and returns the
   * state with every answer they show: JSON-serialisable, for print, e-mail, offline or a cache.
   */
  async captureSnapshot(): Promise<InsightsSnapshot> {
    this.forceEager = true;
    this.requestUpdate();
    await this.updateComplete;
    if (!this.tracker.ready) await new Promise<void>((resolve) => this.readyWaiters.push(resolve));
    this.forceEager = false;
    this.requestUpdate();
    const answers = this.activeClient.snapshot();
    const responses: Record<string, unknown> = {};
    for (const url of this.tracker.used) if (url in answers) responses[url] = answers[url];
    return {
      version: 1,
      state: {
        endpoint: this.value.query.endpoint,
        from: this.from,
        to: this.to,
        range: this.range,
        locale: this.locale,
        filters: this.filters,
      },
      responses,
    };
  }

  /**
   * Shows a snapshot (from `captureSnapshot()`): the state it holds, every widget rendered from
   * its answers, with no request at all. `undefined` goes back to the endpoint.
   */
  set snapshot(snapshot: InsightsSnapshot | undefined) {
    this.snapshotClient = snapshot ? new InsightsClient({ snapshot: snapshot.responses, offline: true }) : undefined;
    if (snapshot) {
      const s = snapshot.state;
      Object.assign(this, { endpoint: s.endpoint, from: s.from, to: s.to, range: s.range, locale: s.locale });
      this.filters = s.filters;
    }
    this.requestUpdate();
  }

  /** The client in force: the snapshot's, this context's own, or the enclosing context's. */
  private get activeClient(): InsightsClient {
    if (this.snapshotClient) return this.snapshotClient;
    const parent = this.parent.value;
    const own = Object.keys(this.headers).length > 0 || this.authProvider || this.timeout !== DEFAULT_TIMEOUT_MS / 1000;
    return parent && !own ? parent.client : this.client;
  }

  /** This context's comparison: its own `compare` if valid, else the enclosing context's. */
  private get compareInForce(): CompareMode | undefined {
    const own = compareOption(this, this.compare);
    return own === 'none' ? undefined : (own ?? this.parent.value?.compare);
  }

  /** This context's query: its own attributes, narrowing the enclosing context's. */
  private get query(): InsightsQuery {
    const parent = this.parent.value?.query;
    const ownRange = this.from || this.to || this.hasAttribute('range') || !parent;
    return {
      endpoint: this.endpoint || parent?.endpoint || '',
      from: ownRange ? this.from || undefined : parent.from,
      to: ownRange ? this.to || undefined : parent.to,
      last: ownRange ? this.range : parent.last,
      filters: { ...parent?.filters, ...this.filters },
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headers') || changed.has('timeout') || changed.has('authProvider') || changed.has('batch')) {
      this.client = new InsightsClient({
        headers: this.headers,
        timeout: this.timeout * 1000,
        authProvider: this.authProvider,
        batch: this.batch,
      });
    }
    const stateChanged = [...changed.keys()].some((key) => STATE_KEYS.has(key));
    // A change from outside (the page, a filter bar) ends a cross selection, keeping the filters.
    if (stateChanged && !this.quiet) this.crossFiltering.endOnOutsideChange();
    const query = this.query;
    const previous = this.provider.value;
    const value: InsightsContextValue = {
      query,
      locale: this.localize.locale,
      client: this.activeClient,
      loading: this.forceEager ? 'eager' : this.loading,
      tracker: this.tracker,
      crossSelection: this.crossFiltering.selectionFor(query),
      dataVersion: this.dataVersion ?? this.parent.value?.dataVersion,
      messages: this.messages,
      compare: this.compareInForce,
      targets: this.targets ?? this.parent.value?.targets,
    };
    if (!previous || JSON.stringify(previous.query) !== JSON.stringify(query) || previous.client !== value.client) {
      this.tracker.restart();
      this.authReported = false;
    }
    this.provider.setValue(value);
    // Every widget told of the query has asked for its answers: with `batch` they leave now, as
    // one request, before the widgets' own updates run (already queued on a page's first load).
    value.client.flush();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('theme') && this.theme) validOption(this, 'theme', this.theme, THEMES, '');
    // Lit batches property sets into one update, so one change emits one event; the first
    // render is the initial state, not a change.
    const stateChanged = [...changed.keys()].some((key) => STATE_KEYS.has(key));
    if (!this.initialRendered) {
      this.initialRendered = true;
      if (Object.keys(this.filters).length) void this.dropUnknownMembers();
      return;
    }
    if (!stateChanged) return;
    // The address and the members check wait until the widgets' requests and renders are done:
    // neither is urgent, and both would delay the dashboard's update (history.pushState takes up
    // to ~10 ms; /dimensions is one more request at the same time).
    if (!this.quiet) this.address.writeWhenIdle();
    if (DIMENSIONS.some((d) => (changed as Map<PropertyKey, unknown>).has(d))) this.membersCheck.schedule();
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

  /**
   * Changes the state as the dashboard's own doing (from the address or a cross selection): no
   * history entry, the cross selection kept. Resolves once the widgets have the new state.
   */
  private changeQuietly(change: () => void): Promise<void> {
    this.quiet = true;
    change();
    return this.updateComplete.then(() => {
      this.quiet = false;
    });
  }

  /** Filter members the endpoint does not have (from the URL or an attribute) are dropped, with a warning. */
  private async dropUnknownMembers(): Promise<void> {
    const query = this.query;
    if (!query.endpoint || this.snapshotClient) return;
    let known: Record<string, { key: string }[]>;
    try {
      known = (await this.activeClient.get(buildUrl(DIMENSIONS_RESOURCE, query), DIMENSIONS_RESOURCE.schema)).dimensions;
    } catch {
      return; // the widgets show the endpoint's failure themselves
    }
    const next: Filters = {};
    let dropped = false;
    for (const [dimension, members] of Object.entries(this.filters) as [Dimension, string[]][]) {
      const attribute = dimension.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      const keys = new Set((known[dimension] ?? []).map((m) => m.key));
      const kept = validMembers(this, attribute, members, keys, "a member listed by the endpoint's /dimensions");
      dropped ||= kept.length !== members.length;
      if (kept.length) next[dimension] = kept;
    }
    if (dropped) this.filters = next;
  }

  // ---- status --------------------------------------------------------------------------------

  private readonly onError = (event: CustomEvent<ErrorDetail>) => {
    if (event.target === this || event.detail.kind !== 'auth' || this.authReported) return;
    this.authReported = true;
    emit(this, 'insights-error', { ...event.detail });
  };

  protected override render() {
    return html`<slot></slot>`;
  }
}
