import type { GeoText } from '../geo.js';
import { deCustomers, deGeoMetric, deMapMetric, dePlural } from './words.js';

const de: GeoText = {
  title: 'Geografische Verteilung',
  metric: { customers: 'Kunden', active: 'Aktiv', added: 'Neu' },
  metricSwitch: 'Kennzahl',
  country: 'Land',
  mapLabel: (metric) => `Weltkarte der ${deMapMetric[metric]} nach Land. Die Tabelle führt alle Länder auf.`,
  legend: (metric) => `Farbskala: ${deGeoMetric[metric]} pro Land`,
  noData: 'Keine Daten',
  withData: 'Mit Daten',
  home: 'Welt',
  search: 'Länder suchen',
  searchLabel: 'Länder nach Name oder Code suchen',
  summary: (customers, customersShown, countries, countriesShown) =>
    `${deCustomers(customers, customersShown)} in ${countriesShown} ${dePlural(countries, 'Land', 'Ländern')}`,
  count: (shown, total, totalShown) => `${shown} von ${totalShown} ${dePlural(total, 'Land', 'Ländern')}`,
  table: 'Kunden nach Land',
  unknown: 'Unbekannter Standort: nicht auf der Karte',
  noCode: '(kein Code)',
  loading: 'Kunden nach Land werden geladen',
  loadingMap: 'Karte wird geladen',
  atlasError: (url, status) => `Die Weltkarte konnte nicht geladen werden${url ? ` (${url}${status ? `: HTTP ${status}` : ''})` : ''}.`,
};
export default de;
