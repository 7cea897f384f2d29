/**
 * The kit's one visible data table: the "Show as table" twin of a chart or the map. It renders
 * the widget's `DataTable` (`core/csv.ts`), the same rows and columns its `toCSV()` writes, with
 * the figures formatted for the locale in force (the CSV keeps them machine-readable).
 */
import { css, html, type TemplateResult } from 'lit';
import type { DataCell, DataColumn, DataTable } from '../../core/csv.js';
import type { Formatter } from '../../core/format.js';

function formatCell(cell: DataCell, column: DataColumn, format: Formatter): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return column.kind === 'month' ? format.month(cell, 'long') : cell;
  if (column.kind === 'change') return format.signedPercent(cell);
  return column.kind === 'share' ? format.percent(cell) : format.number(cell);
}

/**
 * The table (`part="data-table"`), first column as row headers, in a box that scrolls (and
 * takes focus, so a keyboard can scroll it) when taller than the chart it replaces. A group, not a
 * region: the card is already the landmark of that name.
 */
export function renderDataTable(table: DataTable, format: Formatter): TemplateResult {
  const [head, ...rest] = table.columns;
  return html`<div class="data-table" role="group" aria-label=${table.title} tabindex="0">
    <table part="data-table">
      <caption class="sr-only">
        ${table.title}
      </caption>
      <thead>
        <tr>
          ${table.columns.map((c) => html`<th scope="col" class=${c.kind}>${c.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${table.rows.map(
          ([first, ...cells]) =>
            html`<tr>
              <th scope="row">${formatCell(first ?? null, head!, format)}</th>
              ${rest.map((c, i) => html`<td class=${c.kind}>${formatCell(cells[i] ?? null, c, format)}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

export const dataTableStyles = css`
  .data-table {
    max-height: max(var(--_chart-height, 320px), 240px);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: 6px;
  }
  .data-table:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  [part='data-table'] {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.8125rem;
    font-variant-numeric: tabular-nums;
  }
  [part='data-table'] th,
  [part='data-table'] td {
    padding: 4px 8px;
    text-align: start;
    border-bottom: 1px solid var(--_border);
    white-space: nowrap;
  }
  [part='data-table'] thead th {
    position: sticky;
    top: 0;
    background: var(--_bg-subtle);
    font-weight: 600;
  }
  [part='data-table'] tbody th {
    font-weight: 400;
  }
  [part='data-table'] .count,
  [part='data-table'] .share,
  [part='data-table'] .change {
    text-align: end;
  }
  [part='data-table'] .share {
    color: var(--_fg-muted);
  }
`;
