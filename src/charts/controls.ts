/**
 * Small HTML controls that sit with a chart: a legend of toggle buttons (keyboard operable,
 * names as Lit text, so no escaping is involved) and a two-thumb month range ("zoom slider").
 * Styles are in `chart-styles.ts`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatMonth } from '../core/format.js';
import { uiLanguage } from '../i18n/define-text.js';
import { chart } from '../i18n/text/chart.js';

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
  return html`<ul part="legend" aria-label=${label ?? chart[uiLanguage(locale)].series}>
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
  const m = chart[uiLanguage(locale)];
  const max = months.length - 1;
  const pct = (i: number) => (i / max) * 100;
  const text = (i: number) => formatMonth(months[i], locale, 'long');
  // Each thumb reads the other from the DOM, so two quick moves never use a stale value; the
  // first month never passes the last, nor the last the first.
  const onInput = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const isStart = input.classList.contains('start');
    const other = Number(input.parentElement!.querySelector<HTMLInputElement>(isStart ? '.end' : '.start')!.value);
    const value = isStart ? Math.min(Number(input.value), other) : Math.max(Number(input.value), other);
    input.value = String(value);
    if (isStart) onChange(value, other);
    else onChange(other, value);
  };
  const thumb = (which: 'start' | 'end', index: number, label: string) =>
    html`<input
      type="range"
      class=${which}
      part="zoom-${which}"
      min="0"
      max=${max}
      step="1"
      .value=${String(index)}
      aria-label=${label}
      aria-valuetext=${text(index)}
      @input=${onInput}
    />`;
  return html`<div part="zoom" role="group" aria-label=${m.monthsShown}>
    <output aria-live="polite">${formatMonth(months[start], locale)} – ${formatMonth(months[end], locale)}</output>
    <div class="range">
      <span class="track"></span>
      <span class="selected" style="left:${pct(start)}%;right:${100 - pct(end)}%"></span>
      ${thumb('start', start, m.firstMonth)} ${thumb('end', end, m.lastMonth)}
    </div>
  </div>`;
}
