/**
 * Small HTML controls that sit with a chart: a legend of toggle buttons (keyboard operable,
 * names as Lit text, so no escaping is involved) and a two-thumb month range ("zoom slider").
 * Styles are in `chart-styles.ts`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatMonth } from '../core/format.js';
import { t } from '../i18n/translate.js';

export interface LegendItem {
  key: string;
  /** Raw text from data; rendered as text. */
  label: string;
  color: string;
  hidden: boolean;
}

/**
 * One toggle button per series; `onToggle(key)` when pressed. `label` names the list for
 * assistive technology (default "Series" in `locale`).
 */
export function renderLegend(
  items: LegendItem[],
  onToggle: (key: string) => void,
  locale: string,
  label?: string,
): TemplateResult {
  return html`<ul part="legend" aria-label=${label ?? t(locale).chart.series}>
    ${items.map(
      (item) => html`<li>
        <button
          type="button"
          part="legend-item"
          data-key=${item.key}
          aria-pressed=${item.hidden ? 'false' : 'true'}
          title=${item.label}
          @click=${() => onToggle(item.key)}
        >
          <span class="swatch" style="background:${item.color}"></span><span class="name">${item.label}</span>
        </button>
      </li>`,
    )}
  </ul>`;
}

export interface ZoomInput {
  /** All months, `YYYY-MM`. */
  months: string[];
  /** Visible window, indexes into `months`, inclusive. */
  start: number;
  end: number;
  /** Locale of the month names and the controls' labels. */
  locale: string;
  onChange: (start: number, end: number) => void;
}

/** Two range inputs on one track: the first and last month shown. Hidden for < 2 months. */
export function renderZoom({ months, start, end, locale, onChange }: ZoomInput): TemplateResult | typeof nothing {
  if (months.length < 2) return nothing;
  const m = t(locale).chart;
  const max = months.length - 1;
  const pct = (i: number) => (i / max) * 100;
  const text = (i: number) => formatMonth(months[i], locale, 'long');
  // Each thumb reads the other from the DOM, so two quick moves never use a stale value.
  const other = (input: HTMLInputElement, cls: string) =>
    Number(input.parentElement!.querySelector<HTMLInputElement>(cls)!.value);
  const onStart = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const last = other(input, '.end');
    const value = Math.min(Number(input.value), last);
    input.value = String(value);
    onChange(value, last);
  };
  const onEnd = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const first = other(input, '.start');
    const value = Math.max(Number(input.value), first);
    input.value = String(value);
    onChange(first, value);
  };
  return html`<div part="zoom" role="group" aria-label=${m.monthsShown}>
    <output aria-live="polite">${formatMonth(months[start], locale)} – ${formatMonth(months[end], locale)}</output>
    <div class="range">
      <span class="track"></span>
      <span class="selected" style="left:${pct(start)}%;right:${100 - pct(end)}%"></span>
      <input
        type="range"
        class="start"
        part="zoom-start"
        min="0"
        max=${max}
        step="1"
        .value=${String(start)}
        aria-label=${m.firstMonth}
        aria-valuetext=${text(start)}
        @input=${onStart}
      />
      <input
        type="range"
        class="end"
        part="zoom-end"
        min="0"
        max=${max}
        step="1"
        .value=${String(end)}
        aria-label=${m.lastMonth}
        aria-valuetext=${text(end)}
        @input=${onEnd}
      />
    </div>
  </div>`;
}
