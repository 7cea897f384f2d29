import type { GeoText } from '../geo.js';
import { nlCustomers, nlGeoMetric, nlPlural } from './words.js';

const nl: GeoText = {
  title: 'Geografische spreiding',
  metric: { customers: 'Klanten', active: 'Actief', added: 'Toegevoegd' },
  metricSwitch: 'Meetwaarde',
  country: 'Land',
  mapLabel: (metric) => `Wereldkaart van de ${nlGeoMetric[metric]} per land. De tabel bevat alle landen.`,
  legend: (metric) => `Kleurschaal: ${nlGeoMetric[metric]} per land`,
  noData: 'Geen gegevens',
  withData: 'Met gegevens',
  home: 'Wereld',
  search: 'Zoek landen',
  searchLabel: 'Zoek landen op naam of code',
  summary: (customers, customersShown, countries, countriesShown) =>
    `${nlCustomers(customers, customersShown)} in ${countriesShown} ${nlPlural(countries, 'land', 'landen')}`,
  count: (shown, total, totalShown) => `${shown} van ${totalShown} ${nlPlural(total, 'land', 'landen')}`,
  table: 'Klanten per land',
  unknown: 'Onbekende locatie: niet op de kaart',
  noCode: '(geen code)',
  loading: 'Klanten per land laden',
  loadingMap: 'Kaart laden',
  atlasError: (url, status) => `De wereldkaart kon niet worden geladen${url ? ` (${url}${status ? `: HTTP ${status}` : ''})` : ''}.`,
};
export default nl;
