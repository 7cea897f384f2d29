import type { CommonText } from '../common.js';
import { deCustomers, dePlural } from './words.js';

const de: CommonText = {
  customers: 'Kunden',
  month: 'Monat',
  other: 'Sonstige',
  otherCount: (_n, shown) => `Sonstige (${shown})`,
  customerCount: deCustomers,
  customerWord: (n) => dePlural(n, 'Kunde', 'Kunden'),
  memberLabel: (label, n, shown, pct) => `${label}: ${deCustomers(n, shown)}, ${pct}`,
  range: (from, to) => `${from} bis ${to}`,
  loading: (what) => `Wird geladen: ${what}`,
  labelValue: (label, value) => `${label}: ${value}`,
};
export default de;
