import { defineText } from '../define-text.js';

/** The chart adapter's controls (`charts/controls.ts`). */
const en = {
  series: 'Series',
  monthsShown: 'Months shown',
  firstMonth: 'First month shown',
  lastMonth: 'Last month shown',
};
export type ChartText = typeof en;

export const chart = defineText('chart', en, {
  nl: () => import('./nl/chart.js'),
  de: () => import('./de/chart.js'),
  fr: () => import('./fr/chart.js'),
});
