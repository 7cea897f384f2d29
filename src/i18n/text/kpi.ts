import { enPlural } from '../words.js';
import { defineText } from '../define-text.js';

const en = {
  title: {
    customers: 'Customers',
    active: 'Active customers',
    added: 'Customers added',
    churned: 'Customers churned',
    subscriptions: 'Subscriptions',
    products: 'Customers by product',
  },
  overMonths: (n: number) => `over ${n} ${enPlural(n, 'month', 'months')}`,
  changeUndefined: (over: string) => `change ${over} not defined`,
  unchanged: (over: string) => `unchanged ${over}`,
  up: (pct: string, over: string) => `up ${pct} ${over}`,
  down: (pct: string, over: string) => `down ${pct} ${over}`,
  /** In the headline sentence. */
  churnRate: (pct: string) => `churn ${pct}`,
  /** Beside the figure: "Churn 4.2%". */
  churn: 'Churn',
  net: 'Net',
  /** "Target 5,000" (the target formatted). */
  target: (value: string) => `Target ${value}`,
  /** After the progress: whether the target is met (`up`: reached; `down`: kept under). */
  targetStatus: { reached: 'target reached', below: 'below target', within: 'within target', over: 'over target' },
};
export type KpiText = typeof en;

export const kpi = defineText('kpi', en, {
  nl: () => import('./nl/kpi.js'),
  de: () => import('./de/kpi.js'),
  fr: () => import('./fr/kpi.js'),
});
