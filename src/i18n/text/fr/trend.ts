import type { TrendText } from '../trend.js';
import { frPlural } from './words.js';

const fr: TrendText = {
  title: 'Évolution de la répartition des clients',
  tabs: 'Ventiler par',
  members: 'Éléments',
  caption: (dimension) => `Clients par mois et par ${dimension.toLowerCase()}`,
  summary: (dimension, range, stacks) =>
    `Clients par ${dimension.toLowerCase()}, ${range}, ${stacks} ${frPlural(stacks, 'pile', 'piles')}.`,
  loading: (dimension) => `Chargement des clients par ${dimension.toLowerCase()}`,
};
export default fr;
