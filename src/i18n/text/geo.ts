import { enCustomers, enGeoMetric, enMapMetric, enPlural, type GeoMetricKey } from '../words.js';
import { defineText } from '../define-text.js';

const en = {
  title: 'Geographical spread',
  metric: { customers: 'Customers', active: 'Active', added: 'Added' } satisfies Record<GeoMetricKey, string>,
  metricSwitch: 'Metric',
  country: 'Country',
  /** `metric`: `customers`, `active` or `added`. */
  mapLabel: (metric: GeoMetricKey) => `World map of ${enMapMetric[metric]} by country. The table lists every country.`,
  legend: (metric: GeoMetricKey) => `Colour scale: ${enGeoMetric[metric]} per country`,
  noData: 'No data',
  /** The legend's one step when every country with data has the same colour. */
  withData: 'With data',
  home: 'Home',
  search: 'Search countries',
  searchLabel: 'Search countries by name or code',
  /** "3 of 120 countries" (`shown`, `totalShown` formatted; `total` picks the plural). */
  count: (shown: string, total: number, totalShown: string) => `${shown} of ${totalShown} ${enPlural(total, 'country', 'countries')}`,
  table: 'Customers by country',
  /** The widget's headline: "600 customers in 38 countries" (`…Shown` formatted). */
  summary: (customers: number, customersShown: string, countries: number, countriesShown: string) =>
    `${enCustomers(customers, customersShown)} in ${countriesShown} ${enPlural(countries, 'country', 'countries')}`,
  unknown: 'Unknown location: not on the map',
  noCode: '(no code)',
  loading: 'Loading customers by country',
  loadingMap: 'Loading the map',
  atlasError: (url: string, status?: number) =>
    `The world atlas could not be loaded${url ? ` (${url}${status ? `: HTTP ${status}` : ''})` : ''}.`,
};
export type GeoText = typeof en;

export const geo = defineText('geo', en, {
  nl: () => import('./nl/geo.js'),
  de: () => import('./de/geo.js'),
  fr: () => import('./fr/geo.js'),
});
