import { Task, TaskStatus } from '@lit/task';
import { html, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import { TweenController } from '../../controllers/tween-controller.js';
import { knownCode } from '../../core/geo/codes.js';
import { layoutMap, type MapLayout } from '../../core/geo/layout.js';
import {
  dataCodes,
  dotRadius,
  gridRows,
  gridStep,
  layoutKey,
  mapRows,
  rowsByCode,
  targetView,
  type MapRow,
} from '../../core/geo/map-view.js';
import { COLOR_STEPS, colorScale, type ColorScale } from '../../core/geo/scale.js';
import { GEO_METRICS, defaultDirection, share, type GeoColumn, type GeoMetric, type SortDirection } from '../../core/geo/table.js';
import { interpolateViewBox, viewBoxAttribute, type ViewBox } from '../../core/geo/zoom.js';
import { BREAKDOWN, type BreakdownResponse } from '../../data/contract.js';
import { emit } from '../../events/events.js';
import { tokens } from '../../themes/tokens.js';
import { InsightsElement } from '../shared/insights-element.js';
import { renderTitle } from '../shared/card.js';
import { cardStyles } from '../shared/card.styles.js';
import { dataTableStyles, renderDataTable } from '../shared/data-table.js';
import type { ExportData } from '../shared/export-controller.js';
import { exportMenuStyles } from '../shared/export-menu.js';
import { renderEmpty, renderError, renderSkeleton, stateStyles } from '../shared/states.js';
import { AtlasLoadError, loadAtlas } from './atlas.js';
import { renderCountryGrid } from './country-grid.js';
import { geoMapStyles } from './customer-geo-map.styles.js';
import { renderLegend, renderMapView, renderMetricSwitch } from './map-view.js';
import { common } from '../../i18n/text/common.js';
import { compare } from '../../i18n/text/compare.js';
import { ComparisonController } from '../../controllers/comparison-controller.js';
import { memberChanges } from '../../core/compare-range.js';
import { spanMonths } from '../../core/month-range.js';
import { missingText, versusText } from '../shared/comparison-text.js';
import { withComparison } from '../shared/comparison-export.js';
import { exporting } from '../../i18n/text/export.js';
import { geo } from '../../i18n/text/geo.js';
import { switchStyles } from '../shared/switch.js';
import { validOption } from '../shared/valid-attribute.js';

/** Shapes under this projected area (px²) also get a dot, so they can be seen and hovered. */
const MIN_AREA = 8;

/**
 * The geographical spread of customers: a choropleth world map (Equal Earth, drawn with d3-geo
 * as SVG) of current, active or added customers per country, and beside it (below it when
 * narrow) a sortable, searchable grid with each figure's share of the total. Countries too
 * small for the map (microstates, islands) are dots. Hover a country or focus its row for its
 * figures; select one (click on the map, or click/Enter on a row) to zoom to it; Home or
 * Escape returns to the world. The grid is the keyboard path to every country.
 *
 * The atlas (`world-atlas` countries-110m) is a lazily loaded chunk; `atlas-url` overrides it.
 *
 * @summary World map of customers by country, with a sortable, searchable grid.
 * @event insights-select - A country was selected (`{ dimension: 'market', key }`), or the
 *   selection was cleared with Home/Escape (`key: null`).
 * @csspart base - The card.
 * @csspart label - The title.
 * @csspart metrics - The metric switch (customers | active | added).
 * @csspart map - The map's SVG.
 * @csspart home - The Home button, shown while zoomed.
 * @csspart tooltip - The hovered or focused country's figures.
 * @csspart legend - The colour scale.
 * @csspart grid - The search box and table.
 * @csspart search - The search box.
 * @csspart table - The table of countries (with `compare`, a sortable change column for the map's figure).
 * @csspart comparison - With `compare`: why the grid has no change column (no data for the comparison range).
 * @csspart skeleton - Shown while loading.
 * @csspart empty - Shown when the range holds no customers.
 * @csspart error - Shown when loading failed, with a Retry button.
 * @csspart retry - The Retry button.
 * @cssproperty --insights-geo-1 - Colour of the lowest step (through `--insights-geo-6`, the highest).
 * @cssproperty --insights-geo-none - Fill of countries without data.
 * @cssproperty --insights-geo-stroke - Country borders.
 * @cssproperty --insights-geo-water - Background of the map (default transparent).
 * @cssproperty --insights-geo-grid-height - Max height of the scrolling grid (default 420px).
 * @cssproperty --insights-color-accent - Selected country outline, metric switch.
 */
export class CustomerGeoMap extends InsightsElement {
  static override styles = [tokens, stateStyles, cardStyles, switchStyles, exportMenuStyles, dataTableStyles, geoMapStyles];

  /** The UI text this element shows, in its locale. */
  protected get messages() {
    return this.localize.text({ common, geo, exporting, compare });
  }

  /** The figure the map colours: `customers`, `active` or `added`. */
  @property({ reflect: true }) metric: GeoMetric = 'customers';

  /**
   * URL of an atlas to load instead of the bundled chunk: a world-atlas countries TopoJSON
   * (prepared in the page once), or a copy of the kit's own prepared atlas
   * (`src/core/geo/projected/countries-110m.json`, read as it is).
   */
  @property({ attribute: 'atlas-url' }) atlasUrl = '';

  /** The selected market's key (an ISO alpha-2 code as in the data); empty for none. */
  @property({ reflect: true }) selected = '';

  private readonly breakdown = new ResourceController(this, BREAKDOWN, () => ({ by: 'market' }));
  /** The same breakdown for the comparison range (`compare`). */
  private readonly comparison = new ComparisonController(this, BREAKDOWN, () => ({ by: 'market' }));

  private readonly atlas = new Task(this, {
    task: ([url]: [string]) => loadAtlas(url),
    args: () => [this.atlasUrl] as [string],
  });

  /** The map's box: in the loading state too, so the first answer draws at once at its width. */
  private readonly size = new ResizeController(this, {
    target: () => this.renderRoot.querySelector('.map'),
    track: 'width',
    waitForTarget: true,
    sameSizeTargets: true,
  });

  private readonly zoom = new TweenController(this);

  @state() private sortColumn: GeoColumn = 'customers';
  @state() private sortDirection: SortDirection = 'descending';
  @state() private search = '';
  /** Code of the hovered (map) or focused (grid) country, for the tooltip. */
  @state() private hovered = '';
  /** Key of the row that holds the grid's one tab stop. */
  @state() private focusKey = '';
  /** The map's view box at rest (the animation writes to the DOM in between). */
  @state() private view?: ViewBox;

  @query('svg[part="map"]') private svgElement?: SVGSVGElement;

  private layout?: MapLayout;
  /** The view box on screen, mid-animation too. */
  private shown?: ViewBox;
  private layoutKey = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onHostKeydown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onHostKeydown);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const countries = this.atlas.value;
    const data = this.breakdown.value;
    const width = this.size.width;
    if (!countries || !data || width <= 0) return;
    const codes = dataCodes(data.rows);
    const key = layoutKey(width, codes);
    if (key !== this.layoutKey || this.layout === undefined) {
      const resized = this.layout !== undefined && this.layout.width !== width;
      this.layout = layoutMap(countries, width, codes, { minArea: MIN_AREA });
      this.layoutKey = key;
      // A refit moves everything: jump to the new world or zoom without animating.
      if (resized) this.zoom.cancel();
      this.view = this.shown = targetView(this.layout, knownCode(this.selected));
    } else if (changed.has('selected')) {
      this.zoomTo(targetView(this.layout, knownCode(this.selected)));
    }
  }

  /** Reloads the data (and the atlas, if it failed). */
  retry(): void {
    this.breakdown.retry();
    if (this.atlas.status === TaskStatus.ERROR) void this.atlas.run();
  }

  /** Returns the map to the whole world and clears the selection. */
  home(): void {
    if (!this.selected) return;
    this.selected = '';
    emit(this, 'insights-select', { dimension: 'market', key: null });
  }

  /** Selects the market with `key` (as in the data), zooms to it and emits `insights-select`. */
  select(key: string): void {
    this.selected = key;
    emit(this, 'insights-select', { dimension: 'market', key });
  }

  /** The metric in force: an unknown `metric` attribute falls back to customers. */
  private get activeMetric(): GeoMetric {
    return validOption(this, 'metric', this.metric, GEO_METRICS, 'customers');
  }

  // ---- zoom --------------------------------------------------------------------------------

  private zoomTo(target: ViewBox): void {
    this.zoom.cancel();
    const from = this.shown;
    if (!from || !this.svgElement) {
      this.view = this.shown = target;
      return;
    }
    this.zoom.run(
      (t) => this.applyView(interpolateViewBox(from, target, t)),
      () => (this.view = this.shown = target),
    );
  }

  /** Writes one animation frame straight to the SVG, without a Lit render per frame. */
  private applyView(view: ViewBox): void {
    const el = this.svgElement;
    if (!el || !this.layout) return;
    this.shown = view;
    el.setAttribute('viewBox', viewBoxAttribute(view));
    el.style.setProperty('--_dot-r', `${dotRadius(view, this.layout.width)}px`);
  }

  // ---- handlers ----------------------------------------------------------------------------

  private readonly onHostKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.selected) {
      event.stopPropagation();
      this.home();
    }
  };

  private codeAt(event: Event): string {
    const target = event.composedPath()[0] as Element | undefined;
    return target?.getAttribute?.('data-code') ?? '';
  }

  private onMapPointer = (event: PointerEvent) => {
    this.hovered = this.codeAt(event);
  };

  private onMapLeave = () => {
    this.hovered = '';
  };

  private onMapClick = (rows: MapRow[]) => (event: MouseEvent) => {
    const code = this.codeAt(event);
    const row = rows.find((r) => r.code === code);
    if (row) this.select(row.key);
  };

  private onSort = (column: GeoColumn) => {
    if (this.sortColumn === column) {
      this.sortDirection = this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    } else {
      this.sortColumn = column;
      this.sortDirection = defaultDirection(column);
    }
  };

  private onSearch = (event: Event) => {
    this.search = (event.target as HTMLInputElement).value;
  };

  private onRowFocus = (row: MapRow) => {
    this.focusKey = row.key;
    this.hovered = row.code ?? '';
  };

  private onRowBlur = (row: MapRow) => {
    if (this.hovered === row.code) this.hovered = '';
  };

  private onGridKeydown = (visible: MapRow[]) => (event: KeyboardEvent) => {
    const row = (event.target as Element).closest?.('tr[data-key]') as HTMLTableRowElement | null;
    if (!row || !visible.length) return;
    const index = visible.findIndex((r) => r.key === row.dataset.key);
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.select(visible[index].key);
      return;
    }
    const next = gridStep(event.key, index, visible.length);
    if (next === null) return;
    event.preventDefault();
    this.focusKey = visible[next].key;
    void this.updateComplete.then(() => {
      const rows = this.renderRoot.querySelectorAll<HTMLElement>('tr[data-key]');
      [...rows].find((r) => r.dataset.key === this.focusKey)?.focus();
    });
  };

  // ---- render ------------------------------------------------------------------------------

  private renderMap(rows: MapRow[], scale: ColorScale) {
    const states = this.stateMessages;
    const m = this.messages.geo;
    if (this.atlas.status === TaskStatus.ERROR) {
      const error = this.atlas.error;
      const status = error instanceof AtlasLoadError ? error.status : undefined;
      return renderError(error, () => void this.atlas.run(), states, m.atlasError(this.atlasUrl, status));
    }
    if (!this.layout || !this.view) return renderSkeleton(states, m.loadingMap, 4);
    return renderMapView({
      layout: this.layout,
      view: this.view,
      byCode: rowsByCode(rows),
      scale,
      metric: this.activeMetric,
      hovered: this.hovered,
      selected: this.selected,
      selectedCode: knownCode(this.selected),
      total: this.breakdown.value?.total,
      format: this.localize.format,
      messages: m,
      onPointer: this.onMapPointer,
      onLeave: this.onMapLeave,
      onClick: this.onMapClick(rows),
      onHome: () => this.home(),
    });
  }

  /** With `compare`: the change column's words, or why there is none; `undefined` without a comparison. */
  private compareColumn(data: BreakdownResponse): { header: string; versus: string; note?: string } | undefined {
    const mode = this.comparison.mode;
    if (!mode) return undefined;
    const m = this.messages.compare;
    // The map's figure is the one the metric switch shows: the header says "Change", its tooltip the rest.
    const header = m.change;
    const versus = versusText(mode, spanMonths(data.query.from, data.query.to), m);
    const title = `${this.messages.geo.metric[this.activeMetric]}, ${versus}`;
    if (this.comparison.state === 'loading') return { header, versus: title, note: `${versus} …` };
    const known = this.comparison.valueFor(this.activeMetric === 'added');
    return known ? { header, versus: title } : { header, versus: title, note: missingText(this.comparison, m, this.localize.format) };
  }

  /** The rows with the change of the map's figure, when the comparison gives it. */
  private rowsWithChanges(rows: MapRow[]): MapRow[] {
    const metric = this.activeMetric;
    const previous = this.comparison.mode ? this.comparison.valueFor(metric === 'added') : undefined;
    if (!previous) return rows;
    const compared = memberChanges(previous.rows, (r) => r[metric]);
    return rows.map((row) => ({ ...row, change: compared.change(row.key, row[metric]) }));
  }

  private renderGrid(all: MapRow[], data: BreakdownResponse) {
    const format = this.localize.format;
    const compareColumn = this.compareColumn(data);
    const rows = compareColumn && !compareColumn.note ? this.rowsWithChanges(all) : all;
    // Sorted by change while the comparison is off: by customers instead.
    const column = this.sortColumn === 'change' && (!compareColumn || compareColumn.note) ? 'customers' : this.sortColumn;
    const total = data.total;
    const grid = gridRows(rows, this.search, column, this.sortDirection, format.locale, this.focusKey);
    return renderCountryGrid({
      rows,
      grid,
      total,
      search: this.search,
      sortColumn: column,
      sortDirection: this.sortDirection,
      compare: compareColumn,
      hovered: this.hovered,
      selected: this.selected,
      format,
      messages: this.messages.geo,
      onSearch: this.onSearch,
      onSort: this.onSort,
      onKeydown: this.onGridKeydown(grid.visible),
      onSelect: (key) => this.select(key),
      onRowFocus: this.onRowFocus,
      onRowBlur: this.onRowBlur,
    });
  }

  /**
   * The answer's rows with their country names, computed once per answer and locale: a hover or
   * a zoom frame re-renders the card, which reads them three times (map, headline, export).
   */
  private rowsOf(data: BreakdownResponse): MapRow[] {
    const locale = this.localize.format.locale;
    if (this.mapped?.data !== data || this.mapped.locale !== locale) {
      this.mapped = { data, locale, rows: mapRows(data.rows, locale) };
    }
    return this.mapped.rows;
  }

  private mapped?: { data: BreakdownResponse; locale: string; rows: MapRow[] };

  /** The grid: a row per country (known ones by customers, then unknown locations), each figure with its share. */
  protected override exportData(): ExportData | undefined {
    const data = this.breakdown.value;
    if (!data?.rows.length) return undefined;
    const { geo, exporting } = this.messages;
    const locale = this.localize.format.locale;
    const grid = gridRows(this.rowsOf(data), '', 'customers', 'descending', locale, '');
    const columns = [
      { label: geo.country, kind: 'text' as const },
      ...GEO_METRICS.flatMap((m) => [
        { label: geo.metric[m], kind: 'count' as const },
        { label: exporting.share(geo.metric[m]), kind: 'share' as const },
      ]),
    ];
    const rows = grid.visible.map((r) => [r.name, ...GEO_METRICS.flatMap((m) => [r[m], share(r[m], data.total[m])])]);
    const exported: ExportData = { name: this.localName, query: data.query, table: { title: geo.table, columns, rows } };
    const visible = grid.visible;
    const figures = GEO_METRICS.map((metric) => {
      const previous = this.comparison.valueFor(metric === 'added');
      return {
        label: geo.metric[metric],
        compared: previous && memberChanges(previous.rows, (r) => r[metric]),
        keys: (i: number) => visible[i]!.key,
        current: (i: number) => visible[i]![metric],
      };
    });
    const words = { m: this.messages.compare, format: this.localize.format, months: spanMonths(data.query.from, data.query.to) };
    return withComparison(exported, this.comparison, figures, words);
  }

  private renderData(data: BreakdownResponse) {
    const format = this.localize.format;
    if (!data.rows.length) return renderEmpty(this.stateMessages);
    const exported = this.exporter.tableView ? this.exportData() : undefined;
    if (exported) return renderDataTable(exported.table, format);
    const rows = this.rowsOf(data);
    const metric = this.activeMetric;
    const scale = colorScale(
      rows.filter((r) => r.code).map((r) => r[metric]),
      COLOR_STEPS,
    );
    return html`<div class="body">
      <div>
        <div class="map">${this.renderMap(rows, scale)}</div>
        ${renderLegend(scale, metric, format, this.messages.geo)}
      </div>
      ${this.renderGrid(rows, data)}
    </div>`;
  }

  /** The region's name: the title, and once loaded the headline ("600 customers in 38 countries"). */
  private get regionName(): string {
    const { common, geo } = this.messages;
    const data = this.breakdown.status === TaskStatus.COMPLETE ? this.breakdown.value : undefined;
    if (!data?.rows.length) return geo.title;
    const format = this.localize.format;
    const customers = data.total.customers;
    const countries = this.rowsOf(data).filter((r) => r.code).length;
    return common.labelValue(geo.title, geo.summary(customers, format.number(customers), countries, format.number(countries)));
  }

  protected override render() {
    const states = this.stateMessages;
    const m = this.messages.geo;
    let busy = false;
    const content = this.breakdown.renderLatest({
      // In the map's box of the layout to come: its width is known when the answer arrives.
      loading: () =>
        html`<div class="body">
          <div><div class="map">${renderSkeleton(states, m.loading, 4)}</div></div>
        </div>`,
      error: (error) => renderError(error, () => this.retry(), states),
      complete: (data, stale) => {
        busy = stale;
        return this.renderData(data);
      },
    });
    return html`<section part="base" aria-label=${this.regionName} aria-busy=${busy ? 'true' : 'false'}>
      <header>
        ${renderTitle(this.headingLevelInForce, m.title)} ${renderMetricSwitch(this.activeMetric, m, (metric) => (this.metric = metric))}
      </header>
      ${this.renderTools(true)} ${content}
    </section>`;
  }
}
