/** The searchable, sortable grid of countries beside the map, as plain render functions. */
import { html, nothing } from 'lit';
import type { Formatter } from '../../core/format.js';
import type { GridRows, MapRow } from '../../core/geo/map-view.js';
import { GEO_METRICS, share, type GeoColumn, type SortDirection } from '../../core/geo/table.js';
import type { BreakdownResponse } from '../../data/contract.js';
import type { GeoText } from './map-view.js';
import { renderChange } from '../shared/change-view.js';

const COLUMNS: GeoColumn[] = ['name', ...GEO_METRICS];

export interface CountryGridOptions {
  /** All rows (for the count). */
  rows: readonly MapRow[];
  /** The rows on show, in order, and the tab stop. */
  grid: GridRows<MapRow>;
  total: BreakdownResponse['total'];
  search: string;
  sortColumn: GeoColumn;
  sortDirection: SortDirection;
  /** Code of the hovered or focused country. */
  hovered: string;
  /** The selected market's key. */
  selected: string;
  format: Formatter;
  messages: GeoText;
  onSearch: (event: Event) => void;
  onSort: (column: GeoColumn) => void;
  onKeydown: (event: KeyboardEvent) => void;
  onSelect: (key: string) => void;
  onRowFocus: (row: MapRow) => void;
  onRowBlur: (row: MapRow) => void;
  /** With `compare`: the change column's header, which figure it compares with what (its tooltip), and why there are no changes (a note). */
  compare?: { header: string; versus: string; note?: string };
}

function columnLabel(column: GeoColumn, o: CountryGridOptions): string {
  if (column === 'change') return o.compare?.header ?? '';
  return column === 'name' ? o.messages.country : o.messages.metric[column];
}

function renderHeader(column: GeoColumn, o: CountryGridOptions) {
  const sorted = o.sortColumn === column;
  const arrow = sorted ? (o.sortDirection === 'ascending' ? '▲' : '▼') : '';
  return html`<th scope="col" aria-sort=${sorted ? o.sortDirection : 'none'}>
    <button
      type="button"
      data-column=${column}
      title=${column === 'change' ? (o.compare?.versus ?? nothing) : nothing}
      @click=${() => o.onSort(column)}
    >
      ${columnLabel(column, o)}<span class="arrow" aria-hidden="true">${arrow}</span>
    </button>
  </th>`;
}

function renderRow(row: MapRow, o: CountryGridOptions) {
  const { format, total } = o;
  const selected = row.key === o.selected;
  return html`<tr
    data-key=${row.key}
    tabindex=${row.key === o.grid.focusKey ? 0 : -1}
    aria-current=${selected ? 'true' : nothing}
    class=${row.code && row.code === o.hovered ? 'hovered' : ''}
    @click=${() => o.onSelect(row.key)}
    @focus=${() => o.onRowFocus(row)}
    @blur=${() => o.onRowBlur(row)}
  >
    <th scope="row">
      <span class="name">${row.name}</span>${row.code ? nothing : html`<code>${row.key === '' ? o.messages.noCode : row.key}</code>`}
    </th>
    ${GEO_METRICS.map(
      (m) =>
        html`<td><span class="n">${format.number(row[m])}</span><span class="pct">${format.percent(share(row[m], total[m]))}</span></td>`,
    )}
    ${o.compare && !o.compare.note ? html`<td class="change">${renderChange(row.change ?? null, format)}</td>` : nothing}
  </tr>`;
}

/** The search box, the count of rows shown and the table (unknown locations last). */
export function renderCountryGrid(o: CountryGridOptions) {
  const { grid, rows, format, messages: m } = o;
  return html`<div part="grid">
    <input part="search" type="search" placeholder=${m.search} aria-label=${m.searchLabel} .value=${o.search} @input=${o.onSearch} />
    ${o.compare?.note ? html`<p class="compare-note" part="comparison">${o.compare.note}</p>` : nothing}
    <p class="count" role="status">${m.count(format.number(grid.visible.length), rows.length, format.number(rows.length))}</p>
    <div class="scroll">
      <table part="table" aria-label=${m.table} @keydown=${o.onKeydown}>
        <thead>
          <tr>
            ${(o.compare && !o.compare.note ? [...COLUMNS, 'change' as const] : COLUMNS).map((c) => renderHeader(c, o))}
          </tr>
        </thead>
        <tbody>
          ${grid.known.map((r) => renderRow(r, o))}
        </tbody>
        ${
          grid.unknown.length
            ? html`<tbody class="unknown">
                <tr class="unknown-note">
                  <th scope="rowgroup" colspan=${o.compare && !o.compare.note ? 5 : 4}>${m.unknown}</th>
                </tr>
                ${grid.unknown.map((r) => renderRow(r, o))}
              </tbody>`
            : nothing
        }
      </table>
    </div>
  </div>`;
}
