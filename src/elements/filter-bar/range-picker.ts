/** The date range: a preset select (Last 3/6/12/24 months, Custom) and, for Custom, two month pickers. */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Formatter } from '../../core/format.js';
import type { RangeProblem } from '../../core/month-range.js';
import type { filterBar } from '../../i18n/text/filter-bar.js';

/** The presets the bar offers, in months (the endpoint accepts `last` from 1 to 24). */
export const RANGE_CHOICES = [3, 6, 12, 24] as const;

/** The range a fresh dashboard shows (DOMAIN.md: default 12 months). */
export const DEFAULT_RANGE = 12;

type Text = (typeof filterBar)['en'];

export interface RangeOptions {
  /** The choice in force: a preset length or `custom`. */
  choice: number | 'custom';
  /** The custom range being edited, when `choice` is `custom`. */
  draft?: { from: string; to: string };
  /** The months the pickers offer (the data's range); empty disables Custom. */
  months: readonly string[];
  problem?: RangeProblem;
  m: Text;
  format: Formatter;
  onChoice: (value: string) => void;
  onDraft: (which: 'from' | 'to', month: string) => void;
  onApply: () => void;
}

/** Why a custom range was refused, in words. */
export function describeRangeProblem(problem: RangeProblem, m: Text, format: Formatter): string {
  switch (problem.kind) {
    case 'order':
      return m.order;
    case 'too-long':
      return m.tooLong(problem.months, problem.max);
    case 'outside':
      return m.outside(format.month(problem.min, 'long'), format.month(problem.max, 'long'));
  }
}

function monthSelect(which: 'from' | 'to', label: string, selected: string, o: RangeOptions) {
  // A month from outside the data (given by attribute) is listed too, so the picker shows the truth.
  const months = o.months.includes(selected) ? o.months : [...o.months, selected].sort();
  return html`<label class="field">
    <span>${label}</span>
    <select
      part="month ${which}"
      data-which=${which}
      .value=${live(selected)}
      @change=${(e: Event) => o.onDraft(which, (e.target as HTMLSelectElement).value)}
    >
      ${months.map((month) => html`<option value=${month} ?selected=${month === selected}>${o.format.month(month, 'long')}</option>`)}
    </select>
  </label>`;
}

export function renderRange(o: RangeOptions) {
  const { choice, draft, m } = o;
  const presets =
    typeof choice === 'number' && !RANGE_CHOICES.includes(choice as never)
      ? [...RANGE_CHOICES, choice].sort((a, b) => a - b)
      : RANGE_CHOICES;
  return html`<div class="range" part="range" role="group" aria-label=${m.range}>
    <label class="field">
      <span>${m.range}</span>
      <select part="range-select" .value=${live(String(choice))} @change=${(e: Event) => o.onChoice((e.target as HTMLSelectElement).value)}>
        ${presets.map((n) => html`<option value=${n} ?selected=${choice === n}>${m.lastMonths(n)}</option>`)}
        <option value="custom" ?selected=${choice === 'custom'} ?disabled=${o.months.length === 0}>${m.custom}</option>
      </select>
    </label>
    ${
      choice === 'custom' && draft
        ? html`${monthSelect('from', m.from, draft.from, o)} ${monthSelect('to', m.to, draft.to, o)}
            <button part="apply" type="button" @click=${o.onApply}>${m.apply}</button>
            ${o.problem ? html`<p part="range-error" class="problem" role="alert">${describeRangeProblem(o.problem, m, o.format)}</p>` : nothing}`
        : nothing
    }
  </div>`;
}
