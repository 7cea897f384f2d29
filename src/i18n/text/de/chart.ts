import type { ChartText } from '../chart.js';
import { dePlural } from './words.js';

const de: ChartText = {
  series: 'Datenreihen',
  monthsShown: 'Angezeigte Monate',
  firstMonth: 'Erster angezeigter Monat',
  lastMonth: 'Letzter angezeigter Monat',
  months: 'Monate',
  withPrevious: (previous, change) => (change ? `zuvor: ${previous}, ${change}` : `zuvor: ${previous}`),
  previousUnknown: 'keine Daten',
  comparison: {
    'previous-period': (n) => `Vorherige ${n} ${dePlural(n, 'Monat', 'Monate')}`,
    'previous-year': () => 'Ein Jahr früher',
  },
};
export default de;
