import { enPlural } from '../words.js';
import { defineText } from '../define-text.js';

/** The charts' controls (`charts/controls.ts`) and the month chart's keyboard months. */
const en = {
  series: 'Series',
  monthsShown: 'Months shown',
  firstMonth: 'First month shown',
  lastMonth: 'Last month shown',
  /** The month chart's group of months (one button each, for the keyboard). */
  months: 'Months',
  /** With a comparison: a figure's comparison and change, "previous: 97, +12.4 %" (no change when the comparison's figure is 0). */
  withPrevious: (previous: string, change: string | null) => (change ? `previous: ${previous}, ${change}` : `previous: ${previous}`),
  /** A comparison month the endpoint holds no data for (never shown as 0). */
  previousUnknown: 'no data',
  /** The legend's entry of the comparison (it toggles the comparison's marks); `n`: the range's months. */
  comparison: {
    'previous-period': (n: number) => `Previous ${n} ${enPlural(n, 'month', 'months')}`,
    'previous-year': (_n: number) => 'A year earlier',
  },
};
export type ChartText = typeof en;

export const chart = defineText('chart', en, {
  nl: () => import('./nl/chart.js'),
  de: () => import('./de/chart.js'),
  fr: () => import('./fr/chart.js'),
});
