/**
 * Base class of every widget: takes endpoint, range, filters and locale from the nearest
 * `filter-context`, or, outside one, from its own attributes. Its `localize` controller owns
 * the locale, the words and the formatters; `stateMessages` are the words of the shared states.
 */
import { consume } from '@lit/context';
import { LitElement, type PropertyDeclaration, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { insightsContext, isNewQuery, type InsightsContextValue } from '../../context/insights-context.js';
import type { LoadTracker } from '../../context/insights-context.js';
import { AnswerWait } from '../../controllers/answer-wait.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { whenNearViewport } from '../../controllers/near-viewport.js';
import type { DataHost } from '../../controllers/resource-controller.js';
import { sharedClient, type InsightsClient } from '../../data/client.js';
import type { InsightsQuery } from '../../data/query.js';
import { HEADING_LEVELS, renderInfo, type HeadingLevel } from './card.js';
import { about, type DefinitionKey } from '../../i18n/text/about.js';

/** The definition each widget's info popover shows, by tag. */
const DEFINITION_BY_TAG: Readonly<Record<string, DefinitionKey>> = {
  'customer-geo-map': 'geo',
  'adds-churn-chart': 'addsChurn',
  'distribution-tabs': 'distribution',
  'product-sunburst': 'sunburst',
  'distribution-trend': 'trend',
  'active-vs-total': 'activeVsTotal',
};
import { THEMES, type Theme } from '../../themes/tokens.js';
import { exporting } from '../../i18n/text/export.js';
import { ExportController, type ExportData, type ImageType } from './export-controller.js';
import { renderExportTools } from './export-menu.js';
import { STATE_TEXT, type StateMessages } from './states.js';
import { validOption } from './valid-attribute.js';
import { compareOption } from './compare-option.js';
import type { CompareMode } from '../../core/compare-range.js';

/**
 * @csspart tools - The card header's tools (top corner): the info button, "Show as table" and the export menu.
 * @csspart info - The info button: opens the definition of what the widget shows (a popover).
 * @csspart info-popover - The definition (`about.definition.*` in the messages), in the widget's language.
 * @csspart table-toggle - "Show as table" (charts and the map): a toggle button (`aria-pressed`).
 * @csspart data-table - The visible data table shown instead of the chart: the CSV's rows.
 * @csspart export - The export menu's wrapper (hidden by `no-export`).
 * @csspart export-button - The menu button that opens the export menu.
 * @csspart export-menu - The menu (CSV, PNG, SVG).
 * @csspart export-item - Each item of the menu.
 * @event insights-export - The export menu made a file, before saving it: `{ format, fileName, blob }`; `preventDefault()` to handle the file yourself.
 * @cssstate slow-load - A load has taken 200 ms or more: the last answer kept on show during a reload is dimmed (`:state(slow-load)`).
 */
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

  /**
   * Makes the widget's title a heading of this level (1–6), to fit the page's outline. Unset
   * (the default): the title is plain text and names the widget's region, so no heading of
   * the widget can break the page's heading order. Any other value counts as unset (and warns).
   */
  @property({ attribute: 'heading-level' }) headingLevel: string | number = '';

  /**
   * `light` or `dark` forces that colour scheme on this widget, `auto` follows the system's
   * (`prefers-color-scheme`). Unset (the default): the widget follows the page (its
   * `color-scheme`) or its `filter-context`'s `theme`.
   */
  @property({ reflect: true }) theme: Theme | '' = '';

  /**
   * `lazy`: load when the widget comes near the viewport; `eager`: at once. Unset: the
   * `filter-context`'s choice (lazy by default), as `<img loading>`.
   */
  @property({ reflect: true }) loading: '' | 'lazy' | 'eager' = '';

  /**
   * The contract's answer(s) this widget shows, given directly instead of an endpoint: one
   * response, or several (e.g. a breakdown by product and one by SKU for product-sunburst, or
   * one per tab). Validated like an endpoint's answer; no request is made for what it holds.
   */
  @property({ attribute: false }) data?: unknown;

  /**
   * Compares every figure with another range: `previous-period` (the range of the same length
   * just before) or `previous-year` (the same months a year earlier); `none` switches off the
   * `filter-context`'s. Unset (the default): the context's `compare`, else no comparison. Any
   * other value counts as unset (and warns). Shown by the KPI tiles, the map's grid,
   * distribution-tabs and the sunburst's list (and their exports); the monthly charts do not
   * draw it yet.
   */
  @property({ reflect: true }) compare: CompareMode | 'none' | '' = '';

  /** Hides the export menu (part `export`), for pages that offer no download; `toCSV()`/`toImage()` still work. */
  @property({ type: Boolean, attribute: 'no-export', reflect: true }) noExport = false;

  @consume({ context: insightsContext, subscribe: true })
  @state()
  protected context?: InsightsContextValue;

  /** The loads that have taken longer than `SLOW_LOAD_MS` so far (see `slowLoad`). */
  private readonly slowLoads = new Set<object>();
  private internals?: ElementInternals | null;

  /**
   * A load of this element has taken long (`slow`), or ended. While one has, the element is in
   * the custom state `slow-load` (CSS `:host(:state(slow-load))`): the last answer kept on show
   * during a reload is dimmed only then, so a quick reload neither flickers nor repaints.
   */
  slowLoad(loader: object, slow: boolean): void {
    if (slow) this.slowLoads.add(loader);
    else if (!this.slowLoads.delete(loader)) return;
    if (this.internals === undefined) {
      try {
        this.internals = this.attachInternals();
      } catch {
        this.internals = null; // a subclass attached them already: no dimming, nothing else lost
      }
    }
    const states = this.internals?.states;
    if (!states) return;
    if (this.slowLoads.size) states.add('slow-load');
    else states.delete('slow-load');
  }

  /** The element's `ResourceController`s (they register themselves), told when the context's query changes. */
  readonly resourceLoaders = new Set<{ prefetch(first?: boolean): Promise<unknown> | undefined }>();

  /**
   * A new context value asks every resource to start its request at once, in the task that
   * changed the filters: the widgets' requests leave together, not each after the widgets
   * before it have rendered. The first value too, when the element loads eagerly: a page's
   * requests then leave as soon as its context has a query, while the widgets first render.
   * A widget already on show then waits (at most 100 ms) for those answers before it updates,
   * and draws them in one update (`answer-wait.ts`); any other reason to update ends the wait.
   */
  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    super.requestUpdate(name, oldValue, options);
    if (!isNewQuery(name, oldValue, this.context)) {
      // Undefined while the base class' constructor asks for the first update.
      (this.answerWait as AnswerWait | undefined)?.cancel();
      return;
    }
    const first = !this.hasUpdated;
    if (!first || this.eager) {
      const answers = [...this.resourceLoaders].flatMap((loader) => loader.prefetch(first) ?? []);
      // A widget on show draws the new answer when it arrives, not the last one busy first.
      if (!first && answers.length) this.answerWait.arm(answers);
    }
  }

  /** An update only a new query asked for waits for its answers (`answer-wait.ts`). */
  private readonly answerWait = new AnswerWait();

  protected override scheduleUpdate(): void | Promise<unknown> {
    const wait = this.answerWait.take();
    return wait ? wait.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /**
   * The locale, words and formatters in force (attribute → context → page → browser), with the
   * context's `messages` laid over the words.
   */
  protected readonly localize = new LocaleController(
    this,
    () => [this.locale, this.context?.locale],
    () => this.context?.messages,
  );

  /** The export menu, the "Show as table" state and the files (`export-controller.ts`). */
  protected readonly exporter = new ExportController(this, {
    data: () => this.exportData(),
    text: () => this.localize.text({ exporting }).exporting,
    dataInfo: () => this.insightsClient.dataInfo,
  });

  /**
   * The query in force: the context's (without a cross-filter this widget made itself: it
   * highlights its selection instead), or one made of this element's attributes.
   */
  get insightsQuery(): InsightsQuery | undefined {
    if (this.context) {
      const cross = this.context.crossSelection;
      return cross?.source === this ? cross.base : this.context.query;
    }
    if (!this.endpoint) return undefined;
    return { endpoint: this.endpoint, from: this.from || undefined, to: this.to || undefined, filters: {} };
  }

  /** The answers given through `data`, as a list. */
  get insightsData(): readonly unknown[] | undefined {
    if (this.data == null) return undefined;
    if (Array.isArray(this.data)) return this.data;
    // The same list while `data` stays the same: the loader reruns when this identity changes.
    if (this.dataList?.[0] !== this.data) this.dataList = [this.data];
    return this.dataList;
  }

  private dataList?: readonly unknown[];

  /** The context's load counter (for its `insights-ready`). */
  get insightsTracker(): LoadTracker | undefined {
    return this.context?.tracker;
  }

  /** The endpoint's data version in force (the context's `refresh-interval`): a new one reloads in place. */
  get insightsDataVersion(): string | undefined {
    return this.context?.dataVersion;
  }

  /** Settles when the widget may load: at once when eager, else once near the viewport. */
  whenNear(signal: AbortSignal): Promise<void> {
    if (this.eager) return Promise.resolve();
    // A context that turns eager (e.g. for `captureSnapshot()`) releases the wait too.
    return Promise.race([whenNearViewport(this, signal), new Promise<void>((resolve) => this.eagerWaiters.push(resolve))]);
  }

  private eagerWaiters: (() => void)[] = [];

  private get eager(): boolean {
    return (this.loading || this.context?.loading || 'lazy') === 'eager';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.eager) this.eagerWaiters.splice(0).forEach((resolve) => resolve());
    if (changed.has('theme') && this.theme) validOption(this, 'theme', this.theme, THEMES, '');
  }

  /** The data client in force: the context's (shared by its widgets), or the page-wide one. */
  get insightsClient(): InsightsClient {
    return this.context?.client ?? sharedClient();
  }

  /** The locale in force, always one `Intl` accepts. */
  get effectiveLocale(): string {
    return this.localize.locale;
  }

  /** The comparison in force: `compare` if set and valid, else the context's; `undefined` for none. */
  get compareInForce(): CompareMode | undefined {
    const own = compareOption(this, this.compare);
    if (own === 'none') return undefined;
    return own ?? this.context?.compare;
  }

  /** The heading level of the title in force: `heading-level` if valid, else none. */
  get headingLevelInForce(): HeadingLevel | undefined {
    if (this.headingLevel === '' || this.headingLevel == null) return undefined;
    const level = validOption<string>(this, 'heading-level', String(this.headingLevel), HEADING_LEVELS, '');
    return level ? (Number(level) as HeadingLevel) : undefined;
  }

  /**
   * The figures this widget shows for the current query as CSV: a header comment (`# ` lines:
   * title, range, filters, export time), then a header row in the widget's language and one
   * row per month or member (charts: a column per series, hidden ones too; the map: its grid;
   * a KPI tile: the months behind its sparkline). RFC 4180, CRLF line ends, numbers with `.`
   * and no thousands separators, formula-looking text made inert (`'` prefix). No byte-order
   * mark: the file the menu downloads adds one (UTF-8 BOM) for spreadsheet apps.
   * @throws ExportNotReadyError before the data has loaded (or when there is none to show).
   */
  toCSV(): string {
    return this.exporter.csv();
  }

  /**
   * What the widget shows, in its current theme and size: an SVG (its shadow DOM in a
   * `<foreignObject>`, computed styles and the page's fonts inlined, no scripts or event
   * handlers) or a PNG drawn from it at `devicePixelRatio`. The image code loads on first use.
   * Rejects with `ExportNotReadyError` before the data has loaded.
   */
  toImage(type: ImageType): Promise<Blob> {
    return this.exporter.image(type);
  }

  /**
   * What this widget exports: the one row model behind `toCSV()` and the "Show as table" twin;
   * `undefined` until its data has loaded. A widget overrides it.
   */
  protected exportData(): ExportData | undefined {
    return undefined;
  }

  /** The card header's tools: the info button, "Show as table" when `table`, and the export menu (unless `no-export`). */
  protected renderTools(table: boolean): unknown {
    return renderExportTools(this.exporter, { table, noExport: this.noExport, info: this.renderInfo() });
  }

  /**
   * Which definition the info popover shows (`about.definition.<key>`); a widget whose figures
   * differ by attribute (a KPI tile's metric) overrides it. By default the widget's tag's;
   * `undefined`: no info button.
   */
  protected get definitionKey(): DefinitionKey | undefined {
    return DEFINITION_BY_TAG[this.localName];
  }

  private renderInfo(): unknown {
    const key = this.definitionKey;
    if (!key) return undefined;
    const m = this.localize.text({ about }).about;
    return renderInfo({ label: m.button, text: m.definition[key] });
  }

  /** The words of the loading, empty and error states, in the language in force. */
  protected get stateMessages(): StateMessages {
    return this.localize.text(STATE_TEXT);
  }
}
