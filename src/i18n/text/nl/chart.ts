import type { ChartText } from '../chart.js';
import { nlPlural } from './words.js';

const nl: ChartText = {
  series: 'Reeksen',
  monthsShown: 'Weergegeven maanden',
  firstMonth: 'Eerste weergegeven maand',
  lastMonth: 'Laatste weergegeven maand',
  months: 'Maanden',
  withPrevious: (previous, change) => (change ? `vorige: ${previous}, ${change}` : `vorige: ${previous}`),
  previousUnknown: 'geen gegevens',
  comparison: {
    'previous-period': (n) => `Vorige ${n} ${nlPlural(n, 'maand', 'maanden')}`,
    'previous-year': () => 'Een jaar eerder',
  },
};
export default nl;
