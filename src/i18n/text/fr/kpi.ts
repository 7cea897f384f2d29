import type { KpiText } from '../kpi.js';

const fr: KpiText = {
  title: {
    customers: 'Clients',
    active: 'Clients actifs',
    added: 'Nouveaux clients',
    churned: 'Clients perdus',
    subscriptions: 'Abonnements',
    products: 'Clients par produit',
  },
  // "mois" is the same in the singular and the plural.
  overMonths: (n) => `sur ${n} mois`,
  changeUndefined: (over) => `variation ${over} non définie`,
  unchanged: (over) => `stable ${over}`,
  up: (pct, over) => `en hausse de ${pct} ${over}`,
  down: (pct, over) => `en baisse de ${pct} ${over}`,
  churnRate: (pct) => `taux d’attrition ${pct}`,
  churn: 'Attrition',
  net: 'Solde net',
  target: (value) => `Objectif ${value}`,
  targetStatus: { reached: 'objectif atteint', below: 'sous l’objectif', within: 'dans l’objectif', over: 'au-dessus de l’objectif' },
};
export default fr;
