import { enPlural } from '../words.js';
import { defineText } from '../define-text.js';

/** `compare="previous-period | previous-year"`: what a figure is compared with (every widget). */
const en = {
  /** Before the change: "vs previous 12 months", "vs a year earlier". */
  versus: {
    'previous-period': (n: number) => `vs previous ${n} ${enPlural(n, 'month', 'months')}`,
    'previous-year': (_n: number) => 'vs a year earlier',
  },
  /** The comparison range as a noun, after "no data for". */
  period: { 'previous-period': 'the previous period', 'previous-year': 'the same months a year earlier' },
  /** The endpoint's data starts inside the comparison range: "no data for the previous period before Mar 2025". */
  noDataBefore: (period: string, month: string) => `no data for ${period} before ${month}`,
  /** The endpoint holds nothing of the comparison range. */
  noData: (period: string) => `no data for ${period}`,
  /** The comparison's request failed. */
  unavailable: 'comparison not available',
  /** A table's column of the comparison range's figures: "Customers, previous period". */
  previousOf: {
    'previous-period': (what: string) => `${what}, previous period`,
    'previous-year': (what: string) => `${what}, a year earlier`,
  },
  /** The month of the comparison range beside each month (a KPI tile's table). */
  comparedMonth: 'Compared month',
  /** A column of changes: "Change". */
  change: 'Change',
};
export type CompareText = typeof en;

export const compare = defineText('compare', en, {
  nl: () => import('./nl/compare.js'),
  de: () => import('./de/compare.js'),
  fr: () => import('./fr/compare.js'),
});
