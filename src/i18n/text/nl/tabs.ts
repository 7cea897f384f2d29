import type { TabsText } from '../tabs.js';

const nl: TabsText = {
  title: 'Klantendistributie',
  tabs: 'Klanten uitsplitsen naar',
  switch: 'Weergeven',
  legend: 'Leden weergeven of verbergen',
  allHidden: 'Alle leden zijn verborgen: zet er in de legenda een weer aan.',
  overlap: (total) => `Een klant kan onder meerdere leden vallen, dus de aandelen komen samen op meer dan 100% van de ${total} klanten.`,
};
export default nl;
