import type { KpiText } from '../kpi.js';
import { dePlural } from './words.js';

const de: KpiText = {
  title: {
    customers: 'Kunden',
    active: 'Aktive Kunden',
    added: 'Neue Kunden',
    churned: 'Abgewanderte Kunden',
    subscriptions: 'Abonnements',
    products: 'Kunden nach Produkt',
  },
  overMonths: (n) => `in ${n} ${dePlural(n, 'Monat', 'Monaten')}`,
  changeUndefined: (over) => `Veränderung ${over} nicht bestimmbar`,
  unchanged: (over) => `unverändert ${over}`,
  up: (pct, over) => `Anstieg um ${pct} ${over}`,
  down: (pct, over) => `Rückgang um ${pct} ${over}`,
  churnRate: (pct) => `Abwanderungsrate ${pct}`,
  churn: 'Abwanderung',
  net: 'Netto',
  target: (value) => `Ziel ${value}`,
  targetStatus: { reached: 'Ziel erreicht', below: 'unter Ziel', within: 'im Ziel', over: 'über Ziel' },
};
export default de;
