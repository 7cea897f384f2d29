/** The filter bar's "Data as of 4 Dec 2026, 06:12": when the endpoint's data was exported (or loaded). */
import { html, nothing } from 'lit';
import type { Formatter } from '../../core/format.js';
import type { DataInfo } from '../../data/contract.js';
import type { filterBar } from '../../i18n/text/filter-bar.js';

/** The export file's time when the endpoint knows it, else when the endpoint loaded the data. */
export function dataTime(info: DataInfo): string {
  return info.modifiedAt ?? info.loadedAt;
}

export function renderDataAsOf(info: DataInfo | undefined, m: (typeof filterBar)['en'], format: Formatter) {
  if (!info) return nothing;
  const when = dataTime(info);
  return html`<p part="data-as-of" class="as-of"><time datetime=${when}>${m.dataAsOf(format.dateTime(when))}</time></p>`;
}
