import { consume } from '@lit/context';
import { LitElement, html, nothing, type PropertyDeclaration } from 'lit';
import { property, state } from 'lit/decorators.js';
import { insightsContext, isNewQuery, type InsightsContextValue } from '../../context/insights-context.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { ResourceController, type DataHost } from '../../controllers/resource-controller.js';
import { checkCustomRange, lastMonthsRange, monthsBetween, type RangeProblem } from '../../core/month-range.js';
import { sharedClient, type InsightsClient } from '../../data/client.js';
import { DIMENSIONS_RESOURCE, type DimensionsResponse, type Filters } from '../../data/contract.js';
import type { InsightsQuery } from '../../data/query.js';
import { emit } from '../../events/events.js';
import { dimension } from '../../i18n/text/dimension.js';
import { error as errorText } from '../../i18n/text/error.js';
import { filterBar } from '../../i18n/text/filter-bar.js';
import { tokens } from '../../themes/tokens.js';
import type { FilterContext } from '../filter-context/filter-context.js';
import { cardStyles } from '../shared/card.styles.js';
import { renderEmpty, renderError, renderSkeleton, stateStyles, STATE_TEXT } from '../shared/states.js';
import { renderChips } from './applied-chips.js';
import { renderDownloadButton, renderDownloadStatus, type DownloadState } from './download-view.js';
import { exportFileName, exportUrl, streamSignedExport } from './export-download.js';
import { saveFile } from '../shared/save-file.js';
import { renderDataAsOf } from './data-as-of.js';
import { filterBarStyles } from './filter-bar.styles.js';
import { PAGE_FILTERS, appliedValues, filterOptions, type AppliedValue, type PageFilter } from './filter-options.js';
import { findFilterContext } from './find-context.js';
import { lockedChipStyles, lockedValues, renderLockedChips } from './scope-chips.js';
import { renderFilterPanel, renderFilterToggle } from './member-filter.js';
import { DEFAULT_RANGE, renderRange } from './range-picker.js';

/** Below this width (px) the controls fold into a "Filters" disclosure. */
const NARROW_WIDTH = 600;

/**
 * The page-level controls of the dashboard, placed anywhere inside a `filter-context` (across
 * shadow roots too): the date range (Last 3 / 6 / 12 / 24 months or a custom range of months
 * within the data, at most 24), the six multi-select page filters (products, customer markets,
 * attribution types, partner locations, sales channels, customer segments) listing only values
 * that exist (`/dimensions`), labelled in the context's locale, the applied filters as chips, a
 * Reset button, and a Download button that streams the raw data behind the current view
 * (`/customers/export?format=csv`) with progress and saves it as `customers-<from>-<to>.csv`.
 *
 * It needs no page script: it reads the context's state through `@lit/context`, like every
 * widget, and writes by setting the `filter-context`'s own properties (`range`, `from`, `to`,
 * `filters`), which emits the context's `insights-filter-change` and reloads every widget
 * inside. It finds that element along the path its context request travelled (the composed
 * path: slots, parents, shadow hosts), so it is always the provider its state came from.
 *
 * A filter value on the context that the data does not hold (say `market="XX"`) is dropped
 * from the context (by `filter-context` itself) with one console warning naming it.
 * Signed in to an endpoint that locks the user to part of the data (`/dimensions` `scope`),
 * the locked values show first as chips with a lock that cannot be removed (Reset keeps them),
 * and the filters offer only the values inside the scope.
 * Narrower than 600 px, the range and filters fold into a "Filters" disclosure.
 *
 * @summary Date range, page filters, applied-filter chips, Reset and CSV download for its filter-context.
 * @csspart base - The bar.
 * @csspart toggle - The "Filters" disclosure button (narrow bars only).
 * @csspart controls - The range and the filter buttons.
 * @csspart range - The date range group.
 * @csspart range-select - The preset select (Last N months, Custom).
 * @csspart month - Each month picker of a custom range; also `from` or `to`.
 * @csspart apply - Applies the custom range.
 * @csspart range-error - Why a custom range was refused.
 * @csspart filter - Each filter's toggle button.
 * @csspart panel - The open filter's panel.
 * @csspart search - The search box of a long list.
 * @csspart options - The list of values.
 * @csspart option - Each value (a checkbox and its label).
 * @csspart clear - Clears the open filter.
 * @csspart chips - The list of applied values.
 * @csspart chip - Each applied value, a "Remove …" button.
 * @csspart locked-chip - Each value the sign-in locks the data to (not removable).
 * @csspart reset - Resets range and filters.
 * @csspart download - The Download button (Cancel while streaming).
 * @csspart download-status - Progress and outcome of the download; also `download-error`.
 * @csspart data-as-of - How fresh the data is, "Data as of 4 Dec 2026, 06:12" (when the endpoint says).
 * @csspart progress - The progress bar while downloading.
 * @csspart skeleton - Shown while the filter values load.
 * @csspart empty - Shown outside a `filter-context`.
 * @csspart error - Shown when the filter values could not be loaded, with a Retry button.
 * @csspart retry - The Retry button.
 * @cssproperty --insights-color-focus - Focus ring.
 * @cssproperty --insights-color-accent - Counts of selected values.
 * @event insights-download - The export has been received, before it is saved; `detail` holds the `blob`, `fileName`, `rows`, `bytes` and `url`. Cancel it to save the file yourself.
 */
export class FilterBar extends LitElement implements DataHost {
  static override styles = [tokens, stateStyles, cardStyles, filterBarStyles, lockedChipStyles];

  /**
   * Locale (BCP 47) for the bar's words, months and country names; wins over the
   * `filter-context`'s, which wins over the page's `lang`.
   */
  @property() locale = '';

  @consume({ context: insightsContext, subscribe: true })
  @state()
  protected context?: InsightsContextValue;

  /** The filter whose panel is open. */
  @state() private openFilter: PageFilter | null = null;
  /** The search text of the open panel. */
  @state() private search = '';
  /** Whether a narrow bar shows its controls. */
  @state() private expanded = false;
  /** Custom chosen in the select, before a custom range is applied. */
  @state() private customChosen = false;
  /** The custom range being edited; `undefined` follows the context. */
  @state() private draft?: { from: string; to: string };
  @state() private rangeProblem?: RangeProblem;
  @state() private downloadState: DownloadState = { status: 'idle' };

  private readonly localize = new LocaleController(this, () => [this.locale, this.context?.locale]);
  private readonly dimensions = new ResourceController(this, DIMENSIONS_RESOURCE);
  private readonly size = new ResizeController(this, { track: 'width', step: 8 });
  private downloadController?: AbortController;

  /**
   * `/dimensions` leaves as soon as the context has a query, with the widgets' requests, not
   * after every widget's first render (the bar's filters wait for it).
   */
  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    super.requestUpdate(name, oldValue, options);
    if (isNewQuery(name, oldValue, this.context)) this.dimensions?.prefetch(true);
  }

  /** The context's query (the bar has none of its own). @internal */
  get insightsQuery(): InsightsQuery | undefined {
    return this.context?.query;
  }

  /** The context's client: `/dimensions` is asked once per endpoint for the whole dashboard. @internal */
  get insightsClient(): InsightsClient {
    return this.context?.client ?? sharedClient();
  }

  /** The context's data version: a new one (`refresh-interval`) asks `/dimensions` again. @internal */
  get insightsDataVersion(): string | undefined {
    return this.context?.dataVersion;
  }

  private get messages() {
    return this.localize.text({ filterBar, dimension, error: errorText });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.downloadController?.abort();
  }

  /** Reloads the filter values from the endpoint. */
  retry(): void {
    this.dimensions.retry();
  }

  /**
   * Streams the export of the current query and saves it (unless `insights-download` is
   * cancelled); what the Download button does. Resolves when it is saved, failed or cancelled.
   */
  async download(): Promise<void> {
    const query = this.context?.query;
    if (!query?.endpoint || this.downloadState.status === 'streaming') return;
    const controller = (this.downloadController = new AbortController());
    this.downloadState = { status: 'streaming', bytes: 0, rows: 0 };
    try {
      // The context's client's headers: its static ones and its sign-in (authProvider) alike.
      const result = await streamSignedExport(exportUrl(query), this.context!.client, {
        signal: controller.signal,
        onProgress: (p) => (this.downloadState = { status: 'streaming', ...p }),
      });
      const fileName = exportFileName(result.disposition, query, this.resolvedRange(query));
      const { url, blob, bytes, rows } = result;
      if (emit(this, 'insights-download', { url, fileName, blob, bytes, rows })) saveFile(blob, fileName);
      this.downloadState = { status: 'done', rows, fileName };
    } catch (error) {
      this.downloadState = controller.signal.aborted ? { status: 'cancelled' } : { status: 'error', error };
    } finally {
      if (this.downloadController === controller) this.downloadController = undefined;
    }
  }

  /** Sets properties of the `filter-context`: one update there, one change event, every widget reloads. */
  private write(change: Partial<Pick<FilterContext, 'range' | 'from' | 'to' | 'filters'>>): void {
    const context = findFilterContext(this);
    if (context) Object.assign(context, change);
  }

  /** The current filters, fresh from the context element (two quick writes must not lose one). */
  private currentFilters(): Filters {
    return findFilterContext(this)?.filters ?? this.context?.query.filters ?? {};
  }

  /** The range in force as months: the context's custom range, or the preset resolved on the data's last month. */
  private resolvedRange(query: InsightsQuery): { from: string; to: string } | undefined {
    if (query.from && query.to) return { from: query.from, to: query.to };
    const range = this.dimensions.value?.range;
    return range ? lastMonthsRange(query.last ?? DEFAULT_RANGE, range.max) : undefined;
  }

  private onRangeChoice(value: string): void {
    this.rangeProblem = undefined;
    if (value === 'custom') {
      this.customChosen = true;
      this.draft = this.resolvedRange(this.context!.query);
      return;
    }
    this.customChosen = false;
    this.draft = undefined;
    this.write({ range: Number(value), from: '', to: '' });
  }

  private applyCustomRange(draft: { from: string; to: string }): void {
    const problem = checkCustomRange(draft.from, draft.to, this.dimensions.value?.range ?? null);
    this.rangeProblem = problem;
    if (problem) return;
    this.customChosen = false;
    this.draft = undefined;
    this.write({ from: draft.from, to: draft.to });
  }

  private setValue(dim: PageFilter, key: string, checked: boolean): void {
    const filters = this.currentFilters();
    const values = new Set(filters[dim] ?? []);
    if (checked) values.add(key);
    else values.delete(key);
    this.write({ filters: { ...filters, [dim]: [...values] } });
  }

  private toggleFilter(dim: PageFilter): void {
    this.openFilter = this.openFilter === dim ? null : dim;
    this.search = '';
  }

  /** Escape in a panel or on the buttons closes the open panel and returns to its button. */
  private closePanel(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.openFilter) return;
    event.preventDefault();
    event.stopPropagation();
    const dim = this.openFilter;
    this.openFilter = null;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#toggle-${dim}`)?.focus());
  }

  private async removeValue(value: AppliedValue, index: number): Promise<void> {
    const filters = this.currentFilters();
    this.write({ filters: { ...filters, [value.dimension]: (filters[value.dimension] ?? []).filter((k) => k !== value.key) } });
    // Focus stays in the chips: on the chip that took this one's place, else the last one.
    await findFilterContext(this)?.updateComplete;
    await this.updateComplete;
    const chips = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="chip"]')];
    (
      chips[Math.min(index, chips.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('[part~="range-select"], [part~="toggle"]')
    )?.focus();
  }

  private reset(): void {
    this.customChosen = false;
    this.draft = undefined;
    this.rangeProblem = undefined;
    this.write({ range: DEFAULT_RANGE, from: '', to: '', filters: {} });
  }

  /**
   * The filter buttons, the open one followed by its panel: next in tab order, shown below the
   * row of buttons (CSS `order`) on a wide bar, right under its button on a narrow one.
   */
  private renderFilters(data: DimensionsResponse, filters: Filters) {
    const { filterBar: m } = this.messages;
    return PAGE_FILTERS.map(
      (dim) =>
        html`${renderFilterToggle({
          dimension: dim,
          count: filters[dim]?.length ?? 0,
          open: this.openFilter === dim,
          m,
          onToggle: () => this.toggleFilter(dim),
        })}${this.openFilter === dim ? this.renderPanel(data, dim, filters) : nothing}`,
    );
  }

  private renderPanel(data: DimensionsResponse, dim: PageFilter, filters: Filters) {
    return renderFilterPanel({
      dimension: dim,
      options: filterOptions(data, dim, this.localize.locale),
      selected: new Set(filters[dim] ?? []),
      search: this.search,
      m: this.messages.filterBar,
      onSearch: (search) => (this.search = search),
      onChange: (key, checked) => this.setValue(dim, key, checked),
      onClear: () => this.write({ filters: { ...this.currentFilters(), [dim]: [] } }),
    });
  }

  private renderControls(query: InsightsQuery, narrow: boolean) {
    const { filterBar: m } = this.messages;
    const data = this.dimensions.value;
    const bounds = data?.range;
    const custom = this.customChosen || Boolean(query.from || query.to);
    const states = this.localize.text(STATE_TEXT);
    return html`<div
      part="controls"
      id="controls"
      class=${narrow ? 'controls narrow' : 'controls'}
      ?hidden=${narrow && !this.expanded}
      @keydown=${(event: KeyboardEvent) => this.closePanel(event)}
    >
      ${renderRange({
        choice: custom ? 'custom' : (query.last ?? DEFAULT_RANGE),
        draft: custom ? (this.draft ?? this.resolvedRange(query)) : undefined,
        months: bounds ? monthsBetween(bounds.min, bounds.max) : [],
        problem: this.rangeProblem,
        m,
        format: this.localize.format,
        onChoice: (value) => this.onRangeChoice(value),
        onDraft: (which, month) => {
          this.rangeProblem = undefined;
          this.draft = { ...(this.draft ?? this.resolvedRange(query)!), [which]: month };
        },
        onApply: () => {
          const draft = this.draft ?? this.resolvedRange(query);
          if (draft) this.applyCustomRange(draft);
        },
      })}
      ${this.dimensions.renderLatest({
        // A reload (new data at the endpoint) keeps the filters on show.
        loading: () => renderSkeleton(states, undefined, 1),
        error: (error) => renderError(error, () => this.retry(), states),
        complete: (d) => this.renderFilters(d, query.filters),
      })}
    </div>`;
  }

  protected override render() {
    const { filterBar: m, dimension: names, error: errors } = this.messages;
    if (!this.context) {
      return html`<section part="base" aria-label=${m.title}>${renderEmpty(this.localize.text(STATE_TEXT), m.outsideContext)}</section>`;
    }
    const query = this.context.query;
    const data = this.dimensions.value;
    const applied = appliedValues(query.filters, data, this.localize.locale);
    const narrow = this.size.width > 0 && this.size.width < NARROW_WIDTH;
    const download = {
      state: this.downloadState,
      m,
      errors,
      format: this.localize.format,
      onDownload: () => void this.download(),
      onCancel: () => this.downloadController?.abort(),
    };
    const canReset = applied.length > 0 || Boolean(query.from || query.to) || (query.last ?? DEFAULT_RANGE) !== DEFAULT_RANGE;
    return html`<section part="base" aria-label=${m.title}>
      ${
        narrow
          ? html`<button
              part="toggle"
              type="button"
              aria-expanded=${this.expanded ? 'true' : 'false'}
              aria-controls="controls"
              @click=${() => (this.expanded = !this.expanded)}
            >
              ${m.toggle(applied.length)}<span class="caret" aria-hidden="true"></span>
            </button>`
          : nothing
      }
      ${this.renderControls(query, narrow)}
      ${renderChips({
        applied,
        locked: renderLockedChips(lockedValues(data, this.localize.locale), names, m),
        names,
        m,
        canReset,
        onRemove: (value, index) => void this.removeValue(value, index),
        onReset: () => this.reset(),
        after: renderDownloadButton(download),
      })}
      ${renderDownloadStatus(download)} ${renderDataAsOf(data?.data, m, this.localize.format)}
    </section>`;
  }
}
