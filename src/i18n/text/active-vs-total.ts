import { defineText } from '../define-text.js';

const en = {
  title: 'Active customers',
  active: 'Active customers',
  total: 'Total customers',
  summary: (range: string, last: string, active: string, total: string) =>
    `Active customers against total customers, ${range}; in ${last} ${active} of ${total} were active.`,
  caption: 'Active and total customers per month',
  loading: 'Loading active customers',
};
export type ActiveVsTotalText = typeof en;

export const activeVsTotal = defineText('activeVsTotal', en, {
  nl: () => import('./nl/active-vs-total.js'),
  de: () => import('./de/active-vs-total.js'),
  fr: () => import('./fr/active-vs-total.js'),
});
