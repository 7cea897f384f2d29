import { enCustomers, enPlural, nlCustomers, nlPlural } from '../words.js';
import { defineText } from '../define-text.js';

/** Words several widgets share. */
export const common = defineText({
  en: {
    customers: 'Customers',
    month: 'Month',
    other: 'Other',
    /** The "Other" stack of a trend, with how many members it holds. */
    otherCount: (_n: number, shown: string) => `Other (${shown})`,
    /** "1 customer", "812 customers". */
    customerCount: enCustomers,
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
  },
  nl: {
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
  },
});
