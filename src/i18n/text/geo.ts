import { enGeoMetric, enMapMetric, enPlural, nlGeoMetric, nlPlural, type GeoMetricKey } from '../words.js';
import { defineText } from '../define-text.js';

export const geo = defineText({
  en: {
    title: 'Geographical spread',
    metric: { customers: 'Customers', active: 'Active', added: 'Added' } satisfies Record<GeoMetricKey, string>,
    metricSwitch: 'Metric',
    country: 'Country',
    mapLabel: (metric: GeoMetricKey) =>
      `World map of ${enMapMetric[metric]} by country. The table lists every country.`,
    legend: (metric: GeoMetricKey) => `Colour scale: ${enGeoMetric[metric]} per country`,
    noData: 'No data',
    home: 'Home',
    search: 'Search countries',
    searchLabel: 'Search countries by name or code',
    count: (shown: string, total: number, totalShown: string) =>
      `${shown} of ${totalShown} ${enPlural(total, 'country', 'countries')}`,
    table: 'Customers by country',
    unknown: 'Unknown location: not on the map',
    noCode: '(no code)',
    loading: 'Loading customers by country',
    loadingMap: 'Loading the map',
    atlasError: (url: string, status?: number) =>
      `The world atlas could not be loaded${url ? ` (${url}${status ? `: HTTP ${status}` : ''})` : ''}.`,
  },
  nl: {
    title: 'Geografische spreiding',
    metric: { customers: 'Klanten', active: 'Actief', added: 'Toegevoegd' },
    metricSwitch: 'Meetwaarde',
    country: 'Land',
    mapLabel: (metric) => `Wereldkaart van de ${nlGeoMetric[metric]} per land. De tabel bevat alle landen.`,
    legend: (metric) => `Kleurschaal: ${nlGeoMetric[metric]} per land`,
    noData: 'Geen gegevens',
    home: 'Wereld',
    search: 'Zoek landen',
    searchLabel: 'Zoek landen op naam of code',
    count: (shown, total, totalShown) => `${shown} van ${totalShown} ${nlPlural(total, 'land', 'landen')}`,
    table: 'Klanten per land',
    unknown: 'Onbekende locatie: niet op de kaart',
    noCode: '(geen code)',
    loading: 'Klanten per land laden',
    loadingMap: 'Kaart laden',
    atlasError: (url, status) =>
      `De wereldkaart kon niet worden geladen${url ? ` (${url}${status ? `: HTTP ${status}` : ''})` : ''}.`,
  },
});
