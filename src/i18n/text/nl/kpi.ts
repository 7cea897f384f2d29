import type { KpiText } from '../kpi.js';
import { nlPlural } from './words.js';

const nl: KpiText = {
  title: {
    customers: 'Klanten',
    active: 'Actieve klanten',
    added: 'Toegevoegde klanten',
    churned: 'Verloren klanten',
    subscriptions: 'Abonnementen',
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
  target: (value) => `Doel ${value}`,
  targetStatus: { reached: 'doel gehaald', below: 'onder doel', within: 'binnen doel', over: 'boven doel' },
};
export default nl;
