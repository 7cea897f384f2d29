import { enPlural, nlPlural } from '../words.js';
import { defineText } from '../define-text.js';

export const kpi = defineText({
  en: {
    title: {
      customers: 'Customers',
      active: 'Active customers',
      added: 'Customers added',
      churned: 'Customers churned',
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
  },
  nl: {
    title: {
      customers: 'Klanten',
      active: 'Actieve klanten',
      added: 'Toegevoegde klanten',
      churned: 'Verloren klanten',
      products: 'Klanten per product',
    },
    overMonths: (n) => `in ${n} ${nlPlural(n, 'maand', 'maanden')}`,
    changeUndefined: (over) => `verandering ${over} niet te bepalen`,
    unchanged: (over) => `ongewijzigd ${over}`,
    up: (pct, over) => `een stijging van ${pct} ${over}`,
    down: (pct, over) => `een daling van ${pct} ${over}`,
    churnRate: (pct) => `verloop ${pct}`,
    churn: 'Verloop',
    net: 'Netto',
  },
});
