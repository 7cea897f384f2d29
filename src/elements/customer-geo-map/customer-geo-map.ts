import { Task, TaskStatus } from '@lit/task';
import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import { formatNumber, formatPercent } from '../../core/format.js';
import { knownCode } from '../../core/geo/codes.js';
import { layoutMap, type Bounds, type MapLayout, type MapShape } from '../../core/geo/layout.js';
import { countryName } from '../../core/geo/names.js';
import { COLOR_STEPS, colorScale, stepLabels, type ColorScale } from '../../core/geo/scale.js';
import {
  GEO_METRICS,
  defaultDirection,
  searchRows,
  share,
  sortRows,
  type GeoColumn,
  type GeoMetric,
  type GeoRow,
  type SortDirection,
} from '../../core/geo/table.js';
import { interpolateViewBox, viewBoxAttribute, worldViewBox, zoomViewBox, type ViewBox } from '../../core/geo/zoom.js';
import { BREAKDOWN, type BreakdownResponse } from '../../data/contract.js';
import { emit } from '../../events/events.js';
import { tokens } from '../../themes/tokens.js';
import { InsightsElement } from '../shared/insights-element.js';
import { cardStyles } from '../shared/card.styles.js';
import { renderEmpty, renderError, renderSkeleton, stateStyles } from '../shared/states.js';
import { AtlasLoadError, loadAtlas } from './atlas.js';
import { geoMapStyles } from './customer-geo-map.styles.js';
import { text } from '../../i18n/define-text.js';
import { common } from '../../i18n/text/common.js';
import { geo } from '../../i18n/text/geo.js';

const COLUMNS: GeoColumn[] = ['name', ...GEO_METRICS];
/** Shapes under this projected area (px²) also get a dot, so they can be seen and hovered. */
const MIN_AREA = 8;
/** Dot radius in screen px. */
const DOT_RADIUS = 3.5;
const ZOOM_MS = 450;

/** A grid row with the breakdown's label and its place in the grid. */
interface Row extends GeoRow {
  label: string;
}

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
 * @csspart table - The table of countries.
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
  static override styles = [tokens, stateStyles, cardStyles, geoMapStyles];

  /** The UI text this element shows, in its locale. */
  protected override get messages() {
    return text(this.effectiveLocale, { common, geo });
  }

  /** The figure the map colours: `customers`, `active` or `added`. */
  @property({ reflect: true }) metric: GeoMetric = 'customers';

  /** URL of a world-atlas countries TopoJSON to load instead of the bundled chunk. */
  @property({ attribute: 'atlas-url' }) atlasUrl = '';

  /** The selected market's key (an ISO alpha-2 code as in the data); empty for none. */
  @property({ reflect: true }) selected = '';

  private readonly breakdown = new ResourceController(this, BREAKDOWN, () => ({ by: 'market' }));

  private readonly atlas = new Task(this, {
    task: ([url]: [string]) => loadAtlas(url),
    args: () => [this.atlasUrl] as [string],
  });

  private readonly size = new ResizeController(this, {
    target: () => this.renderRoot.querySelector('.map'),
    track: 'width',
  });

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
  private animation = 0;
  private zoomTimer?: ReturnType<typeof setTimeout>;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onHostKeydown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onHostKeydown);
    cancelAnimationFrame(this.animation);
    clearTimeout(this.zoomTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const countries = this.atlas.value;
    const data = this.breakdown.value;
    const width = this.size.width;
    if (!countries || !data || width <= 0) return;
    const codes = new Set(data.rows.map((r) => knownCode(r.key)).filter((c): c is string => !!c));
    const key = `${width}|${[...codes].sort().join(',')}`;
    if (key !== this.layoutKey || this.layout === undefined) {
      const resized = this.layout !== undefined && this.layout.width !== width;
      this.layout = layoutMap(countries, width, codes, { minArea: MIN_AREA });
      this.layoutKey = key;
      // A refit moves everything: jump to the new world or zoom without animating.
      if (resized) {
        cancelAnimationFrame(this.animation);
        clearTimeout(this.zoomTimer);
      }
      this.view = this.shown = this.targetView(this.layout);
    } else if (changed.has('selected')) {
      this.zoomTo(this.targetView(this.layout));
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

  // ---- data ------------------------------------------------------------------------------

  /** The metric in force: an unknown `metric` attribute falls back to customers. */
  private get activeMetric(): GeoMetric {
    return GEO_METRICS.includes(this.metric) ? this.metric : 'customers';
  }

  private rowsOf(data: BreakdownResponse): Row[] {
    const locale = this.effectiveLocale;
    return data.rows.map((r) => {
      const code = knownCode(r.key);
      return {
        key: r.key,
        code,
        label: r.label,
        name: code ? countryName(code, locale, r.label) : r.label || r.key,
        customers: r.customers,
        active: r.active,
        added: r.added,
      };
    });
  }

  private shapeOf(code: string | undefined): MapShape | undefined {
    return code ? this.layout?.shapes.find((s) => s.code === code) : undefined;
  }

  /** What the map zooms to for a code: the shape's main mass, or the dot. */
  private boundsOf(code: string | undefined): Bounds | undefined {
    if (!code || !this.layout) return undefined;
    const dot = this.layout.dots.find((d) => d.code === code);
    const shape = this.shapeOf(code);
    if (shape && (!dot || dot.reason === 'tiny')) return shape.focus;
    return dot ? [[dot.x, dot.y], [dot.x, dot.y]] : undefined;
  }

  private targetView(layout: MapLayout): ViewBox {
    const bounds = this.boundsOf(knownCode(this.selected));
    return bounds ? zoomViewBox(bounds, layout.width, layout.height) : worldViewBox(layout.width, layout.height);
  }

  // ---- zoom --------------------------------------------------------------------------------

  private zoomTo(target: ViewBox): void {
    cancelAnimationFrame(this.animation);
    clearTimeout(this.zoomTimer);
    const from = this.shown;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (!from || reduce || !this.svgElement) {
      this.view = this.shown = target;
      return;
    }
    const start = performance.now();
    const frame = (now: number) => {
      const t = Math.min(1, (now - start) / ZOOM_MS);
      this.applyView(interpolateViewBox(from, target, t));
      if (t < 1) this.animation = requestAnimationFrame(frame);
      else this.finishZoom(target);
    };
    this.animation = requestAnimationFrame(frame);
    // A background tab gets no animation frames: land on the target anyway.
    clearTimeout(this.zoomTimer);
    this.zoomTimer = setTimeout(() => this.finishZoom(target), ZOOM_MS + 100);
  }

  private finishZoom(target: ViewBox): void {
    cancelAnimationFrame(this.animation);
    clearTimeout(this.zoomTimer);
    this.view = this.shown = target;
  }

  /** Writes one animation frame straight to the SVG, without a Lit render per frame. */
  private applyView(view: ViewBox): void {
    const el = this.svgElement;
    if (!el || !this.layout) return;
    this.shown = view;
    el.setAttribute('viewBox', viewBoxAttribute(view));
    el.style.setProperty('--_dot-r', `${this.dotRadius(view)}px`);
  }

  private dotRadius(view: ViewBox): number {
    return this.layout ? (DOT_RADIUS * view.width) / this.layout.width : DOT_RADIUS;
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

  private onMapClick = (rows: Row[]) => (event: MouseEvent) => {
    const code = this.codeAt(event);
    const row = rows.find((r) => r.code === code);
    if (row) this.select(row.key);
  };

  private onSort(column: GeoColumn) {
    if (this.sortColumn === column) {
      this.sortDirection = this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    } else {
      this.sortColumn = column;
      this.sortDirection = defaultDirection(column);
    }
  }

  private onSearch = (event: Event) => {
    this.search = (event.target as HTMLInputElement).value;
  };

  private onGridKeydown = (visible: Row[]) => (event: KeyboardEvent) => {
    const row = (event.target as Element).closest?.('tr[data-key]') as HTMLTableRowElement | null;
    if (!row || !visible.length) return;
    const index = visible.findIndex((r) => r.key === row.dataset.key);
    let next = -1;
    switch (event.key) {
      case 'ArrowDown':
        next = Math.min(visible.length - 1, index + 1);
        break;
      case 'ArrowUp':
        next = Math.max(0, index - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = visible.length - 1;
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.select(visible[index].key);
        return;
      default:
        return;
    }
    event.preventDefault();
    this.focusKey = visible[next].key;
    void this.updateComplete.then(() => {
      const rows = this.renderRoot.querySelectorAll<HTMLElement>('tr[data-key]');
      [...rows].find((r) => r.dataset.key === this.focusKey)?.focus();
    });
  };

  // ---- render ------------------------------------------------------------------------------

  private columnLabel(column: GeoColumn): string {
    const m = this.messages.geo;
    return column === 'name' ? m.country : m.metric[column];
  }

  private renderMetricSwitch() {
    const m = this.messages.geo;
    return html`<div part="metrics" role="group" aria-label=${m.metricSwitch}>
      ${GEO_METRICS.map(
        (metric) =>
          html`<button
            type="button"
            aria-pressed=${this.activeMetric === metric ? 'true' : 'false'}
            @click=${() => (this.metric = metric)}
          >
            ${m.metric[metric]}
          </button>`,
      )}
    </div>`;
  }

  private renderMap(rows: Row[], scale: ColorScale) {
    const locale = this.effectiveLocale;
    const m = this.messages.geo;
    if (this.atlas.status === TaskStatus.ERROR) {
      const error = this.atlas.error;
      const status = error instanceof AtlasLoadError ? error.status : undefined;
      return renderError(error, () => void this.atlas.run(), locale, m.atlasError(this.atlasUrl, status));
    }
    const layout = this.layout;
    if (!layout || !this.view) return renderSkeleton(locale, m.loadingMap, 4);
    const metric = this.activeMetric;
    const byCode = new Map(rows.filter((r) => r.code).map((r) => [r.code!, r]));
    const fill = (code: string | undefined) => {
      const row = code ? byCode.get(code) : undefined;
      return row ? `s${scale.color(scale.step(row[metric]), COLOR_STEPS)}` : 'none';
    };
    const selectedCode = knownCode(this.selected);
    const outline = (code: string, cls: string) => {
      const shape = this.shapeOf(code);
      const dot = layout.dots.find((d) => d.code === code);
      if (dot) return svg`<circle class="outline ${cls}" cx=${dot.x} cy=${dot.y}></circle>`;
      return shape ? svg`<path class="outline ${cls}" d=${shape.d}></path>` : nothing;
    };
    const view = this.view;
    return html`<svg
        part="map"
        role="img"
        aria-label=${m.mapLabel(metric)}
        viewBox=${viewBoxAttribute(view)}
        width=${layout.width}
        height=${layout.height}
        style="--_dot-r:${this.dotRadius(view)}px"
        preserveAspectRatio="xMidYMid meet"
        @pointermove=${this.onMapPointer}
        @pointerleave=${this.onMapLeave}
        @click=${this.onMapClick(rows)}
      >
        <g class="shapes">
          ${layout.shapes.map((s) => {
            const interactive = s.code && byCode.has(s.code);
            return svg`<path d=${s.d} class=${fill(s.code)} data-code=${interactive ? s.code! : nothing}></path>`;
          })}
        </g>
        <g class="dots">
          ${layout.dots.map((d) => svg`<circle cx=${d.x} cy=${d.y} class=${fill(d.code)} data-code=${d.code}></circle>`)}
        </g>
        ${this.hovered && this.hovered !== selectedCode ? outline(this.hovered, 'hovered') : nothing}
        ${selectedCode ? outline(selectedCode, 'selected') : nothing}
      </svg>
      ${this.selected
        ? html`<button part="home" type="button" @click=${() => this.home()}>⌂ ${m.home}</button>`
        : nothing}
      ${this.renderTooltip(byCode)}`;
  }

  private renderTooltip(byCode: Map<string, Row>) {
    const row = this.hovered ? byCode.get(this.hovered) : undefined;
    const layout = this.layout;
    const view = this.view;
    const total = this.breakdown.value?.total;
    if (!row || !layout || !view || !total) return nothing;
    const dot = layout.dots.find((d) => d.code === row.code);
    const point = dot ? [dot.x, dot.y] : this.shapeOf(row.code)?.anchor;
    if (!point) return nothing;
    const scale = layout.width / view.width;
    // Keep the tip inside the map: away from the side edges, and below the point near the top.
    const margin = Math.min(90, layout.width / 2);
    const x = Math.min(layout.width - margin, Math.max(margin, (point[0] - view.x) * scale));
    const y = Math.min(layout.height, Math.max(0, (point[1] - view.y) * scale));
    const below = y < 90;
    const locale = this.effectiveLocale;
    const labels = this.messages.geo.metric;
    // The same figures are in the grid row; the tooltip is for the eye, so hidden from AT.
    return html`<div part="tooltip" class=${below ? 'below' : ''} aria-hidden="true" style="left:${x}px;top:${y}px">
      <strong>${row.name}</strong>
      <dl>
        ${GEO_METRICS.map(
          (m) =>
            html`<dt>${labels[m]}</dt>
              <dd>${formatNumber(row[m], locale)}</dd>
              <dd>${formatPercent(share(row[m], total[m]), locale)}</dd>`,
        )}
      </dl>
    </div>`;
  }

  private renderLegend(scale: ColorScale) {
    const locale = this.effectiveLocale;
    const m = this.messages.geo;
    const labels = stepLabels(scale, (n) => formatNumber(n, locale));
    return html`<ul part="legend" aria-label=${m.legend(this.activeMetric)}>
      ${labels.map(
        (label, step) =>
          html`<li><span class="swatch s${scale.color(step, COLOR_STEPS)}" aria-hidden="true"></span>${label}</li>`,
      )}
      <li><span class="swatch none" aria-hidden="true"></span>${m.noData}</li>
    </ul>`;
  }

  private renderHeader(column: GeoColumn) {
    const sorted = this.sortColumn === column;
    const arrow = sorted ? (this.sortDirection === 'ascending' ? '▲' : '▼') : '';
    return html`<th scope="col" aria-sort=${sorted ? this.sortDirection : 'none'}>
      <button type="button" data-column=${column} @click=${() => this.onSort(column)}>
        ${this.columnLabel(column)}<span class="arrow" aria-hidden="true">${arrow}</span>
      </button>
    </th>`;
  }

  private renderRow(row: Row, total: BreakdownResponse['total'], focusKey: string) {
    const locale = this.effectiveLocale;
    const selected = row.key === this.selected;
    return html`<tr
      data-key=${row.key}
      tabindex=${row.key === focusKey ? 0 : -1}
      aria-current=${selected ? 'true' : nothing}
      class=${row.code && row.code === this.hovered ? 'hovered' : ''}
      @click=${() => this.select(row.key)}
      @focus=${() => {
        this.focusKey = row.key;
        this.hovered = row.code ?? '';
      }}
      @blur=${() => {
        if (this.hovered === row.code) this.hovered = '';
      }}
    >
      <th scope="row">
        <span class="name">${row.name}</span>${row.code
          ? nothing
          : html`<code>${row.key === '' ? this.messages.geo.noCode : row.key}</code>`}
      </th>
      ${GEO_METRICS.map(
        (m) =>
          html`<td>
            <span class="n">${formatNumber(row[m], locale)}</span><span class="pct">${formatPercent(share(row[m], total[m]), locale)}</span>
          </td>`,
      )}
    </tr>`;
  }

  private renderGrid(rows: Row[], total: BreakdownResponse['total']) {
    const sorted = sortRows(searchRows(rows, this.search), this.sortColumn, this.sortDirection, this.effectiveLocale);
    const known = sorted.filter((r) => r.code);
    const unknown = sorted.filter((r) => !r.code);
    const visible = [...known, ...unknown];
    // The grid's one tab stop: the last focused row while it is visible, else the first.
    const focusKey = visible.some((r) => r.key === this.focusKey) ? this.focusKey : (visible[0]?.key ?? '');
    const locale = this.effectiveLocale;
    const m = this.messages.geo;
    return html`<div part="grid">
      <input
        part="search"
        type="search"
        placeholder=${m.search}
        aria-label=${m.searchLabel}
        .value=${this.search}
        @input=${this.onSearch}
      />
      <p class="count" role="status">${m.count(formatNumber(visible.length, locale), rows.length, formatNumber(rows.length, locale))}</p>
      <div class="scroll">
        <table part="table" aria-label=${m.table} @keydown=${this.onGridKeydown(visible)}>
          <thead>
            <tr>
              ${COLUMNS.map((c) => this.renderHeader(c))}
            </tr>
          </thead>
          <tbody>
            ${known.map((r) => this.renderRow(r, total, focusKey))}
          </tbody>
          ${unknown.length
            ? html`<tbody class="unknown">
                <tr class="unknown-note">
                  <th scope="rowgroup" colspan="4">${m.unknown}</th>
                </tr>
                ${unknown.map((r) => this.renderRow(r, total, focusKey))}
              </tbody>`
            : nothing}
        </table>
      </div>
    </div>`;
  }

  private renderData(data: BreakdownResponse) {
    if (!data.rows.length) return renderEmpty(this.effectiveLocale);
    const rows = this.rowsOf(data);
    const scale = colorScale(rows.filter((r) => r.code).map((r) => r[this.activeMetric]), COLOR_STEPS);
    return html`<div class="body">
      <div>
        <div class="map">${this.renderMap(rows, scale)}</div>
        ${this.renderLegend(scale)}
      </div>
      ${this.renderGrid(rows, data.total)}
    </div>`;
  }

  protected override render() {
    const locale = this.effectiveLocale;
    const m = this.messages.geo;
    const content = this.breakdown.render({
      initial: () => renderSkeleton(locale, m.loading, 4),
      pending: () => renderSkeleton(locale, m.loading, 4),
      error: (error) => renderError(error, () => this.retry(), locale),
      complete: (data) => this.renderData(data),
    });
    return html`<section part="base" aria-label=${m.title}>
      <header>
        <h3 part="label">${m.title}</h3>
        ${this.renderMetricSwitch()}
      </header>
      ${content}
    </section>`;
  }
}
