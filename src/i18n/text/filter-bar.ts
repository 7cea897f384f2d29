import { defineText } from '../define-text.js';

/** `<filter-bar>`: date range, page filters, chips, Reset and Download. */
const en = {
  title: 'Filters',
  /** The disclosure that holds the controls on a narrow bar; `n` filters applied. */
  toggle: (n: number) => (n ? `Filters (${n})` : 'Filters'),
  /** The six page filters, as their toggles name them. */
  filters: {
    product: 'Products',
    market: 'Customer markets',
    attributionType: 'Attribution types',
    partnerLocation: 'Partner locations',
    salesChannel: 'Sales channels',
    segment: 'Customer segments',
  },
  range: 'Date range',
  lastMonths: (n: number) => `Last ${n} months`,
  custom: 'Custom',
  from: 'From',
  to: 'To',
  apply: 'Apply',
  order: 'The first month must not be after the last month.',
  tooLong: (months: number, max: number) => `A range can span at most ${max} months; this one spans ${months}.`,
  outside: (min: string, max: string) => `Choose months from ${min} to ${max}: there is no data outside them.`,
  /** A filter's toggle button with its count of selected values: "Product, 2 selected". */
  filterLabel: (name: string, n: number) => (n ? `${name}, ${n} selected` : `${name}, all`),
  search: (name: string) => `Search ${name.toLowerCase()}`,
  noMatch: 'No value matches the search.',
  noValues: 'No values in the data.',
  selected: (n: number, of: number) => `${n} of ${of} selected`,
  clear: 'Clear',
  applied: 'Applied filters',
  /** A chip: "Remove Product: Microsoft 365". */
  remove: (what: string) => `Remove ${what}`,
  /** A chip the user's sign-in sets (`/dimensions` `scope`): read after its name and value. */
  locked: 'locked by your sign-in',
  lockedHint: 'Your sign-in limits the data to this; it cannot be removed.',
  reset: 'Reset',
  resetLabel: 'Reset the date range and every filter',
  download: 'Download CSV',
  cancel: 'Cancel download',
  downloading: 'Downloading…',
  progress: (rows: string, size: string) => `${rows} rows received (${size})`,
  done: (rows: string, file: string) => `Downloaded ${rows} rows as ${file}.`,
  cancelled: 'Download cancelled.',
  failed: "Couldn't download the data.",
  /** How fresh the figures are: "Data as of 4 Dec 2026, 06:12" (the date and time formatted for the locale). */
  dataAsOf: (when: string) => `Data as of ${when}`,
  outsideContext: 'Place <filter-bar> inside a <filter-context>: it shows and changes that context’s filters.',
};
export type FilterBarText = typeof en;

export const filterBar = defineText('filterBar', en, {
  nl: () => import('./nl/filter-bar.js'),
  de: () => import('./de/filter-bar.js'),
  fr: () => import('./fr/filter-bar.js'),
});
