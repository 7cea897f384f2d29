import type { AddsChurnText } from '../adds-churn.js';
import { COLON } from './words.js';

const fr: AddsChurnText = {
  title: 'Clients gagnés et perdus',
  new: 'Nouveaux',
  existing: 'Existants',
  churned: 'Perdus',
  // "nouveaux : 1" rather than "1 nouveaux": the figures come formatted, without their plural.
  summary: (range, added, churned) => `Clients gagnés et perdus, ${range}${COLON} nouveaux${COLON} ${added}, perdus${COLON} ${churned}.`,
  caption: `Clients par mois${COLON} nouveaux, existants et perdus`,
  loading: 'Chargement des clients gagnés et perdus',
  view: 'Vue',
  views: { change: 'Nouveaux et perdus', stacked: 'Totaux empilés' },
};
export default fr;
