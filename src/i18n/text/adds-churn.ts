import { defineText } from '../define-text.js';

const en = {
  title: 'Customer adds and churns',
  new: 'New',
  existing: 'Existing',
  churned: 'Churned',
  summary: (range: string, added: string, churned: string) => `Customer adds and churns, ${range}: ${added} new, ${churned} churned.`,
  caption: 'Customers per month: new, existing and churned',
  loading: 'Loading customer adds and churns',
  view: 'View',
  views: { change: 'New and churned', stacked: 'Stacked totals' } satisfies Record<'change' | 'stacked', string>,
};
export type AddsChurnText = typeof en;

export const addsChurn = defineText('addsChurn', en, {
  nl: () => import('./nl/adds-churn.js'),
  de: () => import('./de/adds-churn.js'),
  fr: () => import('./fr/adds-churn.js'),
});
