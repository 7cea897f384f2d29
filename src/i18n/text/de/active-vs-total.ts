import type { ActiveVsTotalText } from '../active-vs-total.js';

const de: ActiveVsTotalText = {
  title: 'Aktive Kunden',
  active: 'Aktive Kunden',
  total: 'Kunden gesamt',
  summary: (range, last, active, total) =>
    `Aktive Kunden im Verhältnis zu allen Kunden, ${range}; im ${last} waren ${active} von ${total} Kunden aktiv.`,
  caption: 'Aktive Kunden und Kunden gesamt pro Monat',
  loading: 'Aktive Kunden werden geladen',
};
export default de;
