import type { CommonText } from '../common.js';
import { nlCustomers, nlPlural } from './words.js';

const nl: CommonText = {
  customers: 'Klanten',
  month: 'Maand',
  other: 'Overige',
  otherCount: (_n, shown) => `Overige (${shown})`,
  customerCount: nlCustomers,
  customerWord: (n) => nlPlural(n, 'klant', 'klanten'),
  memberLabel: (label, n, shown, pct) => `${label}: ${nlCustomers(n, shown)}, ${pct}`,
  range: (from, to) => `${from} tot en met ${to}`,
  loading: (what) => `${what} laden`,
  labelValue: (label, value) => `${label}: ${value}`,
};
export default nl;
