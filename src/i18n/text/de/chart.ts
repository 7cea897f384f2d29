import type { ChartText } from '../chart.js';

const de: ChartText = {
  series: 'Datenreihen',
  monthsShown: 'Angezeigte Monate',
  firstMonth: 'Erster angezeigter Monat',
  lastMonth: 'Letzter angezeigter Monat',
  months: 'Monate',
};
export default de;
