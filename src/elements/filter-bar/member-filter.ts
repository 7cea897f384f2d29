/** One multi-select page filter: a toggle button with its count, and its panel of checkboxes. */
import { html, nothing } from 'lit';
import type { filterBar } from '../../i18n/text/filter-bar.js';
import { SEARCH_THRESHOLD, searchOptions, type FilterOption, type PageFilter } from './filter-options.js';

type Text = (typeof filterBar)['en'];

export interface ToggleOptions {
  dimension: PageFilter;
  count: number;
  open: boolean;
  m: Text;
  onToggle: () => void;
}

/** The button that opens a filter's panel: "Products 2" (read "Products, 2 selected"). */
export function renderFilterToggle({ dimension, count, open, m, onToggle }: ToggleOptions) {
  const name = m.filters[dimension];
  return html`<button
    part="filter"
    type="button"
    id="toggle-${dimension}"
    data-dimension=${dimension}
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls="panel-${dimension}"
    aria-label=${m.filterLabel(name, count)}
    @click=${onToggle}
  >
    ${name}${count ? html` <span class="count" aria-hidden="true">${count}</span>` : nothing}<span class="caret" aria-hidden="true"></span>
  </button>`;
}

export interface PanelOptions {
  dimension: PageFilter;
  options: readonly FilterOption[];
  selected: ReadonlySet<string>;
  search: string;
  m: Text;
  onSearch: (search: string) => void;
  onChange: (key: string, checked: boolean) => void;
  onClear: () => void;
}

/**
 * The open filter's values as checkboxes, a search box for long lists, the count and Clear.
 * The checkboxes are a plain list, not `repeat()`, which leaves a comment node per item it
 * removes (lit/lit#5298): each search would grow the list. Focus stays in the search box
 * while the list changes, so nothing needs a checkbox's node to follow its value.
 */
export function renderFilterPanel(o: PanelOptions) {
  const { dimension, options, selected, m } = o;
  const name = m.filters[dimension];
  const shown = searchOptions(options, o.search);
  const count = options.filter((opt) => selected.has(opt.key)).length;
  return html`<div part="panel" class="panel" id="panel-${dimension}" data-dimension=${dimension}>
    <fieldset>
      <legend>${name}</legend>
      ${
        options.length > SEARCH_THRESHOLD
          ? html`<input
              part="search"
              type="search"
              autocomplete="off"
              aria-label=${m.search(name)}
              placeholder=${m.search(name)}
              .value=${o.search}
              @input=${(e: Event) => o.onSearch((e.target as HTMLInputElement).value)}
            />`
          : nothing
      }
      ${
        shown.length
          ? html`<ul class="options" part="options">
              ${shown.map(
                (opt) =>
                  html`<li>
                    <label part="option">
                      <input
                        type="checkbox"
                        data-key=${opt.key}
                        .checked=${selected.has(opt.key)}
                        @change=${(e: Event) => o.onChange(opt.key, (e.target as HTMLInputElement).checked)}
                      />
                      <span>${opt.label}</span>
                    </label>
                  </li>`,
              )}
            </ul>`
          : html`<p class="note">${options.length ? m.noMatch : m.noValues}</p>`
      }
      <div class="panel-foot">
        <span class="note">${m.selected(count, options.length)}</span>
        <button part="clear" type="button" ?disabled=${count === 0} @click=${o.onClear}>${m.clear}</button>
      </div>
    </fieldset>
  </div>`;
}
