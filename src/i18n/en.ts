/**
 * English UI text: the catalogue that defines the keys. Every other language's catalogue has
 * the type `Messages` (this object's type), so a missing or extra key is a type error.
 * Messages with parameters are functions; counts pass both the number (for the plural form)
 * and its text as formatted for the locale in force (`formatNumber`), so a catalogue never
 * formats numbers itself. DOM-free, Lit-free.
 */
import { plural } from './plural.js';

/** The figures of the map and grid (as `GeoMetric` in `core/geo/table.ts`). */
export type GeoMetricKey = 'customers' | 'active' | 'added';

const n_ = (n: number, one: string, other: string) => plural('en', n, { one, other });
const customers = (n: number, shown: string) => `${shown} ${n_(n, 'customer', 'customers')}`;
const geoMetric: Record<GeoMetricKey, string> = { customers: 'customers', active: 'active', added: 'added' };
const mapMetric: Record<GeoMetricKey, string> = {
  customers: 'current customers',
  active: 'active customers',
  added: 'added customers',
};

export const en = {
  /** Loading, empty and error states (`elements/shared/states.ts`). */
  state: {
    loading: 'Loading…',
    empty: 'No customers in this range.',
    errorTitle: "Couldn't load the data.",
    retry: 'Retry',
  },

  /** What went wrong with the data (`describeError`); same words as the errors' `message`. */
  error: {
    network: 'Could not reach the data endpoint. Check the connection and the endpoint URL, then retry.',
    http: (status: number, detail?: string) =>
      detail
        ? `The endpoint answered ${status}: ${detail}`
        : `The endpoint answered ${status}${status === 401 || status === 403 ? ': check the credentials given to the widget' : ''}.`,
    /** `issue` is technical (a path into the answer) and stays as the client wrote it. */
    invalid: (issue: string) => `The endpoint's answer does not match the data contract (${issue}).`,
    notJson: "The endpoint's answer does not match the data contract (the answer is not JSON).",
    unknown: 'Something went wrong while loading the data.',
  },

  /** Words several widgets share. */
  common: {
    customers: 'Customers',
    month: 'Month',
    other: 'Other',
    /** The "Other" stack of a trend, with how many members it holds. */
    otherCount: (_n: number, shown: string) => `Other (${shown})`,
    /** "1 customer", "812 customers". */
    customerCount: customers,
    /** "customer" / "customers" alone, after a figure shown apart. */
    customerWord: (n: number) => n_(n, 'customer', 'customers'),
    /** A member with its count and share: "Microsoft 365: 80 customers, 80%". */
    memberLabel: (label: string, n: number, shown: string, pct: string) => `${label}: ${customers(n, shown)}, ${pct}`,
    /** A month range: "January 2026 to June 2026". */
    range: (from: string, to: string) => `${from} to ${to}`,
    /** The accessible name of a skeleton: "Loading Customers by product". */
    loading: (what: string) => `Loading ${what}`,
    /** "Customers: 812". */
    labelValue: (label: string, value: string) => `${label}: ${value}`,
  },

  /** Names of the contract's dimensions, as tab and legend titles. */
  dimension: {
    market: 'Market',
    segment: 'Segment',
    partnerLocation: 'Partner location',
    salesChannel: 'Sales channel',
    pricingModel: 'Azure pricing model',
    attributionType: 'Attribution type',
    product: 'Product',
    sku: 'SKU',
  },

  /** The chart adapter's controls (`charts/controls.ts`). */
  chart: {
    series: 'Series',
    monthsShown: 'Months shown',
    firstMonth: 'First month shown',
    lastMonth: 'Last month shown',
  },

  kpi: {
    title: {
      customers: 'Customers',
      active: 'Active customers',
      added: 'Customers added',
      churned: 'Customers churned',
      products: 'Customers by product',
    },
    fallbackTitle: 'KPI',
    overMonths: (n: number) => `over ${n} ${n_(n, 'month', 'months')}`,
    changeUndefined: (over: string) => `change ${over} not defined`,
    unchanged: (over: string) => `unchanged ${over}`,
    up: (pct: string, over: string) => `up ${pct} ${over}`,
    down: (pct: string, over: string) => `down ${pct} ${over}`,
    /** In the headline sentence. */
    churnRate: (pct: string) => `churn ${pct}`,
    /** Beside the figure: "Churn 4.2%". */
    churn: 'Churn',
    net: 'Net',
    unknownMetric: (metric: string, known: string) => `Unknown metric "${metric}": use one of ${known}.`,
  },

  activeVsTotal: {
    title: 'Active customers',
    active: 'Active customers',
    total: 'Total customers',
    summary: (range: string, last: string, active: string, total: string) =>
      `Active customers against total customers, ${range}; in ${last} ${active} of ${total} were active.`,
    caption: 'Active and total customers per month',
    loading: 'Loading active customers',
  },

  addsChurn: {
    title: 'Customer adds and churns',
    new: 'New',
    existing: 'Existing',
    churned: 'Churned',
    summary: (range: string, added: string, churned: string) =>
      `Customer adds and churns, ${range}: ${added} new, ${churned} churned.`,
    caption: 'Customers per month: new, existing and churned',
    loading: 'Loading customer adds and churns',
  },

  trend: {
    title: 'Customer distribution trend',
    tabs: 'Break down by',
    members: 'Members',
    caption: (dimension: string) => `Customers per month by ${dimension.toLowerCase()}`,
    summary: (dimension: string, range: string, stacks: number) =>
      `Customers per ${dimension.toLowerCase()}, ${range}, ${stacks} ${n_(stacks, 'stack', 'stacks')}.`,
    loading: (dimension: string) => `Loading customers per ${dimension.toLowerCase()}`,
  },

  tabs: {
    title: 'Customer distribution',
    tabs: 'Break customers down by',
    switch: 'Show',
    legend: 'Show or hide members',
    allHidden: 'Every member is hidden: turn one back on in the legend.',
    overlap: (total: string) =>
      `A customer can count under several members, so the shares add up to more than 100% of the ${total} customers.`,
  },

  sunburst: {
    title: 'Customers by product',
    products: 'Products',
    skusOf: (product: string) => `SKUs of ${product}`,
    allProducts: 'All products',
    noSkus: 'No SKUs reported for this product.',
    /** A SKU's arc: "Office 365 E3: 50 customers, 62.5% of Microsoft 365". */
    skuLabel: (label: string, n: number, shown: string, pct: string, product: string) =>
      `${label}: ${customers(n, shown)}, ${pct} of ${product}`,
    footnote: (centre: string, ring?: string) =>
      `A customer with several products counts under each product (and with several SKUs, under each SKU), so the ring can add up to more than the ${centre} customers in the centre${ring ? ` (it adds up to ${ring})` : ''}.`,
  },

  geo: {
    title: 'Geographical spread',
    metric: { customers: 'Customers', active: 'Active', added: 'Added' } satisfies Record<GeoMetricKey, string>,
    metricSwitch: 'Metric',
    country: 'Country',
    mapLabel: (metric: GeoMetricKey) =>
      `World map of ${mapMetric[metric]} by country. The table lists every country.`,
    legend: (metric: GeoMetricKey) => `Colour scale: ${geoMetric[metric]} per country`,
    noData: 'No data',
    home: 'Home',
    search: 'Search countries',
    searchLabel: 'Search countries by name or code',
    count: (shown: string, total: number, totalShown: string) =>
      `${shown} of ${totalShown} ${n_(total, 'country', 'countries')}`,
    table: 'Customers by country',
    unknown: 'Unknown location: not on the map',
    noCode: '(no code)',
    loading: 'Loading customers by country',
    loadingMap: 'Loading the map',
    atlasError: (url: string, status?: number) =>
      `The world atlas could not be loaded${url ? ` (${url}${status ? `: HTTP ${status}` : ''})` : ''}.`,
  },
};

/** The shape of every catalogue. */
export type Messages = typeof en;
