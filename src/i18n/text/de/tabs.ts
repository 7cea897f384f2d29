import type { TabsText } from '../tabs.js';

const de: TabsText = {
  title: 'Kundenverteilung',
  tabs: 'Kunden aufschlüsseln nach',
  switch: 'Anzeigen',
  legend: 'Einträge ein- oder ausblenden',
  allHidden: 'Alle Einträge sind ausgeblendet: Blenden Sie in der Legende wieder einen ein.',
  overlap: (total) =>
    `Ein Kunde kann unter mehreren Einträgen zählen, daher ergeben die Anteile zusammen mehr als 100\u00a0% der ${total} Kunden.`,
};
export default de;
