import type { ChartText } from '../chart.js';
import { COLON } from './words.js';

const fr: ChartText = {
  series: 'Séries',
  monthsShown: 'Mois affichés',
  firstMonth: 'Premier mois affiché',
  lastMonth: 'Dernier mois affiché',
  months: 'Mois',
  withPrevious: (previous, change) => (change ? `avant${COLON} ${previous}, ${change}` : `avant${COLON} ${previous}`),
  previousUnknown: 'aucune donnée',
  // "mois" is the same in the singular and the plural.
  comparison: {
    'previous-period': (n) => (n === 1 ? 'Mois précédent' : `${n} mois précédents`),
    'previous-year': () => 'Un an plus tôt',
  },
};
export default fr;
