import { defineText } from '../define-text.js';

/** The charts' controls (`charts/controls.ts`) and the month chart's keyboard months. */
const en = {
  series: 'Series',
  monthsShown: 'Months shown',
  firstMonth: 'First month shown',
  lastMonth: 'Last month shown',
  /** The month chart's group of months (one button each, for the keyboard). */
  months: 'Months',
};
export type ChartText = typeof en;

export const chart = defineText('chart', en, {
  nl: () => import('./nl/chart.js'),
  de: () => import('./de/chart.js'),
  fr: () => import('./fr/chart.js'),
});
