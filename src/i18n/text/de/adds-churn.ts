import type { AddsChurnText } from '../adds-churn.js';

const de: AddsChurnText = {
  title: 'Zu- und Abgänge von Kunden',
  new: 'Neu',
  existing: 'Bestand',
  churned: 'Abgewandert',
  summary: (range, added, churned) => `Zu- und Abgänge von Kunden, ${range}: ${added} neu, ${churned} abgewandert.`,
  caption: 'Kunden pro Monat: neu, Bestand und abgewandert',
  loading: 'Zu- und Abgänge von Kunden werden geladen',
  view: 'Ansicht',
  views: { change: 'Neu und abgewandert', stacked: 'Gestapelte Summen' },
};
export default de;
