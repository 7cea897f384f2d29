import type { CompareText } from '../compare.js';
import { nlPlural } from './words.js';

const nl: CompareText = {
  versus: {
    'previous-period': (n) => `t.o.v. vorige ${n} ${nlPlural(n, 'maand', 'maanden')}`,
    'previous-year': () => 't.o.v. een jaar eerder',
  },
  period: { 'previous-period': 'de vorige periode', 'previous-year': 'dezelfde maanden een jaar eerder' },
  noDataBefore: (period, month) => `geen gegevens voor ${period} vóór ${month}`,
  noData: (period) => `geen gegevens voor ${period}`,
  unavailable: 'vergelijking niet beschikbaar',
  previousOf: {
    'previous-period': (what) => `${what}, vorige periode`,
    'previous-year': (what) => `${what}, een jaar eerder`,
  },
  comparedMonth: 'Vergeleken maand',
  change: 'Verandering',
};
export default nl;
