/**
 * Dutch UI text, in the words of Partner Center's Dutch "Klanten" dashboard. Typed as
 * `Messages`: a key missing here (or one English lacks) does not compile. DOM-free, Lit-free.
 */
import type { GeoMetricKey, Messages } from './en.js';
import { plural } from './plural.js';

const n_ = (n: number, one: string, other: string) => plural('nl', n, { one, other });
const customers = (n: number, shown: string) => `${shown} ${n_(n, 'klant', 'klanten')}`;
const geoMetric: Record<GeoMetricKey, string> = {
  customers: 'klanten',
  active: 'actieve klanten',
  added: 'toegevoegde klanten',
};

export const nl: Messages = {
  state: {
    loading: 'Laden…',
    empty: 'Geen klanten in deze periode.',
    errorTitle: 'Kon de gegevens niet laden.',
    retry: 'Opnieuw proberen',
  },

  error: {
    network:
      'Het gegevenseindpunt is niet bereikbaar. Controleer de verbinding en de URL van het eindpunt en probeer het opnieuw.',
    http: (status, detail) =>
      detail
        ? `Het eindpunt antwoordde met ${status}: ${detail}`
        : `Het eindpunt antwoordde met ${status}${status === 401 || status === 403 ? ': controleer de referenties die de widget heeft gekregen' : ''}.`,
    invalid: (issue) => `Het antwoord van het eindpunt komt niet overeen met het gegevenscontract (${issue}).`,
    notJson: 'Het antwoord van het eindpunt is geen JSON.',
    unknown: 'Er is iets misgegaan bij het laden van de gegevens.',
  },

  common: {
    customers: 'Klanten',
    month: 'Maand',
    other: 'Overige',
    otherCount: (_n, shown) => `Overige (${shown})`,
    customerCount: customers,
    customerWord: (n) => n_(n, 'klant', 'klanten'),
    memberLabel: (label, n, shown, pct) => `${label}: ${customers(n, shown)}, ${pct}`,
    range: (from, to) => `${from} tot en met ${to}`,
    loading: (what) => `${what} laden`,
    labelValue: (label, value) => `${label}: ${value}`,
  },

  dimension: {
    market: 'Markt',
    segment: 'Segment',
    partnerLocation: 'Partnerlocatie',
    salesChannel: 'Verkoopkanaal',
    pricingModel: 'Azure-prijsmodel',
    attributionType: 'Toeschrijvingstype',
    product: 'Product',
    sku: 'SKU',
  },

  chart: {
    series: 'Reeksen',
    monthsShown: 'Weergegeven maanden',
    firstMonth: 'Eerste weergegeven maand',
    lastMonth: 'Laatste weergegeven maand',
  },

  kpi: {
    title: {
      customers: 'Klanten',
      active: 'Actieve klanten',
      added: 'Toegevoegde klanten',
      churned: 'Verloren klanten',
      products: 'Klanten per product',
    },
    fallbackTitle: 'KPI',
    overMonths: (n) => `in ${n} ${n_(n, 'maand', 'maanden')}`,
    changeUndefined: (over) => `verandering ${over} niet te bepalen`,
    unchanged: (over) => `ongewijzigd ${over}`,
    up: (pct, over) => `een stijging van ${pct} ${over}`,
    down: (pct, over) => `een daling van ${pct} ${over}`,
    churnRate: (pct) => `verloop ${pct}`,
    churn: 'Verloop',
    net: 'Netto',
    unknownMetric: (metric, known) => `Onbekende meetwaarde "${metric}": gebruik een van ${known}.`,
  },

  activeVsTotal: {
    title: 'Actieve klanten',
    active: 'Actieve klanten',
    total: 'Totaal aantal klanten',
    summary: (range, last, active, total) =>
      `Actieve klanten tegenover het totaal aantal klanten, ${range}; in ${last} waren ${active} van de ${total} klanten actief.`,
    caption: 'Actieve klanten en totaal aantal klanten per maand',
    loading: 'Actieve klanten laden',
  },

  addsChurn: {
    title: 'Klanttoevoegingen en -verloop',
    new: 'Nieuw',
    existing: 'Bestaand',
    churned: 'Verloren',
    summary: (range, added, churned) => `Klanttoevoegingen en -verloop, ${range}: ${added} nieuw, ${churned} verloren.`,
    caption: 'Klanten per maand: nieuw, bestaand en verloren',
    loading: 'Klanttoevoegingen en -verloop laden',
  },

  trend: {
    title: 'Trend klantendistributie',
    tabs: 'Uitsplitsen naar',
    members: 'Leden',
    caption: (dimension) => `Klanten per maand per ${dimension.toLowerCase()}`,
    summary: (dimension, range, stacks) =>
      `Klanten per ${dimension.toLowerCase()}, ${range}, ${stacks} ${n_(stacks, 'stapel', 'stapels')}.`,
    loading: (dimension) => `Klanten per ${dimension.toLowerCase()} laden`,
  },

  tabs: {
    title: 'Klantendistributie',
    tabs: 'Klanten uitsplitsen naar',
    switch: 'Weergeven',
    legend: 'Leden weergeven of verbergen',
    allHidden: 'Alle leden zijn verborgen: zet er in de legenda een weer aan.',
    overlap: (total) =>
      `Een klant kan onder meerdere leden vallen, dus de aandelen komen samen op meer dan 100% van de ${total} klanten.`,
  },

  sunburst: {
    title: 'Klanten per product',
    products: 'Producten',
    skusOf: (product) => `SKU's van ${product}`,
    allProducts: 'Alle producten',
    noSkus: "Geen SKU's gemeld voor dit product.",
    skuLabel: (label, n, shown, pct, product) => `${label}: ${customers(n, shown)}, ${pct} van ${product}`,
    footnote: (centre, ring) =>
      `Een klant met meerdere producten telt mee bij elk product (en met meerdere SKU's bij elke SKU), dus de ring kan op meer uitkomen dan de ${centre} klanten in het midden${ring ? ` (samen ${ring})` : ''}.`,
  },

  geo: {
    title: 'Geografische spreiding',
    metric: { customers: 'Klanten', active: 'Actief', added: 'Toegevoegd' },
    metricSwitch: 'Meetwaarde',
    country: 'Land',
    mapLabel: (metric) => `Wereldkaart van de ${geoMetric[metric]} per land. De tabel bevat alle landen.`,
    legend: (metric) => `Kleurschaal: ${geoMetric[metric]} per land`,
    noData: 'Geen gegevens',
    home: 'Wereld',
    search: 'Zoek landen',
    searchLabel: 'Zoek landen op naam of code',
    count: (shown, total, totalShown) => `${shown} van ${totalShown} ${n_(total, 'land', 'landen')}`,
    table: 'Klanten per land',
    unknown: 'Onbekende locatie: niet op de kaart',
    noCode: '(geen code)',
    loading: 'Klanten per land laden',
    loadingMap: 'Kaart laden',
    atlasError: (url, status) =>
      `De wereldkaart kon niet worden geladen${url ? ` (${url}${status ? `: HTTP ${status}` : ''})` : ''}.`,
  },
};
