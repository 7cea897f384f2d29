import type { ChartText } from '../chart.js';

const nl: ChartText = {
  series: 'Reeksen',
  monthsShown: 'Weergegeven maanden',
  firstMonth: 'Eerste weergegeven maand',
  lastMonth: 'Laatste weergegeven maand',
  months: 'Maanden',
};
export default nl;
