import type { ChartText } from '../chart.js';

const fr: ChartText = {
  series: 'Séries',
  monthsShown: 'Mois affichés',
  firstMonth: 'Premier mois affiché',
  lastMonth: 'Dernier mois affiché',
  months: 'Mois',
};
export default fr;
