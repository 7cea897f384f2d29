import type { GeoText } from '../geo.js';
import { COLON, frCustomers, frGeoMetric, frMapMetric } from './words.js';

const fr: GeoText = {
  title: 'Répartition géographique',
  metric: { customers: 'Clients', active: 'Actifs', added: 'Nouveaux' },
  metricSwitch: 'Indicateur',
  country: 'Pays',
  mapLabel: (metric) => `Carte du monde des ${frMapMetric[metric]} par pays. Le tableau liste tous les pays.`,
  legend: (metric) => `Échelle de couleurs${COLON} ${frGeoMetric[metric]} par pays`,
  noData: 'Aucune donnée',
  withData: 'Avec données',
  home: 'Monde',
  search: 'Rechercher un pays',
  searchLabel: 'Rechercher un pays par nom ou par code',
  // "pays" is the same in the singular and the plural.
  summary: (customers, customersShown, _countries, countriesShown) =>
    `${frCustomers(customers, customersShown)} dans ${countriesShown} pays`,
  count: (shown, _total, totalShown) => `${shown} sur ${totalShown} pays`,
  table: 'Clients par pays',
  unknown: `Emplacement inconnu${COLON} absent de la carte`,
  noCode: '(sans code)',
  loading: 'Chargement des clients par pays',
  loadingMap: 'Chargement de la carte',
  atlasError: (url, status) =>
    `La carte du monde n’a pas pu être chargée${url ? ` (${url}${status ? `${COLON} HTTP ${status}` : ''})` : ''}.`,
};
export default fr;
