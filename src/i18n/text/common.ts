import { enCustomers, enPlural } from '../words.js';
import { defineText } from '../define-text.js';

/** Words several widgets share. */
const en = {
  customers: 'Customers',
  month: 'Month',
  other: 'Other',
  /** The "Other" stack of a trend, with how many members it holds. */
  otherCount: (_n: number, shown: string) => `Other (${shown})`,
  /** "1 customer", "812 customers" (`shown` is `n` formatted). */
  customerCount: (n: number, shown: string) => enCustomers(n, shown),
  /** "customer" / "customers" alone, after a figure shown apart. */
  customerWord: (n: number) => enPlural(n, 'customer', 'customers'),
  /** A member with its count and share: "Microsoft 365: 80 customers, 80%". */
  memberLabel: (label: string, n: number, shown: string, pct: string) => `${label}: ${enCustomers(n, shown)}, ${pct}`,
  /** A month range: "January 2026 to June 2026". */
  range: (from: string, to: string) => `${from} to ${to}`,
  /** The accessible name of a skeleton: "Loading Customers by product". */
  loading: (what: string) => `Loading ${what}`,
  /** "Customers: 812". */
  labelValue: (label: string, value: string) => `${label}: ${value}`,
};
export type CommonText = typeof en;

export const common = defineText('common', en, {
  nl: () => import('./nl/common.js'),
  de: () => import('./de/common.js'),
  fr: () => import('./fr/common.js'),
});
