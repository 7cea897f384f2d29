/**
 * The two-thumb month range ("zoom slider") that sits above a monthly chart. Styles are in
 * `chart-styles.ts`; the selected stretch is positioned through `styleProps` (CSSOM, which
 * a strict `style-src` CSP allows), never an inline `style=` attribute.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Formatter } from '../core/format.js';
import { styleProps } from '../directives/style-props.js';
import type { chart } from '../i18n/text/chart.js';

export interface ZoomInput {
  /** All months, `YYYY-MM`. */
  months: readonly string[];
  /** Visible window, indexes into `months`, inclusive. */
  start: number;
  end: number;
  /** Month names in the locale in force. */
  format: Formatter;
  /** The controls' labels. */
  messages: (typeof chart)['en'];
  onChange: (start: number, end: number) => void;
}

/** Two range inputs on one track: the first and last month shown. Hidden for < 2 months. */
export function renderZoom({ months, start, end, format, messages: m, onChange }: ZoomInput): TemplateResult | typeof nothing {
  if (months.length < 2) return nothing;
  const max = months.length - 1;
  const pct = (i: number) => (i / max) * 100;
  const text = (i: number) => format.month(months[i], 'long');
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
    <output aria-live="polite">${format.month(months[start])} – ${format.month(months[end])}</output>
    <div class="range">
      <span class="track"></span>
      <span class="selected" ${styleProps({ left: `${pct(start)}%`, right: `${100 - pct(end)}%` })}></span>
      ${thumb('start', start, m.firstMonth)} ${thumb('end', end, m.lastMonth)}
    </div>
  </div>`;
}
