import type { TabsText } from '../tabs.js';
import { COLON } from './words.js';

const fr: TabsText = {
  title: 'Répartition des clients',
  tabs: 'Ventiler les clients par',
  switch: 'Afficher',
  legend: 'Afficher ou masquer des éléments',
  allHidden: `Tous les éléments sont masqués${COLON} réactivez-en un dans la légende.`,
  overlap: (total) =>
    `Un client peut compter dans plusieurs éléments${COLON} la somme des parts dépasse donc 100\u00a0% des ${total} clients.`,
};
export default fr;
