import type { CommonText } from '../common.js';
import { COLON, deFr, frCustomers, frPlural } from './words.js';

const fr: CommonText = {
  customers: 'Clients',
  month: 'Mois',
  other: 'Autres',
  otherCount: (_n, shown) => `Autres (${shown})`,
  customerCount: frCustomers,
  customerWord: (n) => frPlural(n, 'client', 'clients'),
  memberLabel: (label, n, shown, pct) => `${label}${COLON} ${frCustomers(n, shown)}, ${pct}`,
  range: (from, to) => `${deFr(from)} à ${to}`,
  loading: (what) => `Chargement${COLON} ${what}`,
  labelValue: (label, value) => `${label}${COLON} ${value}`,
};
export default fr;
